/** The map in a real browser: idle, towns and labels in view, ties and stars, selection, pixels, screenshots, no foreign request. */
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { openApp, useServedApp, waitForMapIdle } from './browser.mjs'
import { mapColourCount, mapState, pixelOf, saveScreenshot, screenshotPixels, SCREENSHOT_DIR } from './page-checks.mjs'

const towns = JSON.parse(readFileSync(new URL('../../data/cities.geojson', import.meta.url), 'utf8')).features
const townAt = (id) => towns.find((feature) => feature.properties.id === id).geometry.coordinates
const ptuj = townAt('ptuj')
const EAST_STYRIA = ['bad-radkersburg', 'fehring', 'feldbach', 'friedberg', 'furstenfeld', 'gleisdorf', 'hartberg', 'weiz']

const app = useServedApp({ before, after })

/** A screenshot of the map alone (on a phone the page is taller than the window). */
async function saveMapScreenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.locator('.map').screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

const open = (query, viewport) => openApp(app, query, viewport)

/** What the map wrote on its container after its last idle, with the ties drawn as lines as a set of keys. */
async function drawn(page) {
  const data = await page.locator('.map').evaluate((element) => ({ ...element.dataset }))
  return {
    links: new Set(data.linkKeys.split(' ').filter(Boolean)),
    stars: Number(data.groupStars),
    size: [Number(await page.locator('.map').evaluate((element) => element.clientWidth)), Number(await page.locator('.map').evaluate((element) => element.clientHeight))],
  }
}

/** The centre of towns in Web Mercator, where a group's star has its hub (as the domain's hubOf). */
function hubOf(ids) {
  const y = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
  const points = ids.map(townAt)
  const lon = points.reduce((sum, [x]) => sum + x, 0) / points.length
  const my = points.reduce((sum, [, lat]) => sum + y(lat), 0) / points.length
  return [lon, (Math.atan(Math.exp(my)) * 360) / Math.PI - 90]
}

/** The screenshot's pixel at a page point, as [r, g, b]. */
async function pixelAt(page, png, x, y) {
  const [pixel] = await screenshotPixels(page, png, { rect: { x, y, width: 1, height: 1 } })
  return pixel
}

/**
 * Looks for the Bad Radkersburg–Gornja Radgona tie outside their circles: on rings around the pair, a point
 * where the pointer opens that tie's popup (on a phone, where there is no hover: a tap, and the details in
 * the sheet) and the screenshot (taken before) shows a dark line.
 */
async function findTwinTie(page, radii, { phone = false } = {}) {
  const png = await page.screenshot()
  const firstView = await page.locator('.map').evaluate((element) => `${element.dataset.center} ${element.dataset.zoom}`)
  const [a, b] = [townAt('bad-radkersburg'), townAt('gornja-radgona')]
  const centre = await pixelOf(page, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
  for (const radius of radii) {
    for (let step = 0; step < 24; step += 1) {
      const angle = (step * Math.PI) / 12
      const point = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) }
      if (phone) await page.mouse.click(point.x, point.y)
      else await page.mouse.move(point.x, point.y)
      // Two frames for the map's pointer event and React's render, then the details' heading, if any.
      const text = await page.evaluate((where) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() =>
        resolve(document.querySelector(where)?.textContent ?? '')))), phone ? '.map-details h3' : '.maplibregl-popup h3')
      if (!/Bad Radkersburg\s*–\s*Gornja Radgona/.test(text)) {
        // Another tie's details in the sheet would cover the pair: close them. A tap on a town opened it and
        // moved the map: Back, to the first view again.
        if (phone && text !== '') await page.keyboard.press('Escape')
        if (phone && new URL(page.url()).searchParams.has('town')) {
          // Once the map has flown to the town and written where it stopped, if it flies (not to a town in view).
          await page.waitForFunction(() => new URLSearchParams(window.location.search).has('map'), null, { timeout: 2_000 }).catch(() => {})
          await page.goBack()
          await page.waitForFunction((view) => {
            const element = document.querySelector('.map')
            return !new URLSearchParams(window.location.search).has('town') && `${element.dataset.center} ${element.dataset.zoom}` === view
          }, firstView, { timeout: 30_000 })
        }
        continue
      }
      const [r, g, bl] = await pixelAt(page, png, point.x, point.y)
      if (r + g + bl < 300) return { point, radius }
    }
  }
  return null
}

