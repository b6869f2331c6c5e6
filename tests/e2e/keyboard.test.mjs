/**
 * Keyboard and zoom: hovering a tie leaves the focus where it was; the timeline's period control shows its
 * focus ring with no period set; Tab goes header, sidebar, map, timeline, as the screen shows them (no
 * positive tabindex); a change of the filter is said once in a polite live region, not on the first view
 * and not on a render that changes no filter; and at 200% zoom (1280x800 seen as 640x400) the header leaves
 * the map its room, the tabs and dialogs fit and nothing scrolls sideways.
 */
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { useServedApp, waitForMapIdle } from './browser.mjs'
import { curveMiddle, pixelOf, screenshotPixels } from './page-checks.mjs'

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-keyboard'
const app = useServedApp({ before, after })
const towns = JSON.parse(readFileSync(new URL('../../data/cities.geojson', import.meta.url), 'utf8')).features
const at = (id) => towns.find((feature) => feature.properties.id === id).geometry.coordinates

async function open(query, viewport = { width: 1280, height: 800 }, options = {}) {
  const page = await app.browser.newPage({ viewport, ...options })
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${app.server.origin}/${query}`)
  await waitForMapIdle(page)
  return { page, errors }
}

async function shoot(page, name) {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

/** Where the focus is: the part of the screen (header, sidebar, filters, map, timeline) and a short description. */
const focusPlace = (page) => page.evaluate(() => {
  const element = document.activeElement
  const part = element.closest('.app-header') ? 'header'
    : element.closest('.skip-link') ? 'skip link'
      : element.closest('.side') ? 'sidebar'
        : element.closest('.active-filters') ? 'filters'
          : element.closest('.timeline') ? 'timeline'
            : element.closest('.map-box') ? 'map' : element === document.body ? 'body' : 'elsewhere'
  return { part, name: `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 30)}` }
})

describe('keyboard at 1280x800', () => {
  test('hovering a tie opens its evidence and leaves the focus where it was', async () => {
    const { page, errors } = await open('?lang=en')
    const ptuj = page.locator('.town-button[data-town="ptuj"]')
    await ptuj.focus()
    const point = await pixelOf(page, ...curveMiddle(at('friedberg'), at('ljutomer')))
    await page.mouse.move(point.x, point.y)
    await page.locator('.link-popup .link-evidence').waitFor()
    assert.match(await page.locator('.link-popup').textContent(), /Friedberg – Ljutomer/)
    assert.equal(await ptuj.evaluate((element) => element === document.activeElement), true, 'the focus stays on the town button')
    assert.equal(await page.locator('.maplibregl-popup :focus').count(), 0, 'nothing in the popup has the focus')
    assert.deepEqual(errors, [])
    await page.close()
  })

  test("the timeline's period control shows a focus ring with no period set", async () => {
    const { page, errors } = await open('?lang=en')
    // Tab to it from the control before it, as a keyboard reader gets there.
    await page.locator('.playback select').focus()
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('brush')), true, 'Tab reaches the period control')
    assert.equal(await page.locator('.brush .selection').evaluate((element) => getComputedStyle(element).display), 'none', 'no period is set')
    await shoot(page, 'brush-focus-1280')
    const chart = page.locator('.timeline-chart')
    const ring = await chart.evaluate((element) => ({ style: getComputedStyle(element).outlineStyle, width: getComputedStyle(element).outlineWidth }))
    assert.deepEqual(ring, { style: 'solid', width: '3px' })
    // The ring is drawn: the focus colour (#0b57d0) along the chart's top edge.
    const box = await chart.boundingBox()
    const strip = { x: Math.round(box.x + 20), y: Math.round(box.y - 3), width: Math.round(box.width - 40), height: 2 }
    const pixels = await screenshotPixels(page, await page.screenshot(), { rect: strip, stride: 5 })
    const blue = pixels.filter(([r, g, b]) => r < 40 && g > 60 && g < 120 && b > 180).length
    assert.ok(blue > pixels.length * 0.8, `the focus colour along the chart's top edge: ${blue} of ${pixels.length}`)
    assert.deepEqual(errors, [])
    await page.close()
  })

  test('Tab goes header, sidebar, map, timeline, and no element has a positive tabindex', async () => {
    const { page, errors } = await open('?lang=en')
    const positive = await page.evaluate(() => [...document.querySelectorAll('[tabindex]')].filter((element) => element.tabIndex > 0).length)
    assert.equal(positive, 0)
    const parts = []
    for (let press = 0; press < 80; press += 1) {
      await page.keyboard.press('Tab')
      const { part } = await focusPlace(page)
      if (parts.at(-1) !== part) parts.push(part)
      if (part === 'timeline' && parts.length > 3) break
    }
    assert.deepEqual(parts, ['skip link', 'header', 'sidebar', 'map', 'timeline'])
    assert.deepEqual(errors, [])
    await page.close()
  })

  test('a change of the filter is said once in a polite live region, in the reader\'s language; not on the first view', async () => {
    const { page, errors } = await open('?lang=en&tab=network')
    const region = page.locator('[data-filter-announcement]')
    assert.equal(await region.getAttribute('aria-live'), 'polite')
    assert.equal(await region.textContent(), '', 'nothing said on the first view')
    // Every node added to the region is one announcement.
    await region.evaluate((element) => {
      window.__announced = []
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) window.__announced.push(node.textContent)
      }).observe(element, { childList: true, subtree: true, characterData: true })
    })
    // A period by keyboard: the period control, End (the last year).
    await page.locator('.timeline .brush').focus()
    await page.keyboard.press('End')
    await page.waitForFunction(() => window.__announced.length > 0)
    const said = await page.evaluate(() => window.__announced)
    assert.equal(said.length, 1, `one announcement: ${JSON.stringify(said)}`)
    assert.match(said[0], /^\d+ towns?, \d+ ties?, \d+ activit(y|ies) in the current filter$/)
    // Renders that change no filter (a town opened and closed) say nothing.
    await page.locator('.tabs button').first().click()
    await page.locator('.town-button[data-town="ptuj"]').click()
    await page.locator('.town-panel h2').waitFor()
    await page.keyboard.press('Escape')
    await page.waitForTimeout(300)
    assert.equal((await page.evaluate(() => window.__announced)).length, 1, 'nothing more said without a change of the filter')
    // Clearing the period is a change too.
    await page.locator('.timeline .brush').focus()
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => window.__announced.length > 1)
    assert.match((await page.evaluate(() => window.__announced))[1], /^No filter: 24 towns, \d+ ties, \d+ activities$/)
    assert.deepEqual(errors, [])
    await page.close()
  })

  test('the announcement speaks German with German plurals', async () => {
    const { page, errors } = await open('?lang=de&country=SI')
    await page.locator('.filter-chip').first().click()
    await page.waitForFunction(() => document.querySelector('[data-filter-announcement]')?.textContent !== '')
    assert.match(await page.locator('[data-filter-announcement]').textContent(), /^Ohne Filter: 24 Städte, \d+ Verbindungen, \d+ Aktivitäten$/)
    assert.deepEqual(errors, [])
    await page.close()
  })
})

