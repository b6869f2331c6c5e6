/** The map in a real browser: idle, towns and labels in view, pixels, screenshots, no foreign request. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { openApp, useServedApp, waitForMapIdle } from './browser.mjs'
import { mapColourCount, mapState, pixelOf, saveScreenshot } from './page-checks.mjs'

const towns = JSON.parse(readFileSync(new URL('../../data/cities.geojson', import.meta.url), 'utf8')).features
const ptuj = towns.find((feature) => feature.properties.id === 'ptuj')

const app = useServedApp({ before, after })

const open = (query, viewport) => openApp(app, query, viewport)

describe('map on a 1280x800 screen', () => {
  test('reaches idle with all 24 towns and all 24 labels in the first view, drawn in colour', async () => {
    const { page, foreign, errors } = await open('?lang=en')
    const state = await mapState(page)
    assert.equal(state.townsInView, 24)
    assert.equal(state.labelsShown, 24)
    assert.ok((await mapColourCount(page)) > 20, 'the map canvas shows more than a few colours')
    await saveScreenshot(page, 'map-1280-en')
    assert.deepEqual(foreign, [])
    assert.deepEqual(errors, [])
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

  test('a click on a town circle opens its panel and puts the town in the URL', async () => {
    const { page } = await open('?lang=en')
    const [lon, lat] = ptuj.geometry.coordinates
    const point = await pixelOf(page, lon, lat)
    await page.mouse.click(point.x, point.y)
    const panel = page.locator('.town-panel')
    await panel.waitFor()
    assert.equal(await panel.getAttribute('data-town'), 'ptuj')
    assert.match(await panel.textContent(), /23[,.\s\u00a0]?611 \(2021\)/)
    assert.equal(new URL(page.url()).searchParams.get('town'), 'ptuj')
    await waitForMapIdle(page)
    await saveScreenshot(page, 'panel-ptuj-1280')
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
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
    assert.ok((await mapColourCount(page)) > 20)
    await saveScreenshot(page, 'map-375-sl')
    assert.deepEqual(foreign, [])
    await page.close()
  })
})
