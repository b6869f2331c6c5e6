/**
 * A keeper's preview of a data file in a real browser: a sheet or JSON file dropped on the page (or chosen
 * with "Preview data") is read, merged and validated in the browser, shown on the map and in the lists,
 * downloadable as the JSON of data/, and gone again with "End preview". Nothing leaves the machine.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { openApp, useServedApp } from './browser.mjs'
import { mapColourCount, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })
const activities = JSON.parse(readFileSync(new URL('../../data/activities.json', import.meta.url), 'utf8'))
const links = JSON.parse(readFileSync(new URL('../../data/links.json', import.meta.url), 'utf8'))
/** A sheet as a keeper's spreadsheet writes it (BOM, semicolons): one good new activity (row 2), one bad date (row 3). */
const sheet = readFileSync(new URL('../fixtures/preview/activities.csv', import.meta.url), 'utf8')
const NEW_ACTIVITY = 'preview-test-study-visit-2025'

const listed = (page) => page.locator('.activity-list tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.activity))

/** Drops files on the page as a file manager does: dragenter, dragover and drop with the files, made in the page. */
async function dropFiles(page, files) {
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer()
    for (const { name, text, type } of dropped) transfer.items.add(new File([text], name, { type }))
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.querySelector('.map').dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }
  }, files)
}

/** The preview bar's summary, once the files are read (it says "Reading …" before). */
async function previewSummary(page) {
  const heading = page.locator('.data-preview h2', { hasText: 'Preview of' })
  await heading.waitFor()
  return (await heading.textContent()).trim()
}

/** The activity marks the map drew after its last idle (src/features/map/map-diagnostics.ts). */
const markedActivities = (page) => page.locator('.map').evaluate((element) => (element.dataset.activityPoints ?? '').split(' ').map((point) => point.split('@')[0]))

test('a dropped sheet: the bad row is named by row and column, the good activity shows, downloads as JSON, and the preview ends', async () => {
  const { page, foreign, errors } = await openApp(app, '?lang=en&tab=activities')
  await page.waitForFunction(() => Number(document.querySelector('.map')?.dataset.activityMarks) > 0)
  assert.deepEqual((await listed(page)).sort(), activities.map((activity) => activity.id).sort())

  // While files are dragged over the page, it says what a drop does.
  await page.evaluate(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File(['x'], 'activities.csv'))
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  })
  await page.locator('.preview-drop', { hasText: 'Drop CSV or JSON files to preview them on the map' }).waitFor()
  await saveScreenshot(page, 'data-preview-drag-1280')

  await dropFiles(page, [{ name: 'activities.csv', text: sheet, type: 'text/csv' }])
  const bar = page.locator('.data-preview')
  await bar.waitFor()
  assert.equal(await page.locator('.preview-drop').count(), 0, 'the drop target goes with the drop')
  assert.equal(await previewSummary(page), 'Preview of activities.csv: 1 record added, 0 changed, 1 problem')
  assert.deepEqual(await bar.locator('.data-preview-problems li').allTextContents(), [
    'activities.csv row 3, column start: "6.5.2025" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): write it as 2025-05-06',
  ])
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'data-preview-title', 'the summary takes the focus')

  // The good activity is in the list and on the map, like any other.
  await page.locator(`.activity-list tbody tr[data-activity="${NEW_ACTIVITY}"]`, { hasText: 'Test study visit to Ptuj' }).waitFor()
  assert.equal((await listed(page)).length, activities.length + 1)
  await page.waitForFunction((id) => (document.querySelector('.map')?.dataset.activityPoints ?? '').includes(`${id}@`), NEW_ACTIVITY)
  assert.ok((await markedActivities(page)).includes(NEW_ACTIVITY))
  assert.ok(await mapColourCount(page) > 8, 'the map is drawn')
  await saveScreenshot(page, 'data-preview-sheet-1280')

  // The download is the merged activities.json in the format of data/.
  const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Download activities.json' }).click()])
  assert.equal(download.suggestedFilename(), 'activities.json')
  const text = readFileSync(await download.path(), 'utf8')
  const merged = JSON.parse(text)
  assert.equal(text, `${JSON.stringify(merged, null, 2)}\n`)
  assert.deepEqual(merged.slice(0, activities.length), activities, 'the records of data/ stay as they are, in their order')
  assert.equal(merged.length, activities.length + 1)
  assert.deepEqual(merged.at(-1), {
    id: NEW_ACTIVITY,
    title: { original: 'en', sl: 'Preskusni študijski obisk na Ptuju', de: 'Test-Studienbesuch in Ptuj', hu: 'Próba tanulmányút Ptujban', en: 'Test study visit to Ptuj' },
    kind: 'study-visit',
    start: '2025-05-06',
    end: null,
    hostTown: 'ptuj',
    towns: ['ptuj', 'lenti'],
    project: null,
    description: null,
    confidence: 'high',
    sources: ['https://example.org/preview-test'],
    notes: null,
  })

  // End preview: the data of data/ again.
  await bar.getByRole('button', { name: 'End preview' }).click()
  await bar.waitFor({ state: 'detached' })
  await page.waitForFunction((count) => document.querySelectorAll('.activity-list tbody tr').length === count, activities.length)
  await page.waitForFunction((id) => !(document.querySelector('.map')?.dataset.activityPoints ?? '').includes(`${id}@`), NEW_ACTIVITY)
  assert.deepEqual((await listed(page)).sort(), activities.map((activity) => activity.id).sort())
  assert.deepEqual(foreign, [], 'nothing is sent anywhere')
  assert.deepEqual(errors, [])
  await page.close()
})