describe('map on a 1280x800 screen', () => {
  test('reaches idle with all 24 towns and all 24 labels in the first view, drawn in colour', async () => {
    const { page, foreign, errors } = await open('?lang=en')
    const state = await mapState(page)
    assert.equal(state.townsInView, 24)
    assert.equal(state.labelsShown, 24)
    assert.deepEqual((await drawn(page)).size, [940, 560], 'the map size the label placement test (tests/domain) assumes')
    assert.ok((await mapColourCount(page)) > 20, 'the map canvas shows more than a few colours')
    await saveScreenshot(page, 'map-1280-en')
    assert.deepEqual(foreign, [])
    assert.deepEqual(errors, [])
    await page.close()
  })

  test('draws direct ties as lines and each group record as one star; Fehring and Feldbach share only groups', async () => {
    const { page } = await open('?lang=en')
    const { links, stars } = await drawn(page)
    assert.ok(links.has('bad-radkersburg|gornja-radgona'), 'the twin towns\' direct tie is drawn')
    assert.ok(!links.has('fehring|feldbach'), 'no line joins Fehring and Feldbach: no record names just the two')
    assert.ok(stars >= 3, `group stars drawn: ${stars}`)
    assert.match(await page.locator('.legend-ties').textContent(), /Star: a group record/)
    await page.close()
  })

  test('shows the Bad Radkersburg–Gornja Radgona tie outside their circles in the first view', async () => {
    const { page } = await open('?lang=en')
    const found = await findTwinTie(page, [18, 22, 26, 30])
    assert.ok(found, 'a point outside both circles shows the twin towns\' tie')
    await page.mouse.move(found.point.x, found.point.y)
    await saveScreenshot(page, 'map-1280-twin-tie')
    await page.close()
  })

  test('a star names its records and towns when pointed at, and is highlighted', async () => {
    const { page } = await open('?lang=en')
    const [lon, lat] = hubOf(EAST_STYRIA)
    const hub = await pixelOf(page, lon, lat)
    await page.mouse.move(hub.x, hub.y)
    const popup = page.locator('.maplibregl-popup .group-details')
    await popup.waitFor()
    const text = await popup.textContent()
    assert.match(text, /A group of 8 towns/)
    assert.match(text, /Bad Radkersburg, Fehring, Feldbach, Friedberg, Fürstenfeld, Gleisdorf, Hartberg, Weiz/)
    assert.match(text, /Oststeirische Städtekooperation/)
    assert.ok((await popup.locator('[data-evidence]').count()) >= 2, 'each record behind the star is listed')
    await waitForMapIdle(page)
    await saveScreenshot(page, 'map-1280-star-popup')
    await page.close()
  })

  test('?groups=lines draws group ties as lines instead of stars, and the legend says so', async () => {
    const { page } = await open('?lang=en&groups=lines')
    const { links, stars } = await drawn(page)
    assert.ok(links.has('fehring|feldbach'), 'the group tie of Fehring and Feldbach is a line')
    assert.ok(links.has('bad-radkersburg|gornja-radgona'))
    assert.equal(stars, 0)
    const legend = await page.locator('.legend-ties').textContent()
    assert.match(legend, /a direct or group tie/)
    assert.doesNotMatch(legend, /Star:/)
    await saveScreenshot(page, 'map-1280-group-lines')
    await page.close()
  })

  test('selecting a town zooms so that its ties are in view', async () => {
    const { page } = await open('?lang=en')
    const before = await mapState(page)
    await page.locator('.town-list button[data-town="lendava"]').click()
    await page.locator('.town-panel[data-town="lendava"]').waitFor()
    await page.waitForFunction((zoom) => Number(document.querySelector('.map').dataset.zoom) > zoom + 0.5, before.zoom)
    const partners = await page.locator('.town-panel .partners > li[data-partner]').evaluateAll((items) => items.map((item) => item.dataset.partner))
    assert.ok(partners.length > 0, 'Lendava has direct partners')
    const box = await page.locator('.map canvas').boundingBox()
    for (const id of ['lendava', ...partners]) {
      const [lon, lat] = townAt(id)
      const { x, y } = await pixelOf(page, lon, lat)
      assert.ok(x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height, `${id} is in view`)
    }
    await saveScreenshot(page, 'map-1280-lendava')
    await page.close()
  })

  test('a town without direct or group ties (Ptuj) keeps the view; a click on its circle opens its panel', async () => {
    const { page } = await open('?lang=en')
    const before = await mapState(page)
    const point = await pixelOf(page, ptuj[0], ptuj[1])
    await page.mouse.click(point.x, point.y)
    const panel = page.locator('.town-panel')
    await panel.waitFor()
    assert.equal(await panel.getAttribute('data-town'), 'ptuj')
    assert.match(await panel.textContent(), /23[,.\s\u00a0]?611 \(2021\)/)
    assert.equal(new URL(page.url()).searchParams.get('town'), 'ptuj')
    // The map has drawn the selection (and would have moved by then).
    await page.waitForFunction(() => document.querySelector('.map').dataset.selected === 'ptuj')
    assert.equal((await mapState(page)).zoom, before.zoom)
    await saveScreenshot(page, 'panel-ptuj-1280')
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
    await page.close()
  })

  test('lists the 24 towns as buttons, grouped by country', async () => {
    const { page } = await open('?lang=en')
    assert.equal(await page.locator('.town-list button').count(), 24)
    const groups = await page.locator('.town-list section').evaluateAll((sections) =>
      sections.map((section) => section.querySelectorAll('button').length),
    )
    assert.deepEqual(groups, [8, 9, 7])
    await page.close()
  })

  test('keyboard alone selects a town from the list', async () => {
    const { page } = await open('?lang=en')
    await page.locator('.town-list button[data-town="lendava"]').focus()
    await page.keyboard.press('Enter')
    await page.locator('.town-panel[data-town="lendava"]').waitFor()
    assert.equal(await page.locator('.town-list button[data-town="lendava"]').getAttribute('aria-pressed'), 'true')
    await page.close()
  })

  test('?town= opens the panel on load, with source and website links that open safely', async () => {
    const { page } = await open('?lang=en&town=szentgotthard')
    assert.equal(await page.locator('.town-panel dl a').count(), 2, 'population source and website')
    const links = page.locator('.town-panel a')
    assert.ok((await links.count()) >= 3, 'the town\'s sources are listed too')
    for (const link of await links.all()) {
      assert.match(await link.getAttribute('href'), /^https?:\/\//)
      assert.equal(await link.getAttribute('target'), '_blank')
      assert.match(await link.getAttribute('rel'), /noopener/)
    }
    await page.close()
  })
})

describe('map on a 375 px wide phone', () => {
  test('the first view fits all 24 towns, each with its label', async () => {
    const { page, foreign } = await open('?lang=sl', { width: 375, height: 740 })
    const state = await mapState(page)
    assert.equal(state.townsInView, 24)
    assert.equal(state.labelsShown, 24)
    assert.deepEqual((await drawn(page)).size, [375, 591], 'the map size the label placement test assumes')
    assert.ok((await mapColourCount(page)) > 20)
    await saveScreenshot(page, 'map-375-sl')
    assert.deepEqual(foreign, [])
    await page.close()
  })

  test('at 375x667 the twin towns\' tie shows outside their circles, beside the stars', async () => {
    const { page } = await open('?lang=en', { width: 375, height: 667 })
    const state = await mapState(page)
    assert.equal(state.labelsShown, 24)
    const { links, stars, size } = await drawn(page)
    assert.deepEqual(size, [375, 518], 'the map size the label placement test assumes')
    assert.ok(links.has('bad-radkersburg|gornja-radgona'))
    assert.ok(stars >= 3)
    await saveMapScreenshot(page, 'map-375x667')
    const found = await findTwinTie(page, [13, 16, 19, 22], { phone: true })
    assert.ok(found, 'a point outside both circles shows the twin towns\' tie')
    await page.close()
  })

  test('a tap on a star\'s hub shows its details in the sheet, not in a popup', async () => {
    const { page } = await open('?lang=en', { width: 375, height: 667 })
    const [lon, lat] = hubOf(EAST_STYRIA)
    const hub = await pixelOf(page, lon, lat)
    await page.mouse.click(hub.x, hub.y)
    const details = page.locator('.sheet .map-details')
    await details.locator('.group-details').waitFor()
    assert.match(await details.textContent(), /A group of 8 towns/)
    assert.equal(await page.locator('.maplibregl-popup').count(), 0)
    assert.equal(await details.locator('.close').count(), 1, 'the details can be closed')
    const box = await details.boundingBox()
    assert.ok(box.x >= 0 && box.x + box.width <= 375, 'the details fit across the screen')
    await saveScreenshot(page, 'map-375-star-details')
    await page.close()
  })
})
