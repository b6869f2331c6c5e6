/**
 * Exports in a real browser: the Download menu (keyboard, Escape), the picture of the view (a PNG as wide
 * as the map, twice as wide at 2x, with the legend's colours under the map), the CSV tables and the GeoJSON
 * of the filter, and the town profile printed on one A4 page.
 */
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { csvParse } from 'd3'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, openApp, useServedApp, waitForMapIdle } from './browser.mjs'
import { SCREENSHOT_DIR, saveScreenshot, screenshotPixels } from './page-checks.mjs'

const app = useServedApp({ before, after })
const open = (query, viewport) => openApp(app, query, viewport)

/** The height of the band above the map in every picture (src/features/export/compose-picture.ts). */
const HEADER_HEIGHT = 64
/** The countries' colours (src/shared/country-palette.ts). */
const COUNTRY_COLOURS = { AT: [0xd5, 0x5e, 0x00], SI: [0x00, 0x72, 0xb2], HU: [0x00, 0x9e, 0x73] }
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Chooses an item of the Download menu and returns the file's name and bytes. */
async function download(page, item) {
  await page.click('.download-button')
  await page.locator(`.download-menu [data-download="${item}"]`).waitFor()
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`.download-menu [data-download="${item}"]`)])
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

/** A CSV download read as a spreadsheet reads it: UTF-8 after the byte-order mark. */
function parseCsv(bytes) {
  const text = bytes.toString('utf8')
  assert.equal(text.charCodeAt(0), 0xfeff, 'the CSV starts with a byte-order mark')
  return csvParse(text.slice(1))
}

function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], PNG_SIGNATURE, 'a PNG file')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const near = ([r, g, b], [R, G, B]) => Math.abs(r - R) <= 6 && Math.abs(g - G) <= 6 && Math.abs(b - B) <= 6

function savePicture(name, bytes) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  writeFileSync(join(SCREENSHOT_DIR, name), bytes)
}

test('the Download menu opens from the header, moves with the arrow keys and closes with Escape', async () => {
  const { page, errors } = await open('?lang=de')
  const button = page.locator('.download-button')
  assert.equal(await button.getAttribute('aria-expanded'), 'false')
  await button.focus()
  await page.keyboard.press('Enter')
  const items = page.locator('.download-menu [role="menuitem"]')
  assert.equal(await items.count(), 6)
  assert.deepEqual(await items.allTextContents(), [
    'Bild (PNG) für Bildschirm und Folien', 'Bild (PNG), doppelte Größe für den Druck', 'Städte mit ihren Kennzahlen (CSV)',
    'Verbindungen mit ihren Einträgen (CSV)', 'Aktivitäten (CSV)', 'Städte, Verbindungen und Aktivitäten für GIS (GeoJSON)',
  ])
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-download') ?? document.activeElement?.className)
  assert.equal(await focused(), 'png-1x')
  await page.keyboard.press('ArrowDown')
  assert.equal(await focused(), 'png-2x')
  await page.keyboard.press('End')
  assert.equal(await focused(), 'geojson')
  await page.keyboard.press('ArrowDown')
  assert.equal(await focused(), 'png-1x', 'the arrows go round')
  await saveScreenshot(page, 'download-menu-1280')
  await page.keyboard.press('Escape')
  assert.equal(await items.count(), 0)
  assert.match(await focused(), /download-button/, 'the focus is back on the button')
  assert.deepEqual(errors, [])
  await page.close()
})

test('the picture of the view is a PNG as wide as the map (twice at 2x) with the legend under the map', async () => {
  const { page, errors } = await open('?lang=en&town=lendava')
  await page.locator('.town-panel').waitFor()
  const mapBox = await page.locator('.map canvas').boundingBox()
  const sizes = {}
  for (const [item, ratio] of [['png-1x', 1], ['png-2x', 2]]) {
    const { name, bytes } = await download(page, item)
    assert.equal(name, ratio === 1 ? '24-cities-lendava.png' : '24-cities-lendava-2x.png')
    assert.equal(await page.locator('.download-status').textContent(), `Saved ${name}`)
    const { width, height } = pngSize(bytes)
    assert.equal(width, Math.round(mapBox.width) * ratio, `${item}: ${width} px wide, the map ${mapBox.width} CSS px`)
    const mapBottom = Math.round((HEADER_HEIGHT + mapBox.height) * ratio)
    assert.ok(height > mapBottom, `${item}: room for the legend under the map (${height} > ${mapBottom})`)
    sizes[ratio] = { width, height }
    savePicture(`export-lendava-${ratio}x.png`, bytes)

    // The legend under the map shows every country's colour; the map above it is drawn (many colours).
    const legend = await screenshotPixels(page, bytes, { rect: { x: 0, y: mapBottom + 1, width, height: height - mapBottom - 1 } })
    for (const [country, colour] of Object.entries(COUNTRY_COLOURS)) {
      assert.ok(legend.some((pixel) => near(pixel, colour)), `${item}: the legend shows ${country}'s colour`)
    }
    const map = await screenshotPixels(page, bytes, { rect: { x: 0, y: HEADER_HEIGHT * ratio, width, height: Math.round(mapBox.height * ratio) }, stride: 13 })
    const colours = new Set(map.map(([r, g, b]) => ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4)))
    assert.ok(colours.size > 20, `${item}: the map is drawn (${colours.size} colours)`)
  }
  // The 2x picture is the 1x one at twice the pixels, bands included.
  assert.ok(Math.abs(sizes[2].height - 2 * sizes[1].height) <= 2, JSON.stringify(sizes))
  // The map on screen is as it was: drawn at the device's own pixel ratio again.
  const canvasWidth = await page.locator('.map canvas').evaluate((canvas) => canvas.width)
  assert.equal(canvasWidth, Math.round(mapBox.width))
  assert.deepEqual(errors, [])
  await page.close()
})