test('a JSON file chosen with "Preview data" changes a link and adds one; a reload ends the preview', async () => {
  const { page, foreign, errors } = await openApp(app, '?lang=en&tab=network')
  const before = await page.locator('.map').evaluate((element) => Number(element.dataset.linksShown))
  const changed = { ...links[0], notes: null }
  const added = { ...links[0], id: 'preview-test-link', from: 'lenti', to: 'ptuj', kind: 'partner-towns', sources: ['https://example.org/preview-test'], notes: null }
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Preview data' }).click()])
  await chooser.setFiles({ name: 'links.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([changed, added])) })
  const bar = page.locator('.data-preview')
  await bar.waitFor()
  assert.equal(await previewSummary(page), 'Preview of links.json: 1 record added, 1 changed, 0 problems')
  assert.equal(await bar.locator('.data-preview-problems').count(), 0)
  await page.waitForFunction((count) => Number(document.querySelector('.map')?.dataset.linksShown) > count, before)
  assert.match(await page.locator('.map').evaluate((element) => element.dataset.linkKeys), /lenti.*ptuj|ptuj.*lenti/)
  await saveScreenshot(page, 'data-preview-json-1280')
  const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Download links.json' }).click()])
  const merged = JSON.parse(readFileSync(await download.path(), 'utf8'))
  assert.deepEqual(merged, [changed, ...links.slice(1), added])
  // Ending it gives the focus back to "Preview data"; choosing the file again opens the same preview.
  await bar.getByRole('button', { name: 'End preview' }).click()
  await bar.waitFor({ state: 'detached' })
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Preview data')
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Preview data' }).press('Enter')])
  await again.setFiles({ name: 'links.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([changed, added])) })
  assert.match(await previewSummary(page), /^Preview of links\.json: 1 record added, 1 changed/)

  // Nothing is stored: after a reload the map shows data/ as it is.
  await page.reload()
  await page.locator('.map[data-links-shown]').waitFor()
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0)
  assert.equal(await page.locator('.data-preview').count(), 0)
  assert.deepEqual(foreign, [])
  assert.deepEqual(errors, [])
  await page.close()
})

test('on a phone the preview bar fits the screen and the map still shows', async () => {
  const { page } = await openApp(app, '?lang=en', { width: 375, height: 667 })
  await dropFiles(page, [{ name: 'activities.csv', text: sheet, type: 'text/csv' }])
  const bar = page.locator('.data-preview')
  await previewSummary(page)
  const box = await bar.boundingBox()
  assert.ok(box.width <= 375 && box.height < 667 / 2, `the bar fits: ${JSON.stringify(box)}`)
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'nothing is wider than the screen')
  await saveScreenshot(page, 'data-preview-phone-375')
  await page.close()
})
