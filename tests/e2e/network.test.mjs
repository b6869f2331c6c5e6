/** Partner links and the network in a real browser: mayor's view, filters in the URL, figures, export. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { openApp, useServedApp, waitForMapIdle } from './browser.mjs'
import { mapColourCount, mapDataset, mapState, saveScreenshot, waitForMapChange } from './page-checks.mjs'

const app = useServedApp({ before, after })
const ids = new Set(
  ['links.json', 'projects.json', 'activities.json'].flatMap((file) =>
    JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')).map((record) => record.id),
  ),
)

const open = (query, viewport) => openApp(app, query, viewport)

const headline = async (page, label) =>
  Number((await page.locator('.headline-figures div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').textContent()).trim())

test('the map draws the partner links, and a screenshot shows them', async () => {
  const { page, foreign } = await open('?lang=en')
  const state = await mapState(page)
  assert.ok(state.linksShown > 20, `links drawn: ${state.linksShown}`)
  assert.ok((await mapColourCount(page)) > 20)
  await saveScreenshot(page, 'network-links-1280')
  assert.deepEqual(foreign, [])
  await page.close()
})

test("?town=ptuj shows Ptuj's partners, each with records that exist in data/", async () => {
  const { page } = await open('?lang=en&town=ptuj')
  const partners = page.locator('.town-panel .partners > li')
  assert.ok((await partners.count()) > 0)
  const ormoz = page.locator('.town-panel .partners > li[data-partner="ormoz"]')
  assert.equal(await ormoz.count(), 1, 'Ormož works with Ptuj in City Cooperation II SI-AT')
  await ormoz.locator('summary').click()
  const evidence = await ormoz.locator('[data-evidence]').evaluateAll((items) => items.map((item) => item.dataset.evidence))
  assert.ok(evidence.length > 0)
  for (const id of evidence) assert.ok(ids.has(id), `evidence ${id} is a record in data/`)
  assert.match(await page.locator('.town-panel .standing').textContent(), /of 24/)
  await waitForMapIdle(page)
  await saveScreenshot(page, 'mayor-ptuj-1280')
  await page.close()
})

test('a country filter changes the links and the figures, lives in the URL and survives a reload', async () => {
  const { page } = await open('?lang=en')
  await page.click('#tab-network')
  const linksBefore = await headline(page, 'Links')
  const drawnBefore = (await mapState(page)).linksShown
  const stateBefore = await mapDataset(page)
  await page.locator('.filters-box summary').click()
  await page.locator('input[name="country"][value="AT"]').uncheck()
  await page.locator('input[name="country"][value="HU"]').uncheck()
  assert.equal(new URL(page.url()).searchParams.get('country'), 'SI')
  const linksAfter = await headline(page, 'Links')
  assert.ok(linksAfter < linksBefore, `links ${linksBefore} -> ${linksAfter}`)
  await waitForMapChange(page, stateBefore)
  await page.waitForFunction((before) => Number(document.querySelector('.map').dataset.linksShown) < before, drawnBefore)
  await saveScreenshot(page, 'network-filter-si-1280')
  await page.reload()
  await waitForMapIdle(page)
  await page.click('#tab-network')
  assert.equal(await headline(page, 'Links'), linksAfter)
  assert.equal(await page.locator('input[name="country"][value="AT"]').isChecked(), false)
  await page.close()
})

test('the matrix and the ranking are readable as text', async () => {
  const { page } = await open('?lang=en')
  await page.click('#tab-network')
  const cells = await page.locator('.country-matrix td[data-cell]').allTextContents()
  assert.equal(cells.length, 9)
  assert.ok(cells.every((cell) => /^\d+$/.test(cell.trim())))
  const values = await page.locator('.degree-chart .degree-value').allTextContents()
  const numbers = values.map(Number)
  assert.deepEqual([...numbers].sort((a, b) => b - a), numbers, 'bars are ranked')
  await page.close()
})

test('the export button downloads the current network as JSON', async () => {
  const { page } = await open('?lang=en&country=HU')
  await page.click('#tab-network')
  await page.selectOption('.export-menu select', 'json')
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export-menu button')])
  const text = readFileSync(await download.path(), 'utf8')
  const network = JSON.parse(text)
  assert.ok(network.nodes.length > 0)
  assert.ok(network.edges.every((edge) => edge.evidence.every((id) => ids.has(id))))
  assert.ok(network.edges.every((edge) => [edge.source, edge.target].some((town) => network.nodes.find((node) => node.id === town)?.country === 'HU')))
  await page.close()
})

/** The middle of a link's curve, as src/domain/network/link-geometry.ts draws it (bend 0.18, from the smaller id). */
function curveMiddle([lon0, lat0], [lon1, lat1], bend = 0.18) {
  const mercator = (lat) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI
  const [y0, y1] = [mercator(lat0), mercator(lat1)]
  const [dx, dy] = [lon1 - lon0, y1 - y0]
  const x = (lon0 + lon1) / 2 - 0.5 * dy * bend
  const y = (y0 + y1) / 2 + 0.5 * dx * bend
  return [x, (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90]
}

test('hovering a link shows its evidence: the records with dates and source links', async () => {
  const { page } = await open('?lang=en')
  const towns = JSON.parse(readFileSync(new URL('../../data/cities.geojson', import.meta.url), 'utf8')).features
  const at = (id) => towns.find((feature) => feature.properties.id === id).geometry.coordinates
  const { pixelOf } = await import('./page-checks.mjs')
  const [lon, lat] = curveMiddle(at('friedberg'), at('ljutomer'))
  const point = await pixelOf(page, lon, lat)
  await page.mouse.move(point.x, point.y)
  const popup = page.locator('.link-popup')
  await popup.waitFor()
  assert.match(await popup.textContent(), /Friedberg – Ljutomer/)
  assert.match(await popup.textContent(), /Partner municipalities/)
  await page.mouse.click(point.x, point.y)
  const source = popup.locator('a').first()
  assert.match(await source.getAttribute('href'), /^https?:\/\//)
  assert.equal(await source.getAttribute('target'), '_blank')
  await saveScreenshot(page, 'link-popup-1280')
  await page.close()
})