test('the CSV tables and the GeoJSON hold what the filter shows, and a country filter narrows them', async () => {
  const { page, errors } = await open('?lang=en')
  const towns = parseCsv((await download(page, 'csv-towns')).bytes)
  assert.equal(towns.length, 24)
  assert.ok(towns.some((row) => row.id === 'szentgotthard' && row.name === 'Szentgotthárd'), 'names in UTF-8')
  const ties = parseCsv((await download(page, 'csv-ties')).bytes)
  assert.ok(ties.length > 24)
  assert.ok(ties.every((row) => row.evidence !== '' && ['direct', 'group', 'network'].includes(row.tie)), 'every tie has records')
  const activities = parseCsv((await download(page, 'csv-activities')).bytes)
  const allActivities = JSON.parse(readFileSync(new URL('../../data/activities.json', import.meta.url), 'utf8'))
  assert.equal(activities.length, allActivities.length)
  const geo = await download(page, 'geojson')
  assert.equal(geo.name, '24-cities-map.geojson')
  const collection = JSON.parse(geo.bytes.toString('utf8'))
  const layer = (features, name) => features.filter((feature) => feature.properties.layer === name)
  assert.equal(collection.type, 'FeatureCollection')
  assert.equal(layer(collection.features, 'town').length, 24)
  assert.equal(layer(collection.features, 'tie').length, ties.length)
  assert.equal(layer(collection.features, 'activity').length, activities.length)
  await page.close()

  const filtered = await open('?lang=en&country=SI&tab=network')
  const siTowns = parseCsv((await download(filtered.page, 'csv-towns')).bytes)
  assert.equal(siTowns.length, 9)
  assert.ok(siTowns.every((row) => row.country === 'SI'))
  const siIds = new Set(siTowns.map((row) => row.id))
  const siTies = parseCsv((await download(filtered.page, 'csv-ties')).bytes)
  assert.ok(siTies.length < ties.length && siTies.every((row) => siIds.has(row.source) || siIds.has(row.target)), 'ties touch a Slovene town')
  const siActivities = parseCsv((await download(filtered.page, 'csv-activities')).bytes)
  assert.ok(siActivities.length < activities.length)
  const siGeo = await download(filtered.page, 'geojson')
  assert.equal(siGeo.name, '24-cities-network-si.geojson')
  assert.equal(layer(JSON.parse(siGeo.bytes.toString('utf8')).features, 'town').length, 9)
  assert.deepEqual([...errors, ...filtered.errors], [])
  await filtered.page.close()
})

test('with the simpler SVG map (no WebGL) the menu offers the tables and says why there is no picture', async () => {
  const args = [...CHROMIUM_ARGS.filter((flag) => !/swiftshader/.test(flag)), '--disable-webgl', '--disable-3d-apis']
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addInitScript(() => window.localStorage.setItem('24cities.about.seen', '1'))
    const page = await context.newPage()
    await page.goto(`${app.server.origin}/?lang=en`)
    await waitForMapIdle(page)
    await page.locator('.svg-map').waitFor()
    await page.click('.download-button')
    for (const item of ['png-1x', 'png-2x']) {
      assert.equal(await page.locator(`[data-download="${item}"]`).getAttribute('aria-disabled'), 'true')
    }
    assert.match(await page.locator('.download-note').textContent(), /simpler map cannot be saved as a picture/)
    await page.click('[data-download="png-1x"]', { force: true })
    assert.equal(await page.locator('.download-menu').count(), 1, 'a disabled item does nothing')
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv-towns"]')])
    assert.equal(parseCsv(readFileSync(await file.path())).length, 24)
  } finally {
    await browser.close()
  }
})

/** The number of pages of a PDF Chromium wrote: its /Type /Page objects (not the /Pages tree). */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length

for (const language of ['de', 'hu']) {
  for (const town of ['ptuj', 'lendava', 'furstenfeld']) {
    test(`?town=${town} (${language}) prints as one A4 page with its map, partners, activities and sources`, async () => {
      const { page, errors } = await open(`?lang=${language}&town=${town}`)
      await page.locator('.town-panel .print-button').waitFor()
      await page.emulateMedia({ media: 'print' })
      const profile = page.locator('.print-profile')
      await profile.waitFor()
      await page.locator('.print-map[data-ready="true"]').waitFor()
      assert.ok(await profile.isVisible())
      assert.equal(await page.locator('.app-header .header-share').isVisible(), false, 'no header tools in print')
      assert.equal(await page.locator('.timeline').isVisible(), false, 'no timeline in print')
      assert.equal(await page.locator('.map canvas').isVisible(), false, 'no WebGL map in print')
      assert.equal(await profile.getAttribute('data-town'), town)
      assert.equal(await page.locator('html').getAttribute('lang'), language)
      assert.ok((await page.locator('.print-map path').count()) > 3, 'the map of its ties is drawn')
      const sources = await page.locator('.print-sources li').allTextContents()
      assert.ok(sources.length > 0 && sources.every((url) => /^https?:\/\//.test(url)), 'sources written out')
      const pdf = await page.pdf({ format: 'A4' })
      savePicture(`print-${town}-${language}.pdf`, pdf)
      assert.equal(pageCount(pdf), 1, `${town} (${language}) fits one A4 page`)
      await page.setViewportSize({ width: 794, height: 1123 })
      await saveScreenshot(page, `print-${town}-${language}`)
      assert.deepEqual(errors, [])
      await page.close()
    })
  }
}
