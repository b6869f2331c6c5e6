/**
 * The Content-Security-Policy (scripts/csp.mjs): `vite preview` sends it with every response, as a host
 * should, and the app works under it: the first view, a town, the Network tab, the Embed dialog with its
 * live preview, a download of the network, ?present=1 and ?embed=1 all draw their map, and the browser
 * reports no violation, neither in the page, nor in its frames, nor in MapLibre's worker, nor in the
 * service worker. Every violation would show here as the directive and the blocked address.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { checkCsp } from '../../scripts/check-csp.mjs'
import { contentSecurityPolicy } from '../../scripts/csp.mjs'
import { mapColourCount, mapState, saveScreenshot } from './page-checks.mjs'
import { useServedApp, waitForMapIdle } from './browser.mjs'

const app = useServedApp({ before, after })

/**
 * A page that records every CSP violation: `securitypolicyviolation` events in each document (the page
 * and its frames, reported through a binding before any of the app's scripts run) and the browser's own
 * "Refused to ..." console messages (also those of workers, which have no document to fire events in).
 */
async function watchedPage(viewport = { width: 1280, height: 800 }) {
  const context = await app.browser.newContext({ viewport })
  const violations = []
  await context.exposeBinding('__reportCspViolation', ({ frame }, violation) => violations.push({ frame: frame.url(), ...violation }))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        sample: event.sample,
      })
    })
  })
  // A worker has no document and Playwright does not pass on its CSP messages: MapLibre's worker gets a
  // listener of its own, put before its code as it is served (the policy still comes with the response).
  await context.route(/\/assets\/maplibre-gl-worker-[^/]*\.mjs(\?.*)?$/, async (route) => {
    const listener = `self.__cspViolations = []; self.addEventListener('securitypolicyviolation', (event) => self.__cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: \`\${event.sourceFile}:\${event.lineNumber}:\${event.columnNumber}\`, sample: event.sample }));\n`
    try {
      const response = await route.fetch()
      await route.fulfill({ response, body: listener + (await response.text()) })
    } catch (error) {
      // The service worker's precache may still fetch the worker when the test has closed its page and context.
      if (!/disposed|closed/i.test(String(error))) throw error
    }
  })
  const page = await context.newPage()
  const console = []
  const errors = []
  const onConsole = (message) => {
    if (/Content[ -]Security[ -]Policy|Refused to/i.test(message.text())) console.push(message.text())
  }
  page.on('console', onConsole)
  page.on('worker', (worker) => worker.on('console', onConsole))
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('close', () => void context.close().catch(() => undefined))
  return { page, violations, console, errors }
}

/** Opens `query`, waits for the map's first idle and checks that it drew more than one colour. */
async function openWatched(query, viewport) {
  const watched = await watchedPage(viewport)
  const response = await watched.page.goto(`${app.server.origin}/${query}`)
  assert.equal((await response.allHeaders())['content-security-policy'], contentSecurityPolicy(), `${query}: the page is sent with the policy`)
  await waitForMapIdle(watched.page)
  return watched
}

async function assertClean({ page, violations, console, errors }, what) {
  const workers = page.workers().filter((worker) => worker.url().includes('maplibre-gl-worker'))
  assert.ok(workers.length > 0, `${what}: MapLibre's worker runs`)
  for (const worker of workers) {
    for (const violation of await worker.evaluate(() => self.__cspViolations)) violations.push({ worker: worker.url(), ...violation })
  }
  assert.deepEqual(violations, [], `${what}: securitypolicyviolation events`)
  assert.deepEqual(console, [], `${what}: CSP messages in the console`)
  assert.deepEqual(errors, [], `${what}: errors in the page`)
}

test('nothing in the build needs more than the policy (scripts/check-csp.mjs)', () => {
  assert.deepEqual(checkCsp(process.env.DIST_DIR ?? 'dist'), [])
})

