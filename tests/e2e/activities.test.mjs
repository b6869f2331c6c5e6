/** Activities through time in a real browser: period filter, playback, cards, list, map marks. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { openApp, useServedApp } from './browser.mjs'
import { mapState, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })
const activities = JSON.parse(readFileSync(new URL('../../data/activities.json', import.meta.url), 'utf8'))
const placed = activities.filter((activity) => activity.hostTown !== null || (activity.towns.length > 0 && !activity.towns.includes('all-24')))

const open = (query, viewport) => openApp(app, query, viewport)

/** The activities the list shows, once the Activities tab (a chunk of its own) has come. */
async function listed(page) {
  await page.locator('.activity-list').waitFor()
  return page.locator('.activity-list tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.activity))
}

/**
 * The activity marks the map drew (a layer of the map, not HTML): each `{ id, x, y }` with its centre in the map's
 * pixels, as the map writes them after an idle (src/features/map/map-diagnostics.ts). Waits until there are some.
 */
async function activityMarks(page) {
  await page.waitForFunction(() => Number(document.querySelector('.map')?.dataset.activityMarks) > 0)
  const points = await page.locator('.map').evaluate((element) => element.dataset.activityPoints)
  return points.split(' ').map((point) => {
    const [id, at] = point.split('@')
    const [x, y] = at.split(',').map(Number)
    return { id, x, y }
  })
}

test('every activity is in the list, and every one with a place has a mark on the map', async () => {
  const { page, foreign } = await open('?lang=en')
  await page.click('#tab-activities')
  assert.deepEqual((await listed(page)).sort(), activities.map((activity) => activity.id).sort())
  const marks = [...new Set((await activityMarks(page)).map((mark) => mark.id))]
  assert.deepEqual(marks.sort(), placed.map((activity) => activity.id).sort())
  // Keyboards and screen readers reach each of them in the list (the map's canvas is not for them).
  assert.equal(await page.locator('.activity-list tbody tr button.link-button').count(), activities.length)
  const note = await page.locator('.whole-network-note').textContent()
  assert.match(note, /4 activities of all 24 towns/)
  const placeless = activities.filter((activity) => activity.hostTown === null && activity.towns.length === 0)
  assert.match(note, new RegExp(`${placeless.length} more have no known place`))
  await saveScreenshot(page, 'activities-timeline-1280')
  assert.deepEqual(foreign, [])
  await page.close()
})

test('a click on a mark of an activity opens its card; the pointer over it shows its title; the list opens it by keyboard', async () => {
  const { page, errors } = await open('?lang=en&tab=activities')
  const box = await page.locator('.map').boundingBox()
  const mark = (await activityMarks(page)).find((candidate) => candidate.id === 'charter-murska-sobota-kormend-2012')
  assert.ok(mark, 'the charter of Murska Sobota and Körmend has a mark')
  await page.mouse.move(box.x + mark.x, box.y + mark.y)
  await page.locator('.activity-title-popup', { hasText: 'Murska Sobota – Körmend' }).waitFor()
  assert.equal(await page.locator('.map canvas').evaluate((canvas) => getComputedStyle(canvas).cursor), 'pointer')
  await page.mouse.click(box.x + mark.x, box.y + mark.y)
  await page.locator('.activity-card[data-activity="charter-murska-sobota-kormend-2012"]').waitFor()
  assert.equal(new URL(page.url()).searchParams.get('activity'), 'charter-murska-sobota-kormend-2012')
  assert.equal(new URL(page.url()).searchParams.get('town'), null, 'the click opens the activity, not a town')
  await saveScreenshot(page, 'activity-mark-clicked-1280')
  // The same through the list, by keyboard.
  await page.keyboard.press('Escape')
  await page.locator('.activity-card').waitFor({ state: 'detached' })
  const row = page.locator('.activity-list tr[data-activity="forum24-pact-signing-2019-03-07"] button.link-button')
  await row.focus()
  await page.keyboard.press('Enter')
  await page.locator('.activity-card[data-activity="forum24-pact-signing-2019-03-07"]').waitFor()
  assert.deepEqual(errors, [])
  await page.close()
})

test('a period in 2019 shows the Forum24 signing of March 2019 and hides activities outside it', async () => {
  const { page } = await open('?lang=en&from=2019-01-01&to=2019-12-31')
  await page.click('#tab-activities')
  const ids = await listed(page)
  assert.ok(ids.includes('forum24-pact-signing-2019-03-07'))
  assert.ok(ids.includes('hu-closing-conference-lenti-2019-09'), 'September 2019 (month precision) is inside')
  assert.ok(!ids.includes('ecd-2014-bad-radkersburg'))
  assert.ok(!ids.includes('egtc-bg-rad-founding-2024-07-01'))
  assert.ok(!ids.includes('pilot-modestrasse-feldbach'), 'an undated activity cannot be placed in 2019')
  assert.match(await page.locator('.timeline-period').textContent(), /1 January 2019 – 31 December 2019/)
  await page.close()
})

test('the brush moves by keyboard and the period goes to the URL', async () => {
  const { page } = await open('?lang=en&from=2019-01-01&to=2019-12-31')
  await page.locator('.timeline .brush').focus()
  await page.keyboard.press('ArrowRight')
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2019-02-01')
  assert.equal(new URL(page.url()).searchParams.get('to'), '2020-01-31')
  await page.keyboard.press('Escape')
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('from'))
  await page.close()
})

