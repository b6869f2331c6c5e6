/**
 * The mayor's view in a real browser, in two languages each: Ptuj (no bilateral record), Lendava (three
 * direct partners and the Forum24 signing), Fürstenfeld (Körmend since 1967, two population counts).
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { openApp, useServedApp } from './browser.mjs'
import { mapColourCount, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })
const PHONE = { width: 375, height: 667 }
const FORUM24 = 'forum24-pact-signing-2019-03-07'

const panel = (page) => page.locator('.town-panel')
const text = async (locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()
const attributes = (locator, name) => locator.evaluateAll((items, key) => items.map((item) => item.getAttribute(key)), name)

/** Opens the town, checks the map is drawn and the panel is there, and looks at it at 1280 and 375 px. */
async function openTown(query, name) {
  const { page, foreign, errors } = await openApp(app, query)
  await panel(page).waitFor()
  assert.ok((await mapColourCount(page)) > 20, 'the map is drawn')
  await saveScreenshot(page, `${name}-1280`)
  return { page, foreign, errors }
}

async function phoneScreenshot(query, name) {
  const { page, errors } = await openApp(app, query, PHONE)
  await panel(page).waitFor()
  assert.ok((await mapColourCount(page)) > 20, 'the map is drawn on a phone')
  // The panel follows the map on a phone: scroll to it for the picture.
  await page.locator('#town-network-title').scrollIntoViewIfNeeded()
  await saveScreenshot(page, `${name}-375`)
  await page.locator('#town-groups-title').evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await saveScreenshot(page, `${name}-groups-375`)
  assert.deepEqual(errors, [])
  await page.close()
}

for (const [language, words] of [
  ['en', { direct: '0 direct partners', groups: '0 groups', wide: /^Network-wide: 5 records$/, rank: '21st of 24, tied with 3 other towns', forbidden: /partner towns/i }],
  ['sl', { direct: '0 neposrednih partnerjev', groups: '0 skupin', wide: /^Na ravni mreže: 5 zapisov$/, rank: '21. od 24, izenačeno s še 3 mesti', forbidden: /partnerska mesta/i }],
]) {
  test(`?town=ptuj (${language}): 0 direct partners, its groups and its network-wide records`, async () => {
    const { page, foreign, errors } = await openTown(`?lang=${language}&town=ptuj`, `mayor-ptuj-${language}`)
    const view = panel(page).locator('.town-network')
    assert.equal(await text(view.locator('#town-direct-title')), words.direct)
    assert.equal(await view.locator('ol.partners').count(), 0)
    assert.equal(await text(view.locator('#town-groups-title')), words.groups)
    const wide = view.locator('details.network-wide')
    assert.match(await text(wide.locator(':scope > summary')), words.wide)
    await wide.locator(':scope > summary').click()
    const records = await attributes(wide.locator('[data-evidence]'), 'data-evidence')
    assert.equal(records.length, 5)
    assert.ok(records.includes(FORUM24), 'the Forum24 signing is one of them')
    assert.ok(records.includes('city-cooperation-ii-si-at'))
    assert.equal(await text(view.locator('[data-rank]')), words.rank)
    assert.doesNotMatch(await text(panel(page)), words.forbidden)
    assert.doesNotMatch(await text(panel(page)), /betweenness|vmesnost/i)
    await saveScreenshot(page, `mayor-ptuj-${language}-wide-1280`)
    assert.deepEqual(foreign, [])
    assert.deepEqual(errors, [])
    await page.close()
  })
}

