/**
 * Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, WebGL in
 * software (SwiftShader), a fresh profile per launch, and the built app served by `vite preview`.
 */
import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
import { recordForeignRequests } from './page-checks.mjs'

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
]

/** The browser's memory that "About this network" was seen (src/features/tour/about-seen.ts). */
const ABOUT_SEEN_KEY = '24cities.about.seen'

/**
 * Debian's Chromium. Its pages start as a returning visitor's, who has seen "About this network" (it opens by
 * itself once, on a first visit); a test of the first visit asks for a context with `{ firstVisit: true }`.
 */
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async ({ firstVisit = false, ...options } = {}) => {
    const context = await newContext(options)
    if (!firstVisit) {
      await context.addInitScript((key) => {
        try {
          window.localStorage.setItem(key, '1')
        } catch {
          // a page without storage (about:blank): nothing to remember
        }
      }, ABOUT_SEEN_KEY)
    }
    return context
  }
  // A page of its own context, closed with it, as Playwright's browser.newPage makes it.
  browser.newPage = async (options = {}) => {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    page.on('close', () => void context.close().catch(() => undefined))
    return page
  }
  return browser
}

/** Serves dist/ (or DIST_DIR) on a free loopback port; resolves to its origin and a stop function. */
export async function startPreview(port = 4300 + Math.floor(Math.random() * 500)) {
  // DIST_DIR: a build elsewhere than dist/ (two builds side by side, e.g. while another one is tested).
  const outDir = process.env.DIST_DIR ? ['--outDir', process.env.DIST_DIR] : []
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      const response = await fetch(origin)
      if (response.ok) return { origin, stop: () => child.kill() }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill()
  throw new Error(`vite preview did not answer on ${origin} within 30 s`)
}

/** Waits for the map's first idle event (the app marks it), never for a fixed time. */
export async function waitForMapIdle(page, timeout = 60_000) {
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout })
}

/**
 * Starts the preview server and one browser for a test file, and stops both after it.
 * Returns an object whose `server` and `browser` are set once the file's tests begin.
 */
export function useServedApp(hooks) {
  const app = { server: undefined, browser: undefined }
  hooks.before(async () => {
    app.server = await startPreview()
    app.browser = await launchBrowser()
  })
  hooks.after(async () => {
    await app.browser?.close()
    app.server?.stop()
  })
  return app
}

/**
 * Opens the app at `query` in a new page of the served app, records requests that leave the machine,
 * and waits for the map's first idle.
 */
export async function openApp(app, query, viewport = { width: 1280, height: 800 }) {
  const page = await app.browser.newPage({ viewport })
  const foreign = recordForeignRequests(page, app.server.origin)
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${app.server.origin}/${query}`)
  await waitForMapIdle(page)
  return { page, foreign, errors }
}
