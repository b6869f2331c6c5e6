/**
 * Share and embed: `?embed=1` shows the map alone in a minimal frame (legend, attribution, a link to the
 * full map), with two-finger panning so that a host page scrolls; the page title names the view; the
 * share button copies the address; the embed dialog gives the snippet with a live preview.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { openApp, useServedApp, waitForMapIdle } from './browser.mjs'
import { mapColourCount, mapState, recordForeignRequests, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })

/** What the embedded page shows of the full app's frame. */
async function frameParts(page) {
  return page.evaluate(() => ({
    header: document.querySelectorAll('header, .app-header').length,
    sidebar: document.querySelectorAll('.side, .sidebar, [role="tablist"]').length,
    timeline: document.querySelectorAll('.timeline').length,
    search: document.querySelectorAll('input[type="search"], [role="combobox"]').length,
    languages: document.querySelectorAll('.language-switcher').length,
    overflowX: document.documentElement.scrollWidth - window.innerWidth,
    overflowY: document.documentElement.scrollHeight - window.innerHeight,
  }))
}

/** A one-finger swipe from (x, y0) to (x, y1), as touch events through the browser's input pipeline. */
async function swipe(page, x, y0, y1) {
  const client = await page.context().newCDPSession(page)
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] })
  for (let step = 1; step <= 10; step += 1) {
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * step) / 10 }] })
    await new Promise((resolve) => setTimeout(resolve, 16))
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await client.detach()
}

/** The frame of the page whose address passes `test`, once it has one. */
async function frameWhere(page, test, timeout = 30_000) {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => test(candidate.url()))
    if (frame) return frame
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no frame loaded within ${timeout} ms`)
}

/** The box of an element, or null when it is not on screen. */
const box = (page, selector) => page.locator(selector).first().boundingBox()

test('?embed=1&town=ptuj: the map alone with a small legend, the attribution and a link to the same view in full', async () => {
  const { page, foreign, errors } = await openApp(app, '?embed=1&town=ptuj&lang=en', { width: 800, height: 480 })
  assert.deepEqual(await frameParts(page), { header: 0, sidebar: 0, timeline: 0, search: 0, languages: 0, overflowX: 0, overflowY: 0 })
  assert.ok((await mapColourCount(page)) > 12, 'the map is drawn')
  const map = await box(page, '.map canvas')
  assert.ok(map.width === 800 && map.height > 400, `the map fills the frame above the bar (${JSON.stringify(map)})`)
  // The map still follows the selection: Ptuj and its partners, not the whole region.
  const { townsInView } = await mapState(page)
  assert.ok(townsInView >= 10, `Ptuj's partners are in view (${townsInView})`)

  const legend = page.locator('.embed-legend')
  assert.equal(await legend.getByRole('list', { name: 'Country' }).getByRole('listitem').count(), 3)
  assert.deepEqual(await legend.getByRole('list', { name: 'Ties' }).getByRole('listitem').allTextContents(), [
    'Agreement or twinning', 'Joint project', 'Joint activity', 'Group of 3 to 8 towns',
  ])
  const legendBox = await box(page, '.embed-bar')
  assert.ok(legendBox.height <= 56, `the legend and the link take at most two slim lines (${legendBox.height} px)`)
  assert.match(await page.locator('.maplibregl-ctrl-attrib').textContent(), /Natural Earth/)

  const link = page.getByRole('link', { name: /Open the full map/ })
  assert.equal(await link.getAttribute('href'), `${app.server.origin}/?lang=en&town=ptuj`)
  assert.equal(await link.getAttribute('target'), '_blank')
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer')
  assert.equal(await page.title(), 'Ptuj – 24 Cities network')
  await saveScreenshot(page, 'embed-800x480')

  // The link opens the full app at the same view, in a new tab.
  const [full] = await Promise.all([page.context().waitForEvent('page'), link.click()])
  await full.waitForLoadState()
  assert.equal(full.url(), `${app.server.origin}/?lang=en&town=ptuj`)
  await full.locator('.town-panel[data-town="ptuj"]').waitFor()
  assert.equal(await full.locator('.app-header').count(), 1)
  await full.close()

  assert.deepEqual(foreign, [])
  assert.deepEqual(errors, [])
  await page.close()
})

