/**
 * npm run bench: the app against plain MapLibre. Builds the app (or takes DIST_DIR as it is) and the reference
 * page bench/limit (the same basemap, fonts, towns and direct ties with the app's styles, no React, no app
 * logic), serves both on localhost and loads them in Debian's Chromium (software WebGL, 1280x800), app and
 * reference alternating, each load in a fresh context (cold cache). Per case (the real data; seeded synthetic
 * data of 1,000 towns / 10,000 ties and 10,000 towns / 100,000 ties / 50,000 activities) it takes the medians
 * of: the first map idle, a filter change (a country, then a period) until the next idle, the bytes of the
 * first view (gzip), the longest main-thread task while loading and while filtering, the JS heap after load.
 * Then the domain's timings (bench/network-bench.ts). Prints one table with the issue's budgets and, with
 * --json FILE, writes every sample too. It never fails on a budget: machines are noisy.
 *
 *   node bench/run.mjs [--quick] [--pairs N] [--cases real,1000,10000] [--minutes M] [--json FILE] [--table FILE]
 *   --quick: 3 pairs, the real data and 1,000 towns only. --minutes: no new pair after M minutes (the table
 *   says how many pairs each case got). --table FILE: print the table of an earlier --json. DIST_DIR=dir: an app build to take as it is (else `vite build`).
 */
/* global window, document -- in functions that run in the page */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { launchBrowser } from '../tests/e2e/browser.mjs'
import { appBuild, changeAddress, gzipSize, limitBuild, markAfter, openPage, serve, settle, syntheticFiles } from './bench-pages.mjs'

const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const quick = args.includes('--quick')
const PAIRS = Number(option('--pairs') ?? (quick ? 3 : 7))
const jsonFile = option('--json')
const deadline = Date.now() + Number(option('--minutes') ?? Infinity) * 60_000

const CASES = [
  { name: 'real data (24 towns)', key: 'real', data: null },
  { name: '1,000 towns / 10,000 ties', key: '1000', data: { towns: 1000, links: 10_000, activities: 5_000 } },
  { name: '10,000 towns / 100,000 ties / 50,000 activities', key: '10000', data: { towns: 10_000, links: 100_000, activities: 50_000 } },
].filter((benchCase) => (option('--cases')?.split(',') ?? (quick ? ['real', '1000'] : ['real', '1000', '10000'])).includes(benchCase.key))

const FILTERS = [
  { key: 'country', search: '?lang=en&country=SI' },
  { key: 'period', search: '?lang=en&from=2015-01-01&to=2019-12-31' },
]
const LOAD_TIMEOUT = 600_000

/** The size of the app's map (beside its sidebar, above its timeline): the reference page's map is made as large. */
let mapSize = null

