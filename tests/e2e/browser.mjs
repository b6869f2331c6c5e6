/**
 * Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, WebGL in
 * software (SwiftShader), a fresh profile per launch, and the built app served by `vite preview`.
 */
import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'

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
