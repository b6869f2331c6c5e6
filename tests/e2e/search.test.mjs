/**
 * Find: the search box in the header finds towns by any of their names (with or without diacritics and
 * case), its text lives in `?q=`, choosing a result is one history entry; the active filters show as
 * chips that remove them, and a filter that matches nothing says so.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { openApp, useServedApp } from './browser.mjs'
import { mapColourCount, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })
const PHONE = { width: 375, height: 667 }

const param = (page, name) => page.evaluate((key) => new URLSearchParams(window.location.search).get(key), name)
const waitForParam = (page, name, value) =>
  page.waitForFunction(([key, expected]) => new URLSearchParams(window.location.search).get(key) === expected, [name, value])
const box = (page) => page.getByRole('search').getByRole('combobox')
const options = (page) => page.getByRole('listbox').getByRole('option')

/** Types as a person does, key by key, and waits for the list. */
async function typeQuery(page, text) {
  await box(page).click()
  await box(page).pressSequentially(text, { delay: 15 })
  await waitForParam(page, 'q', text)
  await options(page).first().waitFor()
}

test('"pettau": the first option is Ptuj, choosing it opens its panel in one history entry; Back brings the search back', async () => {
  const { page, errors } = await openApp(app, '?lang=en')
  const entries = await page.evaluate(() => history.length)
  await typeQuery(page, 'pettau')
  assert.equal(await page.evaluate(() => history.length), entries, 'typing replaces the entry')
  assert.equal(await box(page).getAttribute('aria-expanded'), 'true')
  const first = options(page).first()
  assert.equal(((await first.textContent()) ?? '').trim(), 'Ptuj — Pettau, Slovenia')
  // The count is announced once typing pauses.
  await page.waitForFunction(() => /^\d+ results?$/.test(document.querySelector('.search-status')?.textContent ?? ''))
  await first.click()
  await page.locator('.town-panel[data-town="ptuj"]').waitFor()
  assert.equal(await param(page, 'town'), 'ptuj')
  assert.equal(await param(page, 'q'), null, 'the search is done with')
  assert.equal(await page.evaluate(() => history.length), entries + 1, 'one entry for the choice')
  assert.equal(await box(page).inputValue(), '')

  await page.goBack()
  await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('town'))
  assert.equal(await param(page, 'q'), 'pettau')
  assert.equal(await box(page).inputValue(), 'pettau')
  assert.equal(await page.locator('.town-panel').count(), 0)
  assert.deepEqual(errors, [])
  await page.close()
})

test('"muraszombat" in the Hungarian UI, by keyboard: ArrowDown and Enter select Murska Sobota', async () => {
  const { page, errors } = await openApp(app, '?lang=hu')
  assert.equal(await box(page).getAttribute('placeholder'), 'Város, projekt vagy tevékenység keresése')
  await typeQuery(page, 'muraszombat')
  assert.equal(((await options(page).first().textContent()) ?? '').trim(), 'Murska Sobota (Muraszombat), Szlovénia')
  await page.keyboard.press('ArrowDown')
  const active = await box(page).getAttribute('aria-activedescendant')
  assert.equal(await page.locator(`[id="${active}"]`).getAttribute('data-id'), 'murska-sobota')
  await page.keyboard.press('Enter')
  await page.locator('.town-panel[data-town="murska-sobota"]').waitFor()
  assert.equal(await param(page, 'town'), 'murska-sobota')
  assert.deepEqual(errors, [])
  await page.close()
})

test('"FURSTENFELD" in capitals and without the umlaut finds Fürstenfeld; Escape closes the list, then clears the text, and leaves the panel open', async () => {
  const { page, errors } = await openApp(app, '?lang=de&town=lendava')
  await page.locator('.town-panel[data-town="lendava"]').waitFor()
  await typeQuery(page, 'FURSTENFELD')
  assert.equal(await options(page).first().getAttribute('data-id'), 'furstenfeld')
  await page.keyboard.press('Escape')
  assert.equal(await box(page).getAttribute('aria-expanded'), 'false')
  assert.equal(await box(page).inputValue(), 'FURSTENFELD')
  await page.keyboard.press('Escape')
  assert.equal(await box(page).inputValue(), '')
  await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('q'))
  assert.equal(await page.locator('.town-panel[data-town="lendava"]').count(), 1, 'the search handled both presses')

  await typeQuery(page, 'FURSTENFELD')
  await options(page).first().click()
  await page.locator('.town-panel[data-town="furstenfeld"]').waitFor()
  assert.equal(await param(page, 'town'), 'furstenfeld')
  assert.deepEqual(errors, [])
  await page.close()
})

test('?q=luttenberg shows the text in the box; a click on it lists Ljutomer first', async () => {
  const { page, errors } = await openApp(app, '?lang=en&q=luttenberg')
  assert.equal(await box(page).inputValue(), 'luttenberg')
  assert.equal(await box(page).getAttribute('aria-expanded'), 'false', 'the list waits to be asked for')
  await box(page).click()
  assert.equal(await options(page).first().getAttribute('data-id'), 'ljutomer')
  assert.deepEqual(errors, [])
  await page.close()
})