/** One cold load of a page and its two filter changes. */
async function measure(browser, origin, files, caseKey, side) {
  const { page, context, close } = await openPage(browser, files)
  const responses = []
  page.on('response', (response) => responses.push(response))
  try {
    await page.goto(`${origin}/?lang=en${side === 'limit' && mapSize ? `&size=${mapSize}` : ''}`)
    const idle = await markAfter(page, 'map-idle', -1, LOAD_TIMEOUT)
    if (side === 'app') {
      mapSize = await page.evaluate(() => {
        const { width, height } = document.querySelector('.maplibregl-canvas')?.getBoundingClientRect() ?? { width: 0, height: 0 }
        return width > 0 ? `${Math.round(width)}x${Math.round(height)}` : null
      })
    }
    const firstView = responses.slice()
    const bytes = { total: 0, js: 0, maplibre: 0 }
    for (const response of firstView) {
      const body = await response.body().catch(() => null)
      if (body === null) continue
      const path = new URL(response.url()).pathname
      const size = gzipSize(`${caseKey}${path}`, body)
      bytes.total += size
      if (/\.m?js$/.test(path)) {
        bytes.js += size
        if (/\/maplibre-gl(-worker)?-[\w-]+\.m?js$/.test(path)) bytes.maplibre += size
      }
    }
    const session = await context.newCDPSession(page)
    await session.send('HeapProfiler.collectGarbage')
    const { usedSize } = await session.send('Runtime.getHeapUsage')
    // Ties drawn: the reference counts its features, the app writes the ties in view after each idle (all, at the first view).
    const ties = await page.evaluate(() => document.body.dataset.ties ?? document.querySelector('.map')?.dataset.linksShown ?? null)
    const longest = (from, to) => page.evaluate(([start, end]) => Math.max(0, ...window.__longTasks
      .filter((task) => task.start + task.duration > start && task.start < end).map((task) => task.duration)), [from, to])
    const sample = { idle, bytes, heap: usedSize, loadTask: await longest(0, idle), ties, filters: {} }
    for (const filter of FILTERS) {
      await settle(page)
      const start = await changeAddress(page, filter.search)
      const settled = await markAfter(page, 'map-settled', start, LOAD_TIMEOUT)
      sample.filters[filter.key] = { time: settled - start, task: await longest(start, settled) }
    }
    return sample
  } finally {
    await close()
  }
}

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The domain's timings (network build, figures, label placement), printed as they come; returns its output. */
function networkBench() {
  const result = spawnSync(process.execPath, ['node_modules/vite-node/dist/cli.mjs', 'bench/network-bench.ts'], {
    cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  })
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  return result.stdout
}

