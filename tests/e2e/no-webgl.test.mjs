/**
 * The map without WebGL: a browser with WebGL switched off gets the simpler SVG map (towns, ties, labels,
 * selection by keyboard, a tie's records), and a map whose WebGL context is lost while the page runs is
 * replaced by it. Screenshots at 1280x800 (en) and 375x667 (hu).
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, launchBrowser, startPreview, waitForMapIdle } from './browser.mjs'
import { recordForeignRequests, saveScreenshot } from './page-checks.mjs'

const note = (language) => JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${language}.json`, import.meta.url), 'utf8')).map.svg.note
/** The usual flags less SwiftShader, and WebGL switched off: the browser of a locked-down office PC. */
const NO_WEBGL_ARGS = [...CHROMIUM_ARGS.filter((flag) => !/swiftshader/.test(flag)), '--disable-webgl', '--disable-3d-apis']
const ABOUT_SEEN_KEY = '24cities.about.seen'

let server
let noWebGL
let withWebGL
before(async () => {
  server = await startPreview()
  noWebGL = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: NO_WEBGL_ARGS })
  withWebGL = await launchBrowser()
})
after(async () => {
  await noWebGL?.close()
  await withWebGL?.close()
  server?.stop()
})

/** A page of the WebGL-less browser at `query`, as a returning visitor (no "About" dialog), once the simpler map is drawn. */
async function openWithoutWebGL(query, viewport) {
  const context = await noWebGL.newContext({ viewport })
  await context.addInitScript((key) => window.localStorage.setItem(key, '1'), ABOUT_SEEN_KEY)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  const foreign = recordForeignRequests(page, server.origin)
  await page.goto(`${server.origin}/${query}`)
  await waitForMapIdle(page)
  await page.locator('.svg-map[data-map-ready="true"]').waitFor()
  return { page, errors, foreign, close: () => context.close() }
}

/** Presses Tab until the element matching `selector` has the focus; returns how many presses it took. */
async function tabTo(page, selector, limit = 200) {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return presses
  }
  throw new Error(`${selector} never had the focus after ${limit} presses of Tab`)
}

/**
 * The ties whose line the pointer reaches in its middle (away from the towns at its ends and their labels),
 * each with that page point and what else lies there.
 */
async function tieMiddles(page) {
  return page.locator('.svg-tie .svg-hit').evaluateAll((paths) => paths.map((path) => {
    const point = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM())
    const key = path.closest('.svg-tie').getAttribute('data-link')
    const hit = document.elementFromPoint(point.x, point.y)
    return { key, x: point.x, y: point.y, reached: hit?.closest('.svg-tie')?.getAttribute('data-link') === key }
  }))
}

