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

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

/** Serves dist/ on a free loopback port; resolves to its origin and a stop function. */
export async function startPreview(port = 4300 + Math.floor(Math.random() * 500)) {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
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