test('the embed on a phone: the map fills the frame, nothing is wider than the screen, two fingers move the map', async () => {
  const { page, errors } = await openApp(app, '?embed=1&lang=de', { width: 375, height: 667 })
  assert.deepEqual(await frameParts(page), { header: 0, sidebar: 0, timeline: 0, search: 0, languages: 0, overflowX: 0, overflowY: 0 })
  assert.ok((await mapColourCount(page)) > 12, 'the map is drawn')
  const map = await box(page, '.map canvas')
  assert.ok(map.height > 0.8 * 667, `the map takes most of the frame (${map.height} px of 667)`)
  const { townsInView, labelsShown } = await mapState(page)
  assert.equal(townsInView, 24)
  assert.equal(labelsShown, 24)
  const link = await box(page, '.embed-open')
  assert.ok(link.x >= 0 && link.x + link.width <= 375, 'the link to the full map is on screen')
  assert.equal(await page.getByRole('link', { name: /Vollständige Karte öffnen/ }).getAttribute('href'), `${app.server.origin}/?lang=de`)
  // MapLibre's cooperative gestures: touch-action lets one finger scroll the page, two fingers move the map.
  assert.equal(await page.locator('.maplibregl-canvas-container').evaluate((element) => element.classList.contains('maplibregl-cooperative-gestures')), true)
  assert.equal(await page.locator('.maplibregl-canvas').evaluate((element) => getComputedStyle(element).touchAction), 'pan-x pan-y')
  await saveScreenshot(page, 'embed-375x667')
  assert.deepEqual(errors, [])
  await page.close()
})

test('in a host page\'s iframe, a one-finger swipe over the map scrolls the host page and leaves the map where it was', async () => {
  const page = await app.browser.newPage({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })
  const foreign = recordForeignRequests(page, app.server.origin)
  const src = `${app.server.origin}/?embed=1&lang=en`
  await page.setContent(`<!doctype html><meta name="viewport" content="width=device-width">
    <body style="margin:0"><div style="height:300px">Host page</div>
    <iframe src="${src}" width="100%" height="480" style="border:0;display:block" title="Map"></iframe>
    <div style="height:1500px">More of the host page</div></body>`)
  const frame = await frameWhere(page, (url) => url.startsWith(src))
  await waitForMapIdle(frame)
  const centre = () => frame.locator('.map').evaluate((element) => element.dataset.center)
  const before = await centre()

  // The frame spans 300 to 780 px of the host page: the swipe starts and ends over the map.
  await swipe(page, 180, 550, 350)
  await page.waitForFunction(() => window.scrollY > 100)
  assert.ok((await page.evaluate(() => window.scrollY)) > 100, 'the host page scrolled')
  // Had the map moved, it would have written a new centre after its next idle.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  assert.equal(await centre(), before, 'the map did not move')
  assert.deepEqual(foreign.filter((url) => !url.startsWith('about:')), [])
  await page.close()
})

test('the page title names the view in the reader\'s language, and follows it', async () => {
  const { page, errors } = await openApp(app, '?town=szentgotthard&lang=hu')
  assert.equal(await page.title(), 'Szentgotthárd – A 24 város hálózata')
  await page.keyboard.press('Escape')
  await page.waitForFunction(() => document.title === 'A 24 város hálózata')
  await page.getByRole('tab', { name: 'Hálózat' }).click()
  await page.waitForFunction(() => document.title === 'Hálózat – A 24 város hálózata')
  await page.locator('.language-switcher button[lang="sl"]').click()
  await page.waitForFunction(() => document.title === 'Mreža – Mreža 24 mest')
  assert.deepEqual(errors, [])
  await page.close()
})