/** Loads app and reference in pairs, case by case; the samples so far go to --json after each pair. */
async function measureAll() {
  const appDir = appBuild()
  const limitDir = limitBuild()
  const app = await serve(appDir)
  const limit = await serve(limitDir)
  const browser = await launchBrowser()
  const samples = {}
  try {
    for (const benchCase of CASES) {
      const files = benchCase.data && syntheticFiles(benchCase.data)
      samples[benchCase.key] = { app: [], limit: [] }
      for (let pair = 0; pair < PAIRS && (pair === 0 || Date.now() < deadline); pair += 1) {
        // Alternating, and each side first in every other pair, so that a drift of the machine hits both alike.
        const order = pair % 2 === 0 ? ['app', 'limit'] : ['limit', 'app']
        const done = {}
        try {
          for (const side of order) done[side] = await measure(browser, side === 'app' ? app.origin : limit.origin, files, benchCase.key, side)
        } catch (error) {
          // A load that never reaches idle (a timeout): this case stops here, with the pairs it has.
          console.error(`  ${benchCase.name}, pair ${pair + 1}: ${error.message.split('\n')[0]}`)
          break
        }
        samples[benchCase.key].app.push(done.app)
        samples[benchCase.key].limit.push(done.limit)
        console.error(`  ${benchCase.name}, pair ${pair + 1}/${PAIRS}: first idle app ${done.app.idle.toFixed(0)} ms, limit ${done.limit.idle.toFixed(0)} ms`)
        if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ partial: true, samples }, null, 2)}\n`)
      }
    }
  } finally {
    await browser.close()
    app.stop()
    limit.stop()
  }
  return samples
}

const started = Date.now()
// --table FILE: the table again from the samples of an earlier run's --json (partial or whole).
const earlier = option('--table') && JSON.parse(readFileSync(option('--table'), 'utf8'))
const samples = earlier ? earlier.samples : await measureAll()
const domain = earlier?.domain ?? networkBench()
if (earlier?.mapSize) mapSize = earlier.mapSize
const labelMs = Number(/^\s*10000 towns:.*?([\d.]+) ms/m.exec(domain)?.[1] ?? NaN)

// The table: one row a measure, with the medians, the ratio and the issue's budget.
const rows = []
const row = (caseName, measure, appValue, limitValue, unit, budget) => {
  const ratio = Number.isFinite(limitValue) && limitValue > 0 ? appValue / limitValue : NaN
  const holds = budget === undefined ? null : budget.ratio !== undefined ? ratio <= budget.ratio : appValue <= budget.max
  rows.push({ case: caseName, measure, unit, app: appValue, limit: limitValue, ratio, budget: budget?.text ?? null, holds })
}
const kb = (bytes) => bytes / 1024
for (const benchCase of CASES) {
  const { app: appSamples, limit: limitSamples } = samples[benchCase.key] ?? { app: [], limit: [] }
  if (appSamples.length === 0) continue
  const both = (pick) => [median(appSamples.map(pick)), median(limitSamples.map(pick))]
  const real = benchCase.key === 'real'
  const idleBudget = real ? { ratio: 1.15, text: '<= 1.15x' } : benchCase.key === '10000' ? { ratio: 1.3, text: '<= 1.3x' } : undefined
  row(benchCase.name, 'first map idle', ...both((s) => s.idle), 'ms', idleBudget)
  for (const filter of FILTERS) {
    row(benchCase.name, `${filter.key} filter to idle`, ...both((s) => s.filters[filter.key].time), 'ms', { ratio: 1.2, text: '<= 1.2x' })
  }
  row(benchCase.name, 'longest task, load', ...both((s) => s.loadTask), 'ms')
  row(benchCase.name, 'longest task, filter', ...both((s) => Math.max(...FILTERS.map((filter) => s.filters[filter.key].task))), 'ms', { max: 50, text: 'app <= 50 ms' })
  row(benchCase.name, 'first-view bytes (gzip)', ...both((s) => kb(s.bytes.total)), 'KB', real ? { ratio: 1.3, text: '<= 1.3x' } : undefined)
  row(benchCase.name, 'first-view JS (gzip)', ...both((s) => kb(s.bytes.js)), 'KB')
  if (real) {
    // maplibre-gl's size as the reference page ships it (its own chunk and worker), taken from the app's JavaScript.
    const maplibre = median(limitSamples.map((s) => kb(s.bytes.maplibre)))
    row(benchCase.name, 'first-view JS besides maplibre-gl', median(appSamples.map((s) => kb(s.bytes.js))) - maplibre, median(limitSamples.map((s) => kb(s.bytes.js))) - maplibre, 'KB', { max: 150, text: 'app <= 150 KB' })
  }
  row(benchCase.name, 'JS heap after load', ...both((s) => s.heap / 2 ** 20), 'MB', { ratio: 1.5, text: '<= 1.5x' })
  row(benchCase.name, 'ties drawn', ...both((s) => Number(s.ties)), '')
}
row('domain', 'label placement, 10,000 towns', labelMs, NaN, 'ms', quick ? undefined : { max: 50, text: '< 50 ms' })

const number = (value, digits = 0) => (Number.isFinite(value) ? value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—')
const header = ['case', 'measure', 'app', 'limit', 'ratio', 'budget', 'holds?']
const lines = rows.map((r) => [r.case, r.measure + (r.unit ? ` (${r.unit})` : ''), number(r.app, r.unit === 'MB' ? 1 : 0), number(r.limit, r.unit === 'MB' ? 1 : 0), Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}x` : '—', r.budget ?? '', r.holds === null ? '' : r.holds ? 'yes' : 'NO'])
const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)))
const format = (line) => `| ${line.map((cell, column) => (column >= 2 && column <= 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`
const pairsDone = CASES.filter((benchCase) => samples[benchCase.key]).map((benchCase) => samples[benchCase.key].app.length).join('/')
console.log(`\nApp against plain MapLibre (bench/limit): medians of ${pairsDone} pairs of alternating cold loads (app, reference) per case, Chromium with software WebGL, window 1280x800, both maps ${mapSize ?? '?'} px, ${((Date.now() - started) / 60_000).toFixed(1)} min`)
console.log(format(header))
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
for (const line of lines) console.log(format(line))

if (jsonFile) {
  writeFileSync(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), quick, pairs: PAIRS, mapSize, rows, samples, domain }, null, 2)}\n`)
  console.log(`\nWritten: ${jsonFile}`)
}
