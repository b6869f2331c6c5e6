/**
 * npm run bench, part 1: what a visitor's browser pays. Transfer sizes of the build (raw and gzip: `vite
 * preview` does not compress, a real server would) and the time from navigation to the map's first idle
 * (performance.mark('map-idle')) in Debian's Chromium with software WebGL, over several fresh loads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchBrowser, startPreview, waitForMapIdle } from '../tests/e2e/browser.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

function kind(path) {
  if (path.includes('/basemap/')) return 'basemap'
  if (/\.(woff2?|ttf)$/.test(path)) return 'fonts'
  if (/\.(json|geojson)$/.test(path)) return 'data'
  if (/\.m?js$/.test(path)) return 'javascript'
  if (/\.css$/.test(path)) return 'css'
  return 'other'
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const sizes = new Map()
for (const path of files('dist')) {
  const content = readFileSync(path)
  const entry = sizes.get(kind(path)) ?? { raw: 0, gzip: 0, count: 0 }
  entry.raw += content.length
  entry.gzip += gzipSync(content).length
  entry.count += 1
  sizes.set(kind(path), entry)
}
console.log('Build sizes (dist/):')
for (const [name, entry] of [...sizes].sort()) {
  console.log(`  ${name.padEnd(11)} ${String(entry.count).padStart(3)} files  ${kb(entry.raw).padStart(11)} raw  ${kb(entry.gzip).padStart(11)} gzip`)
}

const server = await startPreview()
const browser = await launchBrowser()
const times = []
try {
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${server.origin}/?lang=en`)
    await waitForMapIdle(page)
    times.push(await page.evaluate(() => performance.getEntriesByName('map-idle')[0].startTime))
    await page.close()
  }
} finally {
  await browser.close()
  server.stop()
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]
console.log(`Time to first map idle (1280x800, software WebGL, ${RUNS} fresh loads): median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`)
