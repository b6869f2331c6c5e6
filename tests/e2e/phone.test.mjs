/**
 * The phone layout in a real browser, at 375x667 and 390x844 (touch): the map and a bottom sheet share the
 * screen; most of the map stays in view with an activity open; nothing is wider than the screen; touch
 * targets are at least 44 px; a tapped tie's details come in the sheet and close; the handle cycles the snaps.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { useServedApp, waitForMapIdle } from './browser.mjs'
import { mapColourCount, pixelOf, recordForeignRequests, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })
const SMALL = { width: 375, height: 667 }
const LARGE = { width: 390, height: 844 }
const FORUM24 = 'forum24-pact-signing-2019-03-07'
const towns = JSON.parse(readFileSync(new URL('../../data/cities.geojson', import.meta.url), 'utf8')).features
const townAt = (id) => towns.find((feature) => feature.properties.id === id).geometry.coordinates

/** Opens the app as a phone would (touch, a mobile viewport) and waits for the map and the sheet to settle. */
async function openPhone(query, viewport = SMALL) {
  const page = await app.browser.newPage({ viewport, hasTouch: true, isMobile: true })
  const foreign = recordForeignRequests(page, app.server.origin)
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${app.server.origin}/${query}`)
  await waitForMapIdle(page)
  await settle(page)
  return { page, foreign, errors }
}

/** Waits until the sheet and the map's camera stop moving (a snap's transition, a selection's flight). */
async function settle(page) {
  const state = () => page.evaluate(() => JSON.stringify([
    document.querySelector('.sheet')?.getBoundingClientRect().top,
    document.querySelector('.map')?.dataset.center,
    document.querySelector('.map')?.dataset.zoom,
  ]))
  // Still for three looks in a row (a flight to a selection takes 600 ms, and the map reports where it is when it stops).
  let [last, still] = [await state(), 0]
  for (let round = 0; round < 60; round += 1) {
    await page.waitForTimeout(250)
    const next = await state()
    still = next === last ? still + 1 : 0
    if (still === 3) return
    last = next
  }
  throw new Error('the sheet or the map kept moving')
}

const sheetSnap = (page) => page.locator('.sheet').getAttribute('data-snap')

/** The share of the window where the map (its canvas, controls and marks) is what a finger would touch. */
function visibleMapShare(page) {
  return page.evaluate(() => {
    const map = document.querySelector('.map')
    let seen = 0
    let total = 0
    for (let y = 2; y < innerHeight; y += 5) {
      for (let x = 2; x < innerWidth; x += 5) {
        total += 1
        const hit = document.elementFromPoint(x, y)
        if (hit !== null && map.contains(hit)) seen += 1
      }
    }
    return seen / total
  })
}

/**
 * What is wider than the screen: the page itself, any element sticking out of the window (outside the map,
 * whose marks may lie beyond its edge), and any box that clips or scrolls content wider than itself (the
 * filter chips scroll sideways on purpose; text cut with an ellipsis is meant to be cut).
 */
function horizontalOverflow(page) {
  return page.evaluate(() => {
    const name = (element) => `${element.tagName.toLowerCase()}.${String(element.className?.baseVal ?? element.className).split(' ').join('.')}`
    const found = []
    if (document.documentElement.scrollWidth !== innerWidth) found.push(`page: ${document.documentElement.scrollWidth} px`)
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('.map, .skip-link, .filter-chips')) continue
      const box = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue
      let inside = false
      for (let parent = element.parentElement; parent !== null && !inside; parent = parent.parentElement) {
        inside = parent !== document.body && getComputedStyle(parent).overflowX !== 'visible'
      }
      if (!inside && (box.right > innerWidth + 0.5 || box.left < -0.5)) found.push(`${name(element)} spans ${Math.round(box.left)}..${Math.round(box.right)}`)
      const cuts = style.overflowX !== 'visible' && style.textOverflow !== 'ellipsis' && element.tagName !== 'INPUT'
      if (cuts && element.scrollWidth > element.clientWidth + 1) found.push(`${name(element)} holds ${element.scrollWidth} px in ${element.clientWidth}`)
    }
    return found
  })
}

/**
 * The interactive elements a finger can reach now, in the header and in the sheet's visible part, smaller
 * than 44x44 px (a control in a label counts by its label).
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, select, input:not([type="hidden"]), summary, [role="tab"], [tabindex="0"]'
    const small = []
    for (const element of document.querySelectorAll(selector)) {
      if (!element.closest('.app-header, .sheet')) continue
      const box = element.getBoundingClientRect()
      if (box.width <= 1 || box.height <= 1) continue
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2]
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue
      const hit = document.elementFromPoint(x, y)
      if (hit === null || !(element.contains(hit) || hit.contains(element) || hit.closest('label')?.contains(element))) continue
      const target = (element.closest('label') ?? element).getBoundingClientRect()
      if (target.width < 44 || target.height < 44) {
        small.push(`${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(target.width)}x${Math.round(target.height)}`)
      }
    }
    return small
  })
}

/** Checks a view: nothing wider than the screen, every touch target big enough. */
async function checkView(page, name) {
  assert.deepEqual(await horizontalOverflow(page), [], `${name}: nothing wider than the screen`)
  assert.deepEqual(await smallTargets(page), [], `${name}: touch targets of at least 44x44 px`)
}

async function tapHandle(page) {
  await page.locator('.sheet-handle').tap()
  await settle(page)
}

const mercator = ([lon, lat]) => [lon, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI]
const unmercator = ([x, y]) => [x, (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90]

/**
 * Taps the middle of the Lendava–Szentgotthárd tie until the sheet shows its details: the tie is a curve
 * bent by 0.18 of its chord (src/domain/network/link-geometry.ts), its middle 0.09 of the chord off the
 * straight line, to one side or the other. Returns the point tapped, or null.
 */
async function tapTie(page) {
  const [a, b] = [mercator(townAt('lendava')), mercator(townAt('szentgotthard'))]
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]]
  for (const side of [1, -1]) {
    for (const share of [0.09, 0.07, 0.11]) {
      const middle = unmercator([(a[0] + b[0]) / 2 - side * dy * share, (a[1] + b[1]) / 2 + side * dx * share])
      const point = await pixelOf(page, ...middle)
      await page.touchscreen.tap(point.x, point.y)
      await page.waitForTimeout(150)
      const heading = page.locator('.map-details h3')
      if (await heading.count() > 0 && /Lendava\s*–\s*Szentgotthárd|Szentgotthárd\s*–\s*Lendava/.test(await heading.textContent())) return point
    }
  }
  return null
}

for (const [size, viewport] of [['375x667', SMALL], ['390x844', LARGE]]) {
  describe(`a phone of ${size}`, () => {
    test('the first view: the map fills the screen above the peeking sheet, the header is one compact row', async () => {
      const { page, foreign, errors } = await openPhone('?lang=en', viewport)
      assert.equal(await sheetSnap(page), 'peek')
      const [header, map, sheet] = await Promise.all(['.app-header', '.map', '.sheet'].map((selector) => page.locator(selector).boundingBox()))
      assert.ok(header.height <= 60, `the header is one row (${header.height} px)`)
      assert.ok(await page.locator('.search-input').isVisible(), 'the search box is at the top')
      assert.equal(await page.locator('.app-header h1').evaluate((element) => element.getBoundingClientRect().width), 1, 'the title is there for screen readers only')
      assert.ok(Math.abs(map.y - (header.y + header.height)) <= 1, 'the map starts under the header')
      assert.ok(Math.abs(map.y + map.height - sheet.y) <= 1, 'and reaches down to the peeking sheet')
      assert.equal(sheet.height, 92, 'the peek: the handle and one line')
      assert.equal(sheet.y + sheet.height, viewport.height, 'the sheet sits at the bottom of the screen')
      assert.ok(await page.locator('#tab-towns').isVisible(), 'the peek shows the tabs')
      assert.ok((await visibleMapShare(page)) > 0.75, 'the map takes most of the screen')
      assert.ok((await mapColourCount(page)) > 20, 'the map is drawn')
      await checkView(page, 'first view')
      await saveScreenshot(page, `phone-${size}-first`)
      assert.deepEqual(foreign, [])
      assert.deepEqual(errors, [])
      await page.close()
    })

    test('an activity opens the sheet halfway, and most of the map stays in view', async () => {
      const { page, errors } = await openPhone(`?lang=en&activity=${FORUM24}`, viewport)
      assert.equal(await sheetSnap(page), 'half')
      assert.ok(await page.locator(`.activity-card[data-activity="${FORUM24}"]`).isVisible())
      const share = await visibleMapShare(page)
      assert.ok(share > 0.5, `the map is visible on ${(share * 100).toFixed(1)} % of the screen`)
      assert.equal(await page.locator('.whole-network-note').count(), 0, 'no note over the map')
      await checkView(page, 'an activity')
      await saveScreenshot(page, `phone-${size}-activity`)
      assert.deepEqual(errors, [])
      await page.close()
    })

    test('the Activities tab: the timeline heads the list in the sheet, the map stays in view', async () => {
      const { page } = await openPhone('?lang=en&tab=activities', viewport)
      assert.equal(await sheetSnap(page), 'peek', 'a tab in the link does not open the sheet by itself')
      assert.ok((await visibleMapShare(page)) > 0.75)
      await page.locator('#tab-towns').tap()
      await page.locator('#tab-activities').tap()
      await settle(page)
      assert.equal(await sheetSnap(page), 'half', 'a tab tapped in the peek opens the sheet halfway')
      const share = await visibleMapShare(page)
      assert.ok(share > 0.5, `the map is visible on ${(share * 100).toFixed(1)} % of the screen`)
      assert.equal(await page.locator('.sheet .timeline').count(), 1, 'the timeline is in the sheet')
      assert.equal(await page.locator('.map-area .timeline').count(), 0, 'not under the map')
      assert.match(await page.locator('.whole-network-hint').textContent(), /activities of all 24 towns/)
      await checkView(page, 'the Activities tab')
      await tapHandle(page)
      assert.equal(await sheetSnap(page), 'full')
      await checkView(page, 'the Activities tab, full')
      await saveScreenshot(page, `phone-${size}-activities-tab`)
      await page.close()
    })

    test('a town opens the sheet halfway with the town in view above it; its panel fits the screen', async () => {
      const { page, errors } = await openPhone('?lang=en&town=lendava', viewport)
      assert.equal(await sheetSnap(page), 'half')
      const sheet = await page.locator('.sheet').boundingBox()
      const lendava = await pixelOf(page, ...townAt('lendava'))
      const header = await page.locator('.app-header').boundingBox()
      assert.ok(lendava.y > header.y + header.height && lendava.y < sheet.y, 'Lendava is on the map, above the sheet')
      assert.equal(await page.locator('.sheet .town-panel h2').textContent(), 'Lendava')
      await checkView(page, 'a town at half')
      await saveScreenshot(page, `phone-${size}-town`)
      await tapHandle(page)
      await checkView(page, 'a town at full')
      // Escape closes the town; the sheet goes back to the peek it came from.
      await page.keyboard.press('Escape')
      await settle(page)
      assert.equal(await page.locator('.town-panel').count(), 0)
      assert.equal(await sheetSnap(page), 'peek')
      assert.deepEqual(errors, [])
      await page.close()
    })

    test('the Network tab with its filters open, and the Projects tab, fit the screen', async () => {
      const { page } = await openPhone('?lang=en&tab=network', viewport)
      await tapHandle(page)
      await tapHandle(page)
      assert.equal(await sheetSnap(page), 'full')
      const sheet = await page.locator('.sheet').boundingBox()
      const header = await page.locator('.app-header').boundingBox()
      assert.ok(Math.abs(sheet.y - (header.y + header.height)) <= 1, 'full: the sheet reaches up to the header')
      await page.locator('.filters-box summary').tap()
      await page.locator('.network-filters').waitFor()
      await checkView(page, 'the Network tab with the filters open')
      await saveScreenshot(page, `phone-${size}-network`)
      await page.locator('.sidebar').evaluate((element) => element.scrollTo(0, element.scrollHeight))
      await checkView(page, 'the Network tab, scrolled to its end')
      await page.locator('#tab-projects').tap()
      await checkView(page, 'the Projects tab')
      await page.locator('#tab-towns').tap()
      await checkView(page, 'the Towns tab')
      await page.close()
    })

    test('a tapped tie shows its details in the sheet; the close button and Escape close them', async () => {
      const { page, errors } = await openPhone('?lang=en', viewport)
      const point = await tapTie(page)
      assert.ok(point, 'a tap on the Lendava–Szentgotthárd tie shows its details')
      await settle(page)
      assert.equal(await page.locator('.maplibregl-popup').count(), 0, 'no popup on the map')
      assert.equal(await sheetSnap(page), 'half', 'the sheet opens halfway for the details')
      const details = page.locator('.sheet .map-details')
      assert.ok((await details.locator('[data-evidence]').count()) >= 1, 'the records behind the tie')
      assert.equal(await details.getAttribute('aria-label'), 'Details of what you chose on the map')
      await checkView(page, 'a tie\'s details')
      await saveScreenshot(page, `phone-${size}-tie`)
      await details.locator('.close').tap()
      await settle(page)
      assert.equal(await page.locator('.map-details').count(), 0, 'the close button closes them')
      assert.equal(await sheetSnap(page), 'peek', 'and the sheet goes back to its peek')
      // Again, closed with Escape; the town panel beneath (none here) and the URL stay as they were.
      const url = page.url()
      await page.touchscreen.tap(point.x, point.y)
      await details.waitFor()
      await page.keyboard.press('Escape')
      await settle(page)
      assert.equal(await page.locator('.map-details').count(), 0, 'Escape closes them')
      assert.equal(page.url(), url, 'the details are not in the URL')
      assert.deepEqual(errors, [])
      await page.close()
    })
  })
}

describe('the sheet at 375x667', () => {
  test('is a labelled button cycling peek, half and full, with aria-expanded', async () => {
    const { page } = await openPhone('?lang=en')
    const handle = page.locator('.sheet-handle')
    const room = await page.locator('.layout').evaluate((element) => element.clientHeight)
    const height = async () => (await page.locator('.sheet').boundingBox()).height
    assert.equal(await handle.getAttribute('aria-label'), 'Open lists and details halfway')
    assert.equal(await handle.getAttribute('aria-expanded'), 'false')
    await tapHandle(page)
    assert.equal(await sheetSnap(page), 'half')
    assert.equal(await handle.getAttribute('aria-expanded'), 'true')
    assert.equal(await handle.getAttribute('aria-label'), 'Open lists and details fully')
    assert.ok(Math.abs((await height()) - Math.round(room * 0.42)) <= 1, 'half: 42 % of the room below the header')
    await tapHandle(page)
    assert.equal(await sheetSnap(page), 'full')
    assert.equal(await height(), room, 'full: all the room below the header')
    assert.equal(await handle.getAttribute('aria-label'), 'Fold lists and details down to show the map')
    await tapHandle(page)
    assert.equal(await sheetSnap(page), 'peek')
    assert.equal(await height(), 92)
    await page.close()
  })

  test('answers the keyboard: Enter cycles, the arrows step, Home and End go to the ends', async () => {
    const { page } = await openPhone('?lang=en')
    await page.locator('.sheet-handle').focus()
    await page.keyboard.press('ArrowUp')
    assert.equal(await sheetSnap(page), 'half')
    await page.keyboard.press('End')
    assert.equal(await sheetSnap(page), 'full')
    await page.keyboard.press('ArrowDown')
    assert.equal(await sheetSnap(page), 'half')
    await page.keyboard.press('Home')
    assert.equal(await sheetSnap(page), 'peek')
    await page.keyboard.press('Enter')
    assert.equal(await sheetSnap(page), 'half')
    await page.close()
  })

  test('opens halfway when the focus moves into its hidden part (Tab from the tabs into the list)', async () => {
    const { page } = await openPhone('?lang=en')
    await page.locator('#tab-towns').focus()
    assert.equal(await sheetSnap(page), 'peek', 'the tabs are in the peek')
    await page.keyboard.press('Tab')
    assert.equal(await sheetSnap(page), 'half')
    await settle(page)
    const focused = await page.evaluate(() => document.activeElement.getBoundingClientRect().bottom)
    assert.ok(focused <= SMALL.height, 'the focused element is in sight')
    await page.close()
  })

  test('a town tapped on the map comes into view above the sheet it opens, with the towns it is tied to', async () => {
    const { page } = await openPhone('?lang=en')
    const lendava = await pixelOf(page, ...townAt('lendava'))
    await page.touchscreen.tap(lendava.x, lendava.y)
    await page.locator('.town-panel[data-town="lendava"]').waitFor()
    await settle(page)
    assert.equal(await sheetSnap(page), 'half')
    const [header, sheet] = [await page.locator('.app-header').boundingBox(), await page.locator('.sheet').boundingBox()]
    for (const id of ['lendava', 'szentgotthard', 'murska-sobota', 'bad-radkersburg']) {
      const point = await pixelOf(page, ...townAt(id))
      assert.ok(point.y > header.y + header.height && point.y < sheet.y, `${id} is on the map above the sheet (${Math.round(point.y)} between ${header.y + header.height} and ${sheet.y})`)
    }
    await page.close()
  })

  test('Escape closes a tie\'s details over a town\'s panel, and the town stays open', async () => {
    const { page } = await openPhone('?lang=en&town=lendava')
    assert.ok(await tapTie(page), 'the tie, tapped above the half-open sheet')
    await page.locator('.map-details').waitFor()
    await page.keyboard.press('Escape')
    await settle(page)
    assert.equal(await page.locator('.map-details').count(), 0)
    assert.equal(await page.locator('.town-panel h2').textContent(), 'Lendava', 'the town is still open')
    assert.equal(await sheetSnap(page), 'half')
    assert.match(page.url(), /town=lendava/)
    await page.close()
  })

  test('follows a drag of its handle and settles at the nearest snap, or the next one after a fling', async () => {
    const { page } = await openPhone('?lang=en')
    const handle = await page.locator('.sheet-handle').boundingBox()
    const [x, y] = [handle.x + handle.width / 2, handle.y + handle.height / 2]
    // A slow drag 200 px up: the sheet follows the pointer, then settles at half (nearer than full).
    await page.mouse.move(x, y)
    await page.mouse.down()
    for (let step = 1; step <= 20; step += 1) {
      await page.mouse.move(x, y - step * 10)
      await page.waitForTimeout(30)
    }
    const following = await page.locator('.sheet').boundingBox()
    assert.ok(Math.abs(following.height - 292) <= 2, `the sheet follows the pointer (${following.height} px)`)
    await page.waitForTimeout(200)
    await page.mouse.up()
    await settle(page)
    assert.equal(await sheetSnap(page), 'half')
    // A quick flick 60 px up from half: on to full.
    const from = (await page.locator('.sheet-handle').boundingBox()).y + 22
    await page.mouse.move(x, from)
    await page.mouse.down()
    await page.mouse.move(x, from - 30)
    await page.mouse.move(x, from - 60)
    await page.mouse.up()
    await settle(page)
    assert.equal(await sheetSnap(page), 'full')
    await page.close()
  })
})

test('at 760 px, the breakpoint, the phone layout holds and fits', async () => {
  const { page, errors } = await openPhone(`?lang=de&activity=${FORUM24}`, { width: 760, height: 900 })
  assert.equal(await sheetSnap(page), 'half')
  assert.ok((await visibleMapShare(page)) > 0.5)
  await checkView(page, '760 px')
  await saveScreenshot(page, 'phone-760-activity-de')
  assert.deepEqual(errors, [])
  await page.close()
})