describe('without WebGL', () => {
  test('1280x800, English: the simpler map says so, draws 24 towns and the ties, and works by keyboard and pointer', async () => {
    const { page, errors, foreign, close } = await openWithoutWebGL('?lang=en', { width: 1280, height: 800 })
    try {
      assert.equal(await page.locator('.map canvas').count(), 0, 'no WebGL canvas')
      assert.equal(await page.locator('.part-failed').count(), 0, 'no "map failed" message')
      assert.equal((await page.getByRole('status').filter({ hasText: 'Simpler map' }).textContent()).trim(), note('en'))
      const towns = page.locator('.svg-town')
      assert.equal(await towns.count(), 24)
      const names = await towns.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')))
      assert.ok(names.includes('Ptuj') && names.includes('Bad Radkersburg') && names.includes('Zalalövő'), names.join(', '))
      // Every town has its label drawn, inside the map.
      const labels = await page.locator('.svg-town-label').evaluateAll((elements) => elements.map((element) => {
        const box = element.getBoundingClientRect()
        return { text: element.textContent, inside: box.left >= 0 && box.right <= window.innerWidth && box.width > 0 }
      }))
      assert.equal(labels.length, 24)
      assert.deepEqual(labels.filter((label) => !label.inside), [])
      const idle = await page.evaluate(() => performance.getEntriesByName('map-idle')[0].startTime)
      console.log(`simpler map drawn (map-idle) ${Math.round(idle)} ms after navigation start`)
      const ties = await page.locator('.svg-tie').count()
      assert.ok(ties >= 5, `${ties} ties drawn`)
      await saveScreenshot(page, 'no-webgl-1280-en')

      // Keyboard: Tab to Ptuj, Enter selects it and its panel opens.
      const presses = await tabTo(page, '.svg-town[data-town="ptuj"]')
      await page.keyboard.press('Enter')
      await page.locator('#town-panel-title').filter({ hasText: 'Ptuj' }).waitFor()
      assert.equal(new URL(page.url()).searchParams.get('town'), 'ptuj')
      assert.equal(await page.locator('.svg-town[data-town="ptuj"]').getAttribute('aria-current'), 'true')
      await page.locator('.svg-map[data-map-ready="true"]').waitFor()
      await saveScreenshot(page, 'no-webgl-1280-en-ptuj')
      console.log(`Tab presses to Ptuj: ${presses}`)

      // A tie by keyboard: Enter opens its records, Escape closes them and gives the focus back.
      const tie = page.locator('.svg-tie').first()
      const key = await tie.getAttribute('data-link')
      await tie.focus()
      await page.keyboard.press('Enter')
      const panel = page.locator('.svg-map-details')
      await panel.locator('h3').waitFor()
      assert.ok((await panel.locator('.evidence-list li').count()) > 0, 'the tie shows its records')
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'svg-map-details-close')
      await page.keyboard.press('Escape')
      await panel.waitFor({ state: 'detached' })
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-link')), key)

      // A tie by pointer: a click in the middle of its line.
      await page.goto(`${server.origin}/?lang=en`)
      await page.locator('.svg-map[data-map-ready="true"]').waitFor()
      const middles = await tieMiddles(page)
      const reachable = middles.filter((middle) => middle.reached)
      console.log(`ties reachable by pointer at their middle: ${reachable.length} of ${middles.length}`)
      assert.ok(reachable.length >= middles.length / 2, JSON.stringify(middles))
      const point = reachable.find((middle) => /ptuj/.test(middle.key)) ?? reachable[0]
      const target = point.key
      await page.mouse.click(point.x, point.y)
      await panel.locator('h3').waitFor()
      const heading = await panel.locator('h3').textContent()
      assert.match(heading, /–/)
      await saveScreenshot(page, 'no-webgl-1280-en-tie')
      console.log(`tie clicked: ${target}: ${heading}`)
      await panel.getByRole('button', { name: 'Close' }).click()
      await panel.waitFor({ state: 'detached' })

      assert.deepEqual(errors, [])
      assert.deepEqual(foreign, [])
    } finally {
      await close()
    }
  })

  test('375x667, Hungarian: the note in Hungarian, 24 towns, a town by tap', async () => {
    const { page, errors, close } = await openWithoutWebGL('?lang=hu', { width: 375, height: 667 })
    try {
      const status = page.getByRole('status').filter({ hasText: 'WebGL' })
      assert.equal((await status.textContent()).trim(), note('hu'))
      const box = await status.boundingBox()
      assert.ok(box && box.x >= 0 && box.x + box.width <= 375 && box.y + box.height <= 667, `note in view: ${JSON.stringify(box)}`)
      assert.equal(await page.locator('.svg-town').count(), 24)
      await saveScreenshot(page, 'no-webgl-375-hu')
      await page.locator('.svg-town[data-town="lendava"] circle:not(.svg-town-focus)').first().click()
      await page.locator('#town-panel-title').filter({ hasText: 'Lendava' }).waitFor()
      await saveScreenshot(page, 'no-webgl-375-hu-lendava')
      assert.deepEqual(errors, [])
    } finally {
      await close()
    }
  })
})

describe('without WebGL, presenting', () => {
  test('?present=1: the first step draws the simpler map with every town', async () => {
    const { page, errors, close } = await openWithoutWebGL('?present=1&lang=de', { width: 1280, height: 800 })
    try {
      assert.equal(await page.locator('.svg-town').count(), 24)
      assert.equal((await page.getByRole('status').filter({ hasText: 'WebGL' }).textContent()).trim(), note('de'))
      await saveScreenshot(page, 'no-webgl-present-de')
      assert.deepEqual(errors, [])
    } finally {
      await close()
    }
  })
})

describe('WebGL lost while the page runs', () => {
  test('the simpler map replaces the full one, with every town', async () => {
    const page = await withWebGL.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    try {
      await page.goto(`${server.origin}/?lang=en`)
      await waitForMapIdle(page)
      assert.equal(await page.locator('.map canvas').count(), 1)
      await page.evaluate(() => document.querySelector('.map canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext())
      await page.locator('.svg-map[data-map-ready="true"]').waitFor({ timeout: 10_000 })
      assert.equal(await page.locator('.map canvas').count(), 0)
      assert.equal((await page.getByRole('status').filter({ hasText: 'Simpler map' }).textContent()).trim(), note('en'))
      assert.equal(await page.locator('.svg-town').count(), 24)
      await saveScreenshot(page, 'no-webgl-lost-1280-en')
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })
})