test('a chip removes its filter alone, on any tab; "Clear all" removes them all', async () => {
  const { page, errors } = await openApp(app, '?lang=en&tab=projects&country=SI,HU&kinds=town-twinning,project&from=2017-01-01&to=2019-12-31')
  const strip = page.getByRole('region', { name: 'Filtered by' })
  await strip.waitFor()
  const chips = () => strip.getByRole('button', { name: /^Remove filter: / }).evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')))
  const names = await chips()
  assert.deepEqual(names.slice(0, 4), ['Remove filter: Town twinning', 'Remove filter: Project', 'Remove filter: Slovenia', 'Remove filter: Hungary'])
  assert.match(names[4], /^Remove filter: 2017\s?–\s?2019$/)
  assert.equal(names.length, 5)
  await saveScreenshot(page, 'search-chips-1280')
  await strip.getByRole('button', { name: 'Remove filter: Slovenia' }).click()
  await waitForParam(page, 'country', 'HU')
  assert.equal(await param(page, 'kinds'), 'town-twinning,project', 'the other filters stay')
  assert.equal(await param(page, 'tab'), 'projects')
  assert.equal((await chips()).length, 4)
  await strip.getByRole('button', { name: 'Clear all' }).click()
  await page.waitForFunction(() => ['country', 'kinds', 'from', 'to'].every((key) => !new URLSearchParams(window.location.search).has(key)))
  assert.equal(await param(page, 'tab'), 'projects')
  assert.equal(await strip.count(), 0, 'no strip without filters')
  assert.deepEqual(errors, [])
  await page.close()
})

test('a filter that matches nothing says so and clears itself on request', async () => {
  const { page, errors } = await openApp(app, '?lang=en&from=1950-01-01&to=1950-12-31')
  const message = page.locator('.filters-nothing')
  await message.waitFor()
  assert.match((await message.textContent()) ?? '', /Nothing matches these filters: no tie and no activity\./)
  await saveScreenshot(page, 'search-nothing-1280')
  await page.getByRole('button', { name: 'Clear the filters' }).click()
  await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('from'))
  assert.equal(await message.count(), 0)
  assert.deepEqual(errors, [])
  await page.close()
})

for (const [viewport, name] of [[{ width: 1280, height: 800 }, '1280'], [PHONE, '375']]) {
  test(`the open list at ${name} px: in the header, over the map, nothing wider than the screen`, async () => {
    const { page, errors } = await openApp(app, '?lang=sl&country=SI', viewport)
    await typeQuery(page, 'sobota')
    const input = await box(page).boundingBox()
    const list = await page.getByRole('listbox').boundingBox()
    const header = await page.locator('.app-header').boundingBox()
    assert.ok(input.y >= header.y && input.y + input.height <= header.y + header.height, 'the box is in the header')
    assert.ok(input.height >= 44, `a finger-sized box (${input.height} px)`)
    assert.ok(list.x >= 0 && list.x + list.width <= viewport.width, `the list fits the width (${list.x}, ${list.width})`)
    assert.ok(list.y >= input.y + input.height, 'the list hangs under the box')
    if (name === '375') {
      assert.ok(input.width >= 150, `room to type on a phone (${input.width} px)`)
      assert.ok(list.width >= 375 - 2 * 16, `the list takes the width of a phone (${list.width} px)`)
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the screen')
    // The list is on top: the element at its centre belongs to it, not to the map.
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="listbox"]') !== null, { x: list.x + list.width / 2, y: list.y + 20 })
    assert.ok(onTop, 'the list is drawn over the map')
    assert.ok((await mapColourCount(page)) > 20, 'the map is drawn')
    await saveScreenshot(page, `search-list-${name}`)
    assert.deepEqual(errors, [])
    await page.close()
  })
}

test('on a phone the chips scroll sideways in one row, finger-sized, and the "nothing matches" message fits', async () => {
  const { page, errors } = await openApp(app, '?lang=de&country=AT,SI&kinds=town-twinning,egtc,project&from=1950-01-01&to=1950-12-31', PHONE)
  const strip = page.getByRole('region', { name: 'Gefiltert nach' })
  await strip.waitFor()
  await page.locator('.filters-nothing').waitFor()
  const chip = await strip.getByRole('button', { name: 'Filter entfernen: Österreich' }).boundingBox()
  assert.ok(chip.height >= 44, `a finger-sized chip (${chip.height} px)`)
  const row = await strip.locator('.filter-chips').evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }))
  assert.ok(row.scroll > row.client, 'more chips than the screen is wide: the row scrolls')
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the screen')
  const message = await page.locator('.filters-nothing').boundingBox()
  assert.ok(message.x >= 0 && message.x + message.width <= PHONE.width, 'the message fits the width')
  await saveScreenshot(page, 'search-chips-nothing-375')
  assert.deepEqual(errors, [])
  await page.close()
})
