/**
 * Forum24 on a projector: `?present=1` shows the tour of data/tour.json full screen at 1920x1080, steps move
 * with the keys clickers send (and the step is in the URL), text is large, the presenter's window
 * (`&notes=1`) follows the projector's and leads it, a kiosk (`&auto=`) moves by itself, and the first visit
 * to the explorer opens "About this network" once.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { openApp, useServedApp, waitForMapIdle } from './browser.mjs'
import { mapColourCount, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })
const tour = JSON.parse(readFileSync(new URL('../../data/tour.json', import.meta.url), 'utf8'))
const STEPS = tour.steps.length
const PROJECTOR = { width: 1920, height: 1080 }

/** The step the page shows: from the URL and from the caption. */
async function shownStep(page) {
  return page.evaluate(() => ({
    url: new URL(window.location.href).searchParams.get('step'),
    id: document.querySelector('.present')?.getAttribute('data-step') ?? document.querySelector('.presenter')?.getAttribute('data-step'),
    title: document.querySelector('#present-title, #presenter-current-title')?.textContent ?? null,
  }))
}

const stepId = (number) => tour.steps[number - 1].id

async function waitForStep(page, number) {
  await page.waitForFunction((id) => (document.querySelector('.present, .presenter')?.getAttribute('data-step') ?? null) === id, stepId(number), { timeout: 15_000 })
}

test('?present=1 opens step 1 full screen, large and without the explorer around it; keys move through the tour', async () => {
  const { page, errors } = await openApp(app, '?present=1&lang=en', PROJECTOR)
  assert.deepEqual(await shownStep(page), { url: null, id: stepId(1), title: tour.steps[0].title.en })
  const layout = await page.evaluate(() => ({
    header: document.querySelectorAll('.app-header').length,
    tabs: document.querySelectorAll('[role="tablist"]').length,
    overflowY: document.documentElement.scrollHeight - window.innerHeight,
    title: parseFloat(getComputedStyle(document.querySelector('#present-title')).fontSize),
    text: parseFloat(getComputedStyle(document.querySelector('.present-text')).fontSize),
  }))
  assert.equal(layout.header, 0)
  assert.equal(layout.tabs, 0, 'no sidebar on a step that does not ask for it')
  assert.ok(layout.overflowY <= 0, 'nothing to scroll')
  assert.ok(layout.title >= 40 && layout.text >= 28, `text at least 28 px at 1920x1080 (${JSON.stringify(layout)})`)
  assert.ok((await mapColourCount(page)) > 12, 'the map is drawn')
  await saveScreenshot(page, 'present-step-1')

  await page.keyboard.press('ArrowRight')
  await waitForStep(page, 2)
  assert.equal((await shownStep(page)).url, '2', 'the step is in the URL')
  await page.keyboard.press('PageDown')
  await waitForStep(page, 3)
  await page.keyboard.press('Space')
  await waitForStep(page, 4)
  await page.keyboard.press('PageUp')
  await waitForStep(page, 3)
  await page.keyboard.press('ArrowLeft')
  await waitForStep(page, 2)
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'Space and PageDown did not scroll the page')
  await page.keyboard.press('End')
  await waitForStep(page, STEPS)
  await page.keyboard.press('ArrowRight')
  await page.waitForTimeout(300)
  assert.equal((await shownStep(page)).id, stepId(STEPS), 'next on the last step stays there')
  await page.keyboard.press('Home')
  await waitForStep(page, 1)
  assert.deepEqual(errors, [])
})