test('the built page carries link-preview tags in four languages and ships their image', async () => {
  const html = await (await fetch(app.server.origin)).text()
  const meta = (attribute, name) => new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1]
  assert.match(meta('property', 'og:title'), /24 Cities network.*Mreža 24 mest.*Netzwerk der 24 Städte.*A 24 város hálózata/)
  const description = meta('property', 'og:description')
  for (const words of ['Austria', 'Avstrije', 'Österreich', 'osztrák']) assert.ok(description.includes(words), `og:description has "${words}"`)
  assert.ok(meta('name', 'description').includes('Slowenien'))
  assert.equal(meta('name', 'twitter:card'), 'summary_large_image')
  assert.equal(meta('property', 'og:type'), 'website')
  const image = await fetch(new URL(meta('property', 'og:image'), `${app.server.origin}/?town=ptuj`))
  assert.equal(image.status, 200)
  assert.equal(image.headers.get('content-type'), 'image/png')
})

test('the share button copies the address of the view, with a confirmation; the copy reopens the same view', async () => {
  const { page, errors } = await openApp(app, '?lang=en&town=lendava&tab=network')
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin })
  // This test is about the copy: a browser with a share sheet would open it instead.
  await page.evaluate(() => delete Navigator.prototype.share)
  // Opening Lendava brings its ties into view; the camera then joins the address. Share after that.
  await page.waitForFunction(() => new URLSearchParams(window.location.search).has('map'))
  await page.getByRole('button', { name: 'Share' }).click()
  await page.locator('.share-status', { hasText: 'Link copied' }).waitFor()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  assert.equal(copied, page.url())
  assert.match(copied, /town=lendava/)

  const copy = await openApp(app, copied.slice(copied.indexOf('?')))
  await copy.page.locator('.town-panel[data-town="lendava"]').waitFor()
  assert.equal(await copy.page.getByRole('tab', { name: 'Network' }).getAttribute('aria-selected'), 'true')
  assert.deepEqual([...errors, ...copy.errors], [])
  await copy.page.close()
  await page.close()
})

test('"Embed this map": the snippet of the current view, a live preview, copy, and Escape back to the button', async () => {
  const { page, errors } = await openApp(app, '?lang=en&town=ptuj')
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin })
  const opener = page.getByRole('button', { name: 'Embed' })
  await opener.click()
  const dialog = page.getByRole('dialog', { name: 'Embed this map' })
  await dialog.waitFor()
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Copy code')

  const snippet = await dialog.getByRole('textbox', { name: 'HTML code' }).inputValue()
  const embedUrl = `${app.server.origin}/?lang=en&embed=1&town=ptuj`
  assert.ok(snippet.includes(`src="${embedUrl.replace(/&/g, '&amp;')}"`), snippet)
  assert.match(snippet, /width="100%" height="480"/)
  assert.match(snippet, /title="Ptuj – 24 Cities network"/)
  assert.match(snippet, /loading="lazy" referrerpolicy="no-referrer"/)

  const preview = await frameWhere(page, (url) => url === embedUrl)
  await waitForMapIdle(preview)
  assert.equal(await preview.locator('.embed-open').getAttribute('href'), `${app.server.origin}/?lang=en&town=ptuj`)
  const previewBox = await box(page, '.embed-preview')
  const dialogBox = await dialog.boundingBox()
  assert.ok(previewBox.y + previewBox.height <= dialogBox.y + dialogBox.height && dialogBox.y + dialogBox.height <= 800, 'the dialog fits the window')

  await dialog.getByRole('button', { name: 'Copy code' }).click()
  await dialog.getByText('Code copied').waitFor()
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet)
  await saveScreenshot(page, 'embed-dialog-1280x800')

  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  assert.equal(await opener.evaluate((element) => element === document.activeElement), true, 'the focus is back on the Embed button')
  assert.equal(await page.locator('.town-panel[data-town="ptuj"]').count(), 1, 'Escape closed the dialog, not the town')
  assert.deepEqual(errors, [])
  await page.close()
})
