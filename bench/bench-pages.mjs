/**
 * What bench/run.mjs and bench/profile.mjs share: building the app and the reference page (bench/limit),
 * serving a build on localhost, writing the seeded synthetic data, and opening a page in Debian's Chromium
 * with a cold cache (a context of its own), the data files swapped for synthetic ones where asked.
 */
/* global window, history, PopStateEvent -- in functions that run in the page */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const root = resolve(import.meta.dirname, '..')
const VITE = join(root, 'node_modules/vite/bin/vite.js')
const VITE_NODE = join(root, 'node_modules/vite-node/dist/cli.mjs')

function run(command, args) {
  execFileSync(process.execPath, [command, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** The app's build: DIST_DIR as it is, or a fresh `vite build` into dist/ (the basemap built first if missing). */
export function appBuild({ minify = true, outDir } = {}) {
  if (process.env.DIST_DIR && outDir === undefined) return resolve(process.env.DIST_DIR)
  if (!existsSync(join(root, 'public/basemap/countries.geojson'))) run(join(root, 'scripts/build-basemap.mjs'), [])
  const dir = resolve(outDir ?? join(root, 'dist'))
  run(VITE, ['build', '--logLevel', 'error', '--outDir', dir, '--emptyOutDir', ...(minify ? [] : ['--minify', 'false'])])
  return dir
}

/** The reference page's build (bench/limit), outside the repository unless LIMIT_DIR says where. */
export function limitBuild({ minify = true } = {}) {
  const dir = resolve(process.env.LIMIT_DIR ?? `/tmp/bench-limit-${process.pid}`)
  run(VITE, ['build', '--logLevel', 'error', '--config', join(root, 'bench/limit/vite.config.mjs'), '--outDir', dir, '--emptyOutDir', ...(minify ? [] : ['--minify', 'false'])])
  return dir
}

/** The data files (as named in data/) of a seeded synthetic dataset, written once under /tmp and read into memory. */
export function syntheticFiles({ towns, links, activities }) {
  const out = `/tmp/bench-synthetic-${towns}-${links}-${activities}`
  if (!existsSync(join(out, 'links.json'))) {
    run(VITE_NODE, [join(root, 'bench/write-synthetic-files.ts'), '--towns', String(towns), '--links', String(links), '--activities', String(activities), '--out', out])
  }
  return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]))
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
}

/** Serves a build directory on a free loopback port, uncompressed (as `vite preview` does), the same way for both pages. */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(dir, path)
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html')
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' })
    response.end(readFileSync(file))
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address()
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() }
}

/** The data files as both pages request them: Vite's hashed copies of data/*.json and cities.geojson. */
const DATA_URL = /\/assets\/(cities|links|activities|projects|organisations)-[\w-]+\.(geojson|json)$/

/**
 * A page of a context of its own (a cold cache; no service worker, so that the first view is what is measured),
 * recording long main-thread tasks from the start, with the data files answered from `files` when given.
 */
export async function openPage(browser, files) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  await context.addInitScript(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  if (files) {
    await context.route(DATA_URL, (route) => {
      const [, name, extension] = DATA_URL.exec(new URL(route.request().url()).pathname) ?? []
      return route.fulfill({ status: 200, contentType: 'application/json', body: files.get(`${name}.${extension}`) })
    })
  }
  const page = await context.newPage()
  return { page, context, close: () => context.close() }
}

/** Resolves to the startTime of the first mark `name` after `after` ms (page time). */
export async function markAfter(page, name, after, timeout) {
  const handle = await page.waitForFunction(
    ([mark, since]) => performance.getEntriesByName(mark).find((entry) => entry.startTime > since)?.startTime,
    [name, after],
    { timeout, polling: 50 },
  )
  return handle.jsonValue()
}

/** Waits until the map has been quiet (no new idle) for `quiet` ms, at most `limit` ms. */
export async function settle(page, quiet = 800, limit = 15_000) {
  const deadline = Date.now() + limit
  let count = -1
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => performance.getEntriesByName('map-settled').length)
    if (now === count) return
    count = now
    await new Promise((done) => setTimeout(done, quiet))
  }
}

/**
 * Applies a filter as a reader's Back/Forward would (the address, then popstate: both pages listen to it) and
 * resolves to the page time it happened.
 */
export function changeAddress(page, search) {
  return page.evaluate((next) => {
    const start = performance.now()
    history.pushState(null, '', next)
    window.dispatchEvent(new PopStateEvent('popstate'))
    return start
  }, search)
}

const gzipCache = new Map()

/** The gzip size of a body, remembered by key (the same URL of the same case is the same file). */
export function gzipSize(key, body) {
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body).length)
  return gzipCache.get(key)
}
