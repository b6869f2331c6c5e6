/**
 * Offline after one visit (Forum24's venue may have no internet): the service worker precaches the app, the data,
 * the basemap and the fonts; with the network off a reload still shows the map, the 24 towns and their data. A new
 * version deployed later waits for the reader: a notice offers to reload.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, launchBrowser, useServedApp, waitForMapIdle } from './browser.mjs'
import { mapColourCount, mapState, recordForeignRequests, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })

/** A page in a context of its own (offline is set per context), its page errors and requests that leave the machine. */
async function newPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  return { context, page, errors, foreign: recordForeignRequests(page, origin) }
}

/** Waits until a service worker controls the page: it is activated, so everything is precached. */
async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 })
  return page.evaluate(async () => (await navigator.serviceWorker.ready).active.state)
}

/** Same-origin responses of the page, with whether the service worker answered them. */
function recordResponses(page) {
  const responses = []
  page.on('response', (response) => responses.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker(), status: response.status() }))
  return responses
}

test('after one visit, a reload with the network off shows the map, the 24 towns and their data', async () => {
  const { context, page, errors, foreign } = await newPage(app.browser, app.server.origin)
  await page.goto(`${app.server.origin}/?lang=en`)
  await waitForMapIdle(page)
  assert.equal(await waitForServiceWorker(page), 'activated')
  const precached = await page.evaluate(async () => {
    const names = await caches.keys()
    const urls = []
    for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname)
    return urls
  })
  for (const pattern of [/^\/index\.html/, /^\/assets\/index-.*\.js/, /^\/assets\/maplibre-gl-worker-.*\.mjs/, /^\/assets\/cities-.*\.geojson/,
    /^\/assets\/links-.*\.json/, /^\/basemap\/countries\.geojson/, /^\/basemap\/borders\.geojson/, /\.woff2/, /^\/icon\.svg/]) {
    assert.ok(precached.some((url) => pattern.test(url)), `precached: ${pattern}`)
  }

  await context.setOffline(true)
  assert.equal(await page.evaluate(() => navigator.onLine), false)
  const responses = recordResponses(page)
  await page.reload()
  await waitForMapIdle(page)
  assert.equal(await page.locator('.town-list button').count(), 24)
  assert.equal(await page.locator('.data-problems').count(), 0, 'no data problems: every file came from the cache')
  const state = await mapState(page)
  assert.equal(state.townsInView, 24)
  assert.equal(state.labelsShown, 24)
  assert.ok((await mapColourCount(page)) > 20, 'the map canvas shows more than a few colours')
  assert.ok(await page.evaluate(() => document.fonts.check('600 16px "Noto Sans"', 'Ž ő')), 'the shipped font is loaded')
  // The page, the data and the basemap (fetched by MapLibre's worker, which the service worker controls too).
  for (const pattern of [/\/\?lang=en$/, /\/assets\/cities-.*\.geojson$/, /\/assets\/activities-.*\.json$/, /\/basemap\/countries\.geojson$/]) {
    const response = responses.find(({ url }) => pattern.test(url))
    assert.ok(response, `requested offline: ${pattern}`)
    assert.ok(response.fromServiceWorker && response.status === 200, `answered by the service worker: ${response.url}`)
  }
  await saveScreenshot(page, 'offline-1280-en')

  // A link to another view opens offline too (any address of the app gets index.html from the cache).
  await page.goto(`${app.server.origin}/?lang=de&town=ptuj`)
  await waitForMapIdle(page)
  await page.locator('.town-panel[data-town="ptuj"]').waitFor()
  assert.equal(await page.locator('.data-problems').count(), 0)
  await saveScreenshot(page, 'offline-1280-de-ptuj')

  assert.deepEqual(foreign, [])
  assert.deepEqual(errors, [])
  await context.close()
})

test('the web app manifest names the app and its icon, and Chromium can install it', async () => {
  const html = await (await fetch(`${app.server.origin}/`)).text()
  assert.match(html, /<link rel="manifest" href="\/manifest\.webmanifest"/)
  assert.match(html, /<link rel="icon" href="data:," \/>/, 'the favicon link is kept')
  assert.match(html, /<meta property="og:image" content="preview\.png" \/>/, 'the link-preview tags are kept')
  const manifest = await (await fetch(`${app.server.origin}/manifest.webmanifest`)).json()
  assert.equal(manifest.name, '24 Cities network')
  assert.equal(manifest.short_name, '24 Cities')
  assert.equal(manifest.start_url, '.')
  assert.equal(manifest.display, 'standalone')
  assert.deepEqual(manifest.icons, [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }])
  const icon = await fetch(`${app.server.origin}/icon.svg`)
  assert.equal(icon.status, 200)
  assert.match(await icon.text(), /^<svg /)

  // Installing needs a profile that is not incognito, as every context of a launched browser is.
  const profile = mkdtempSync(join(tmpdir(), 'map-profile-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const page = await context.newPage()
    await page.goto(`${app.server.origin}/?lang=en`)
    await waitForServiceWorker(page)
    const cdp = await context.newCDPSession(page)
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, [])
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
})

/** `vite preview` of `dir` at `port`; resolves once it answers. */
async function preview(dir, port) {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop: () => new Promise((resolve) => { child.once('exit', resolve); child.kill() }) }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill()
  throw new Error(`vite preview did not answer on ${origin} within 30 s`)
}

test('a new version shows a notice (status, not a dialog) that reloads into it', async () => {
  // Two builds at the same address, one after the other: dist/ and a copy whose service worker differs by a byte.
  const next = mkdtempSync(join(tmpdir(), 'map-next-'))
  cpSync('dist', next, { recursive: true })
  writeFileSync(join(next, 'sw.js'), `${readFileSync(join(next, 'sw.js'), 'utf8')}\n// next version\n`)
  const port = 4800 + Math.floor(Math.random() * 400)
  const browser = await launchBrowser()
  let server = await preview('dist', port)
  try {
    const { page, errors } = await newPage(browser, server.origin)
    await page.goto(`${server.origin}/?lang=sl`)
    await waitForMapIdle(page)
    await waitForServiceWorker(page)
    assert.equal(await page.locator('.update-notice').count(), 0, 'no notice on the first visit')

    await server.stop()
    server = await preview(next, port)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update())
    const notice = page.locator('[role="status"] .update-notice')
    await notice.waitFor({ timeout: 30_000 })
    assert.match(await notice.textContent(), /Na voljo je nova različica zemljevida\./)
    assert.equal(await page.locator('[role="dialog"], [aria-modal="true"]').count(), 0, 'not modal')
    await saveScreenshot(page, 'update-notice-1280-sl')

    // Dismissed, it goes; the new version keeps waiting (until every tab of the app is closed, or Reload).
    await notice.getByRole('button', { name: 'Zapri obvestilo' }).click()
    assert.equal(await page.locator('.update-notice').count(), 0)
    // workbox-window reports the waiting version again 200 ms after it is installed: the notice stays dismissed.
    await page.waitForTimeout(1_000)
    assert.equal(await page.locator('.update-notice').count(), 0, 'dismissed, it does not come back on this page')

    await page.reload()
    await waitForMapIdle(page)
    await notice.waitFor({ timeout: 30_000 })
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), notice.getByRole('button', { name: 'Znova naloži' }).click()])
    await waitForMapIdle(page)
    assert.equal(await page.locator('.update-notice').count(), 0, 'the new version has taken over')
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting), null)
    assert.deepEqual(errors, [])
  } finally {
    await browser.close()
    await server.stop()
    rmSync(next, { recursive: true, force: true })
  }
})
