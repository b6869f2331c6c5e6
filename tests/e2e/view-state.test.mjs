/**
 * One view state in the URL: a link reopens the same view (tab and camera too), one action is one
 * history entry, and Back and Forward restore every field.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { openApp, useServedApp } from './browser.mjs'

const app = useServedApp({ before, after })

/** Where the map really stands, as it writes on its container after each idle. */
const mapCamera = (page) => page.locator('.map').evaluate((element) => {
  const [lon, lat] = element.dataset.center.split(',').map(Number)
  return { zoom: Number(element.dataset.zoom), lat, lon }
})
const param = async (page, name) => page.evaluate((key) => new URLSearchParams(window.location.search).get(key), name)
const mapCentre = (page) => page.evaluate(() => {
  const [zoom, lat, lon] = (new URLSearchParams(window.location.search).get('map') ?? '').split('/').map(Number)
  return { zoom, lat, lon }
})

/** Waits until the address has the given parameter value. */
async function waitForParam(page, name, value) {
  await page.waitForFunction(([key, expected]) => new URLSearchParams(window.location.search).get(key) === expected, [name, value])
}

test('a town, a tab and a zoom survive a copied link: the new page opens the same view', async () => {
  const { page, errors } = await openApp(app, '?lang=de')
  await page.getByRole('tab', { name: 'Netzwerk' }).click()
  await waitForParam(page, 'tab', 'network')
  await page.locator('.map canvas').hover()
  await page.mouse.wheel(0, -600)
  await page.waitForFunction(() => new URLSearchParams(window.location.search).has('map'))
  const camera = await mapCentre(page)
  assert.ok(camera.zoom > 7, `zoomed in (${camera.zoom})`)
  const link = page.url()
  assert.deepEqual(errors, [])
  await page.close()

  const copy = await openApp(app, link.slice(link.indexOf('?')))
  assert.equal(await copy.page.getByRole('tab', { name: 'Netzwerk' }).getAttribute('aria-selected'), 'true')
  // The map stands where the link says, not at the first view.
  const reopened = await mapCamera(copy.page)
  assert.ok(Math.abs(reopened.zoom - camera.zoom) < 0.01, `zoom ${reopened.zoom} vs ${camera.zoom}`)
  assert.ok(Math.abs(reopened.lat - camera.lat) < 1e-4 && Math.abs(reopened.lon - camera.lon) < 1e-4, JSON.stringify({ reopened, camera }))
  assert.equal(await copy.page.evaluate(() => window.location.search), link.slice(link.indexOf('?')), 'the address is kept as it came')
  assert.deepEqual(copy.errors, [])
  await copy.page.close()
})

test('one Back undoes one action: a tab, another tab, a town; Forward redoes them', async () => {
  const { page, errors } = await openApp(app, '?lang=en')
  await page.getByRole('tab', { name: 'Projects' }).click()
  await waitForParam(page, 'tab', 'projects')
  await page.getByRole('tab', { name: 'Towns' }).click()
  await waitForParam(page, 'tab', 'towns')
  await page.locator('.town-button[data-town="lendava"]').click()
  await waitForParam(page, 'town', 'lendava')
  const entries = await page.evaluate(() => history.length)

  await page.goBack()
  await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('town'))
  assert.equal(await page.locator('.town-panel').count(), 0, 'Back undid the selection only')
  assert.equal(await param(page, 'tab'), 'towns')

  await page.goBack()
  await waitForParam(page, 'tab', 'projects')
  assert.equal(await page.getByRole('tab', { name: 'Projects' }).getAttribute('aria-selected'), 'true')

  await page.goForward()
  await page.goForward()
  await waitForParam(page, 'town', 'lendava')
  await page.locator('.town-panel[data-town="lendava"]').waitFor()
  assert.equal(await page.evaluate(() => history.length), entries, 'Back and Forward add no entries')
  assert.deepEqual(errors, [])
  await page.close()
})

test('Back restores the camera of the step before, and the first view without one', async () => {
  const { page, errors } = await openApp(app, '?lang=en')
  assert.equal(await param(page, 'map'), null)
  await page.locator('.town-button[data-town="lendava"]').click()
  // Selecting a town brings it and its partners into view; the camera is written into this entry.
  await page.waitForFunction(() => new URLSearchParams(window.location.search).has('map'))
  const zoomed = await mapCentre(page)
  assert.ok(zoomed.zoom > 8, `zoomed to Lendava's ties (${zoomed.zoom})`)
  await page.goBack()
  await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('town'))
  // The map is back at the first view: all 24 towns in view.
  await page.waitForFunction(() => Number(document.querySelector('.map')?.dataset.townsInView) === 24)
  assert.deepEqual(errors, [])
  await page.close()
})