test('every response carries the policy: the page, a route of the app, the scripts, the worker, the service worker, the data', async () => {
  const html = await (await fetch(`${app.server.origin}/`)).text()
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1])
  assert.ok(assets.some((path) => path.endsWith('.js')) && assets.some((path) => path.endsWith('.css')), html)
  for (const path of ['', '?town=ptuj&tab=network', ...assets, 'sw.js', 'manifest.webmanifest', 'basemap/countries.geojson', 'icon.svg']) {
    const response = await fetch(`${app.server.origin}/${path}`)
    assert.equal(response.status, 200, path)
    assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy(), path)
  }
})

test('the first view, a town and the Network tab work under the policy, with no violation', async () => {
  const watched = await openWatched('?lang=en')
  const { page } = watched
  assert.ok((await mapColourCount(page)) > 3, 'the map is drawn')
  const first = await mapState(page)
  assert.equal(first.labelsShown, 24, 'every town label is drawn (the fonts reached the map)')
  // The service worker: its script, workbox's and the precache are all allowed.
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    const keys = await caches.keys()
    let count = 0
    for (const key of keys) count += (await (await caches.open(key)).keys()).length
    return count
  })
  assert.ok(cached > 20, `the service worker precached the app (${cached} entries)`)
  // The fonts of the page.
  assert.equal(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('16px "Noto Sans"', 'Ormož Zalalövő'))), true)

  await page.locator('.town-list').getByRole('button', { name: /^Ptuj/ }).first().click()
  await page.locator('.town-panel[data-town="ptuj"]').waitFor()
  await saveScreenshot(page, 'csp-town-1280x800')
  await page.keyboard.press('Escape')
  await page.locator('.town-panel').waitFor({ state: 'detached' })
  await page.getByRole('tab', { name: 'Network' }).click()
  await page.locator('.country-matrix').waitFor()
  await page.locator('.degree-chart').scrollIntoViewIfNeeded()
  // A download of the network (a blob: address) is not governed by the policy and must keep working.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button').click()])
  assert.match(download.suggestedFilename(), /^24-cities-network\./)
  await saveScreenshot(page, 'csp-network-1280x800')
  await assertClean(watched, 'first view, town, Network tab')
  await page.close()
})

test('the Embed dialog and its live preview (a frame of the same origin) work under the policy', async () => {
  const watched = await openWatched('?lang=en&town=ptuj')
  const { page } = watched
  await page.getByRole('button', { name: 'Embed' }).click()
  await page.getByRole('dialog', { name: 'Embed this map' }).waitFor()
  const embedUrl = `${app.server.origin}/?lang=en&embed=1&town=ptuj`
  let preview
  for (let tries = 0; tries < 300 && !preview; tries += 1) {
    preview = page.frames().find((frame) => frame.url() === embedUrl)
    if (!preview) await page.waitForTimeout(100)
  }
  assert.ok(preview, 'the preview frame loaded')
  await waitForMapIdle(preview)
  await saveScreenshot(page, 'csp-embed-dialog-1280x800')
  await assertClean(watched, 'Embed dialog')
  await page.close()
})

test('?embed=1 in another site\'s frame, and ?present=1, work under the policy', async () => {
  const embed = await openWatched('?lang=en&embed=1')
  assert.ok((await mapColourCount(embed.page)) > 3, 'the embedded map is drawn')
  await assertClean(embed, '?embed=1')
  // Without frame-ancestors any page may frame it: here a page written by script.
  await embed.page.setContent(`<!doctype html><iframe src="${app.server.origin}/?lang=en&embed=1" width="800" height="480" title="Map"></iframe>`)
  let frame
  for (let tries = 0; tries < 300 && !frame; tries += 1) {
    frame = embed.page.frames().find((candidate) => candidate.url().startsWith(`${app.server.origin}/?lang=en&embed=1`))
    if (!frame) await embed.page.waitForTimeout(100)
  }
  assert.ok(frame, 'another page may frame the app')
  await waitForMapIdle(frame)
  await assertClean(embed, '?embed=1 framed by another page')
  await embed.page.close()

  const present = await openWatched('?lang=en&present=1', { width: 1920, height: 1080 })
  await present.page.keyboard.press('ArrowRight')
  await present.page.waitForFunction(() => new URLSearchParams(window.location.search).get('step') === '2')
  await saveScreenshot(present.page, 'csp-present-1920x1080')
  await assertClean(present, '?present=1')
  await present.page.close()
})
