/**
 * What the app's main thread spends its time on, for a budget that does not hold: a CPU profile (CDP Profiler)
 * of one load, or of one filter change until the next idle, in a build that is not minified (function names
 * kept, and each module's path in a comment above its code, by which samples are told to modules). Prints
 * the self time by module and by function, and writes the .cpuprofile (Chromium's DevTools opens it).
 *
 * With --trace, also a Chromium trace of the same span, summed by event on the page's main thread: what the
 * profile shows as "(program)" (native work: WebGL calls waiting for the GPU process, style, layout, paint).
 *
 *   node bench/profile.mjs [--case real|1000|10000] [--during load|country|period] [--side app|limit] [--seconds N] [--trace] [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { launchBrowser } from '../tests/e2e/browser.mjs'
import { appBuild, changeAddress, limitBuild, markAfter, openPage, serve, settle, syntheticFiles } from './bench-pages.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const caseKey = option('--case', 'real')
const during = option('--during', 'load')
const side = option('--side', 'app')
const out = option('--out', `/tmp/bench-${side}-${caseKey}-${during}.cpuprofile`)
const SIZES = { 1000: { towns: 1000, links: 10_000, activities: 5_000 }, 10000: { towns: 10_000, links: 100_000, activities: 50_000 } }
const SEARCH = { country: '?lang=en&country=SI', period: '?lang=en&from=2015-01-01&to=2019-12-31' }
// --seconds N: stop the profile after N seconds even if the map has not come to rest (the largest case).
const TIMEOUT = Number(option('--seconds', 600)) * 1000
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'gpu', 'toplevel', 'cc']
const trace = args.includes('--trace')

const dir = side === 'limit' ? limitBuild({ minify: false }) : appBuild({ minify: false, outDir: `/tmp/bench-app-profile-${process.pid}` })
const server = await serve(dir)
const browser = await launchBrowser()
let profile
let traceEvents = null
try {
  const { page, context, close } = await openPage(browser, caseKey === 'real' ? null : syntheticFiles(SIZES[caseKey]))
  const session = await context.newCDPSession(page)
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 500 })
  if (during === 'load') await session.send('Profiler.start')
  if (during === 'load' && trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  await page.goto(`${server.origin}/?lang=en`)
  const idle = await markAfter(page, 'map-idle', -1, TIMEOUT).catch(() => NaN)
  let span = idle
  if (during !== 'load' && Number.isFinite(idle)) {
    await settle(page)
    await session.send('Profiler.start')
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    const start = await changeAddress(page, SEARCH[during])
    span = (await markAfter(page, 'map-settled', start, TIMEOUT).catch(() => NaN)) - start
  }
  ;({ profile } = await session.send('Profiler.stop'))
  if (trace) traceEvents = JSON.parse((await browser.stopTracing()).toString()).traceEvents
  const what = during === 'load' ? 'the first idle' : 'the next idle'
  console.log(`${side}, ${caseKey}, ${during}: ${Number.isFinite(span) ? `${span.toFixed(0)} ms to ${what}` : `${what} not within ${TIMEOUT / 1000} s`}`)
  await close()
} finally {
  await browser.close()
  server.stop()
}
writeFileSync(out, JSON.stringify(profile))

// Each bundle's module markers ("// node_modules/d3-scale/src/linear.js" above a module's code), by line.
const markers = new Map()
function moduleOf(url, line) {
  if (!url) return '(native)'
  const name = basename(new URL(url).pathname)
  if (!/\.m?js$/.test(name)) return name
  if (!markers.has(name)) {
    let lines = []
    try {
      lines = readFileSync(join(dir, 'assets', name), 'utf8').split('\n')
    } catch {
      // not one of the build's files
    }
    markers.set(name, lines.flatMap((text, index) => (/^\/\/ [\w@.\\/-]+\.(m?js|tsx?|json)$/.test(text) ? [[index, text.slice(3)]] : [])))
  }
  let found = name
  for (const [at, module] of markers.get(name)) {
    if (at > line) break
    found = module
  }
  return found
}

// Self time per node: the sampling intervals that ended in it.
const self = new Map()
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000))
const byModule = new Map()
const byFunction = new Map()
let total = 0
for (const node of profile.nodes) {
  const ms = self.get(node.id) ?? 0
  if (ms === 0) continue
  const { functionName, url, lineNumber } = node.callFrame
  if (functionName === '(idle)') continue
  total += ms
  const module = functionName.startsWith('(') ? functionName : moduleOf(url, lineNumber)
  byModule.set(module, (byModule.get(module) ?? 0) + ms)
  const key = `${functionName || '(anonymous)'}  ${module}:${lineNumber + 1}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms)
}
const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count)
console.log(`Main thread busy ${total.toFixed(0)} ms (self time, idle left out). By module:`)
for (const [name, ms] of top(byModule, 15)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${name}`)
console.log('By function:')
for (const [name, ms] of top(byFunction, 20)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${name}`)
console.log(`Profile: ${out}`)

if (traceEvents !== null) {
  // The renderer's main thread of the page: the thread named CrRendererMain with the most events.
  const names = traceEvents.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  const count = (thread) => traceEvents.filter((event) => event.pid === thread.pid && event.tid === thread.tid).length
  const main = names.sort((a, b) => count(b) - count(a))[0]
  const totals = new Map()
  const counts = new Map()
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.pid !== main?.pid || event.tid !== main?.tid) continue
    totals.set(event.name, (totals.get(event.name) ?? 0) + (event.dur ?? 0) / 1000)
    counts.set(event.name, (counts.get(event.name) ?? 0) + 1)
  }
  console.log('Trace, the page\'s main thread, by event (inclusive: nested events are counted in their parents too):')
  for (const [name, ms] of top(totals, 25)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${String(counts.get(name)).padStart(5)}x  ${name}`)
}