describe('200% zoom: 1280x800 seen as 640x400', () => {
  const ZOOMED = { width: 640, height: 400 }
  const zoomed = (query) => open(query, ZOOMED, { deviceScaleFactor: 2 })
  const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)
  const inViewport = (page, selector) => page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect()
    return box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth + 0.5 && box.bottom <= window.innerHeight + 0.5
  })

  test('the header stays small, the map shows, the tabs are in reach, nothing scrolls sideways', async () => {
    const { page, errors } = await zoomed('?lang=en')
    const header = await page.locator('.app-header').boundingBox()
    assert.ok(header.height <= 0.2 * ZOOMED.height, `the header takes ${header.height} px of ${ZOOMED.height}`)
    const map = await page.locator('.map').boundingBox()
    assert.ok(map.height >= 0.5 * ZOOMED.height, `the map shows ${map.height} px high`)
    assert.ok(await noSidewaysScroll(page))
    for (const tab of await page.getByRole('tab').all()) {
      assert.ok(await tab.evaluate((element) => element.getBoundingClientRect().bottom <= window.innerHeight), `${await tab.textContent()} is in sight`)
    }
    // The tabs are reached by keyboard.
    let reached = false
    for (let press = 0; press < 40 && !reached; press += 1) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')
    }
    assert.ok(reached, 'Tab reaches the tabs')
    await shoot(page, 'zoom-200-first-view')
    assert.deepEqual(errors, [])
    await page.close()
  })

  test('a town opens in the sheet with the map still in sight', async () => {
    const { page, errors } = await zoomed('?lang=en&town=ptuj')
    await page.locator('.sheet[data-snap="half"] .town-panel h2').waitFor()
    await page.waitForTimeout(500)
    const sheet = await page.locator('.sheet').boundingBox()
    const header = await page.locator('.app-header').boundingBox()
    assert.ok(sheet.y - (header.y + header.height) >= 100, `the map shows ${sheet.y - header.y - header.height} px above the sheet`)
    assert.ok(await inViewport(page, '.town-panel .close'), 'the close button is in sight')
    assert.ok(await noSidewaysScroll(page))
    await shoot(page, 'zoom-200-town')
    assert.deepEqual(errors, [])
    await page.close()
  })

  test('About and Embed fit the screen, their close buttons in sight', async () => {
    const { page, errors } = await zoomed('?lang=en')
    await page.locator('.about-button').click()
    await page.locator('.about-dialog').waitFor()
    assert.ok(await inViewport(page, '.about-dialog'), 'About fits')
    assert.ok(await inViewport(page, '.about-dialog .dialog-close'), 'its close button is in sight')
    await shoot(page, 'zoom-200-about')
    await page.keyboard.press('Escape')
    await page.locator('.embed-button').click()
    await page.locator('.embed-dialog').waitFor()
    assert.ok(await inViewport(page, '.embed-dialog'), 'Embed fits')
    assert.ok(await inViewport(page, '.embed-dialog .dialog-close'), 'its close button is in sight')
    await shoot(page, 'zoom-200-embed')
    await page.keyboard.press('Escape')
    assert.ok(await noSidewaysScroll(page))
    assert.deepEqual(errors, [])
    await page.close()
  })
})