for (const [language, words] of [
  ['en', { direct: '3 direct partners', twinning: /Town twinning.*since 5 February 2016 · no end date known/, activities: /^\d+ activities$/ }],
  ['hu', { direct: '3 közvetlen partner', twinning: /Testvérvárosi kapcsolat.*2016\. február 5\. óta · a befejezés dátuma nem ismert/, activities: /^\d+ tevékenység$/ }],
]) {
  test(`?town=lendava (${language}): Szentgotthárd (twinning 2016), Murska Sobota, Bad Radkersburg, and the Forum24 signing`, async () => {
    const { page, errors } = await openTown(`?lang=${language}&town=lendava`, `mayor-lendava-${language}`)
    const view = panel(page).locator('.town-network')
    assert.equal(await text(view.locator('#town-direct-title')), words.direct)
    const partners = await attributes(view.locator('ol.partners > li'), 'data-partner')
    assert.deepEqual([...partners].sort(), ['bad-radkersburg', 'murska-sobota', 'szentgotthard'])
    // Each bar's number is the number of records listed beside it.
    for (const town of partners) {
      const item = view.locator(`ol.partners > li[data-partner="${town}"]`)
      const value = Number(await text(item.locator('.partner-weight .value')))
      assert.equal(await item.locator('[data-evidence]').count(), value, `${town}: bar and records agree`)
    }
    const szentgotthard = view.locator('ol.partners > li[data-partner="szentgotthard"]')
    await szentgotthard.locator('summary').first().click()
    const twinning = szentgotthard.locator('[data-evidence="szentgotthard-lendava-town-twinning"]')
    assert.match(await text(twinning), words.twinning)
    assert.equal(await twinning.locator('[data-mark="confidence"]').count(), 1, 'its medium confidence is marked')
    // Its activities include those of all 24 towns, and no filter is set.
    const activities = await attributes(panel(page).locator('.town-activities > li'), 'data-activity')
    assert.ok(activities.includes(FORUM24), 'the Forum24 signing is among its activities')
    assert.match(await text(panel(page).locator('#town-activities-title')), words.activities)
    await twinning.scrollIntoViewIfNeeded()
    await saveScreenshot(page, `mayor-lendava-${language}-twinning-1280`)
    assert.deepEqual(errors, [])
    await page.close()
  })
}

test('?town=lendava with a period says "in the current filter"', async () => {
  const { page } = await openApp(app, '?lang=en&town=lendava&from=2019-01-01&to=2019-12-31')
  await panel(page).waitFor()
  assert.match(await text(panel(page).locator('#town-activities-title')), /^\d+ activit(y|ies) in the current filter$/)
  await page.close()
})

for (const [language, words] of [
  ['en', { twinning: /Town twinning.*since 1967 · no end date known/, notes: 'Notes from the sources', counts: [/8,902/, /8,848/] }],
  ['de', { twinning: /Städtepartnerschaft.*seit 1967 · kein Enddatum bekannt/, notes: 'Anmerkungen aus den Quellen', counts: [/8\.902/, /8\.848/] }],
]) {
  test(`?town=furstenfeld (${language}): Körmend a direct partner since 1967, the groups, the population note`, async () => {
    const { page, errors } = await openTown(`?lang=${language}&town=furstenfeld`, `mayor-furstenfeld-${language}`)
    const view = panel(page).locator('.town-network')
    assert.deepEqual(await attributes(view.locator('ol.partners > li'), 'data-partner'), ['kormend'])
    const kormend = view.locator('ol.partners > li[data-partner="kormend"]')
    await kormend.locator('summary').first().click()
    assert.match(await text(kormend.locator('[data-evidence="furstenfeld-kormend-town-twinning"]')), words.twinning)
    assert.ok((await view.locator('ol.groups > li').count()) > 0, 'the East Styrian groups are listed')
    await view.locator('ol.groups > li').first().evaluate((element) => element.scrollIntoView({ block: 'start' }))
    await saveScreenshot(page, `mayor-furstenfeld-${language}-groups-1280`)
    const notes = panel(page).locator('details.town-notes')
    assert.equal(await text(notes.locator(':scope > summary')), words.notes)
    // Folded: read with textContent, then open it and look.
    const note = await notes.evaluate((element) => element.textContent)
    // The notes in the reader's language (German numbers in the German translation).
    for (const count of words.counts) assert.match(note, count)
    await notes.locator(':scope > summary').click()
    await notes.scrollIntoViewIfNeeded()
    await saveScreenshot(page, `mayor-furstenfeld-${language}-notes-1280`)
    assert.deepEqual(errors, [])
    await page.close()
  })
}

test('an activity card marks an inferred date and medium confidence', async () => {
  const { page } = await openApp(app, '?lang=en&activity=hu-opening-conference-zalalovo-2019')
  const card = page.locator('.activity-card')
  await card.waitFor()
  assert.deepEqual(await card.locator('[data-mark]').allTextContents(), ['medium confidence', 'date inferred from the source'])
  await saveScreenshot(page, 'activity-card-marks-1280')
  await page.close()
})

test('on a phone the mayor\'s view of Ptuj, Lendava and Fürstenfeld is readable', async () => {
  await phoneScreenshot('?lang=sl&town=ptuj', 'mayor-ptuj-sl')
  await phoneScreenshot('?lang=hu&town=lendava', 'mayor-lendava-hu')
  await phoneScreenshot('?lang=de&town=furstenfeld', 'mayor-furstenfeld-de')
})