test('a step in German from a link: its words, its towns in view; B blacks the screen, Esc leaves for the explorer at that view', async () => {
  const number = tour.steps.findIndex((step) => step.view.includes('activity=')) + 1
  const { page, errors } = await openApp(app, `?present=1&step=${number}&lang=de`, PROJECTOR)
  await waitForStep(page, number)
  assert.equal((await shownStep(page)).title, tour.steps[number - 1].title.de)
  await page.waitForFunction(() => document.querySelector('.map')?.getAttribute('data-map-ready') === 'true')
  await page.waitForTimeout(2500) // the camera's flight to the step's towns
  await saveScreenshot(page, `present-step-${number}-de`)

  await page.keyboard.press('b')
  await page.locator('.present-blank').waitFor()
  const black = await page.evaluate(() => getComputedStyle(document.querySelector('.present-blank')).backgroundColor)
  assert.equal(black, 'rgb(0, 0, 0)')
  await page.keyboard.press('.')
  await page.locator('.present-blank').waitFor({ state: 'detached' })

  await page.keyboard.press('Escape')
  await page.locator('.app-header').waitFor()
  const url = new URL(page.url())
  assert.equal(url.searchParams.get('present'), null)
  assert.equal(url.searchParams.get('lang'), 'de')
  const view = new URLSearchParams(tour.steps[number - 1].view)
  for (const [key, value] of view) assert.equal(url.searchParams.get(key), value, `the explorer keeps the step's ${key}`)
  assert.deepEqual(errors, [])
})

test('the presenter\'s window (?notes=1) follows the projector\'s and leads it', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const projector = await context.newPage()
    await projector.setViewportSize(PROJECTOR)
    await projector.goto(`${app.server.origin}/?present=1&lang=en`)
    await waitForMapIdle(projector)
    const notes = await context.newPage()
    await notes.goto(`${app.server.origin}/?present=1&notes=1&lang=en`)
    await notes.locator('.presenter').waitFor()
    await waitForStep(notes, 1)
    const text = await notes.locator('.presenter').textContent()
    assert.ok(text.includes(tour.steps[1].title.en), 'it shows the next step')
    assert.ok(/\d{2}:\d{2}:\d{2}/.test(text), 'and a clock')

    await projector.bringToFront()
    await projector.keyboard.press('ArrowRight')
    await waitForStep(projector, 2)
    await waitForStep(notes, 2)
    await notes.bringToFront()
    await notes.keyboard.press('PageDown')
    await waitForStep(notes, 3)
    await waitForStep(projector, 3)
    assert.equal(new URL(projector.url()).searchParams.get('step'), '3')
    await saveScreenshot(notes, 'present-notes')
  } finally {
    await context.close()
  }
})

test('a kiosk (?auto=5) moves on by itself and loops; a key pauses it', async () => {
  const { page } = await openApp(app, `?present=1&auto=5&step=${STEPS}&lang=hu`, PROJECTOR)
  // It may have moved on while the map loaded: wait until it has looped round to the first step.
  await page.waitForFunction((id) => document.querySelector('.present')?.getAttribute('data-step') === id, stepId(1), { timeout: 60_000, polling: 100 })
  await page.keyboard.press('Shift')
  await page.locator('.present-paused').waitFor()
  const paused = (await shownStep(page)).id
  await page.waitForTimeout(6000)
  assert.equal((await shownStep(page)).id, paused, 'paused by the key')
})

test('a first visit opens "About this network" from the tour, once; the header reopens it', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, firstVisit: true })
  try {
    const page = await context.newPage()
    await page.goto(`${app.server.origin}/?lang=sl`)
    const dialog = page.getByRole('dialog', { name: 'O tej mreži' })
    await dialog.waitFor()
    assert.ok((await dialog.textContent()).includes(tour.steps[0].title.sl))
    await saveScreenshot(page, 'about-first-visit')
    const tourLink = await dialog.getByRole('link').getAttribute('href')
    assert.equal(new URL(tourLink).searchParams.get('present'), '1')
    assert.equal(new URL(tourLink).searchParams.get('lang'), 'sl')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await page.reload()
    await waitForMapIdle(page)
    assert.equal(await page.getByRole('dialog').count(), 0, 'not again once dismissed')
    await page.getByRole('button', { name: 'O mreži' }).click()
    await dialog.waitFor()
  } finally {
    await context.close()
  }
})