test('playback advances the end of the period, and pause stops it', async () => {
  const { page } = await open('?lang=en')
  await page.click('.playback .play')
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') !== null)
  const first = new URL(page.url()).searchParams.get('to')
  await page.waitForFunction((previous) => {
    const to = new URL(location.href).searchParams.get('to')
    return to !== null && to > previous
  }, first)
  await page.click('.playback .play')
  const paused = new URL(page.url()).searchParams.get('to')
  await page.waitForTimeout(1600)
  assert.equal(new URL(page.url()).searchParams.get('to'), paused)
  assert.ok(paused > first, `${first} -> ${paused}`)
  await page.close()
})

test('?activity= opens the card, with its towns, project and safe source links', async () => {
  const { page } = await open('?lang=en&activity=forum24-pact-signing-2019-03-07')
  const card = page.locator('.activity-card')
  await card.waitFor()
  const text = await card.textContent()
  assert.match(text, /7 March 2019/)
  assert.match(text, /all 24 towns/)
  assert.match(text, /Hartberg/)
  for (const link of await card.locator('.sources a').all()) {
    assert.match(await link.getAttribute('href'), /^https?:\/\//)
    assert.match(await link.getAttribute('rel'), /noopener/)
  }
  await card.locator('button', { hasText: 'Hartberg' }).first().click()
  await page.locator('.town-panel[data-town="hartberg"]').waitFor()
  assert.equal(new URL(page.url()).searchParams.get('activity'), null)
  await page.close()
})

test('the town profile lists its activities by date', async () => {
  const { page } = await open('?lang=en&town=lenti')
  const dates = await page.locator('.town-activities li').evaluateAll((items) => items.map((item) => item.dataset.activity))
  assert.ok(dates.includes('hu-closing-conference-lenti-2019-09'))
  assert.ok(dates.indexOf('hu-opening-conference-zalalovo-2019') < dates.indexOf('hu-closing-conference-lenti-2019-09'))
  // The map shows Lenti selected (before and after the camera has flown to Lenti and its partners: 24 or 21 towns in view).
  await page.waitForFunction(() => document.querySelector('.map')?.dataset.selected === 'lenti')
  assert.ok((await mapState(page)).townsInView >= 2)
  await page.close()
})

test('the projects panel shows where sources disagree and filters by project', async () => {
  const { page } = await open('?lang=en')
  await page.click('#tab-projects')
  const card = page.locator('.project-card[data-project="city-cooperation-ii-si-at"]')
  assert.match(await card.locator('.conflicts').textContent(), /2017-09-01 – 2020-08-31/)
  await card.locator('button.reset').click()
  await page.waitForFunction(() => new URL(location.href).searchParams.get('project') === 'city-cooperation-ii-si-at')
  await saveScreenshot(page, 'projects-1280')
  await page.close()
})

test('activities the timeline and the map cannot place are counted there and lead to the list', async () => {
  const { page } = await open('?lang=en')
  const undated = activities.filter((activity) => activity.start === null).length
  await page.locator('.timeline-legend button', { hasText: `${undated} without a date` }).click()
  assert.equal(await page.locator('#tab-activities').getAttribute('aria-selected'), 'true')
  await page.locator('.activity-list').waitFor()
  const rows = await page.locator('.activity-list tbody tr td.date').allTextContents()
  assert.equal(rows.filter((text) => text === 'date not known').length, undated)
  await page.close()
})
