/** Broken data in the browser: the app names file, record and field, and the rest still works. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { useServedApp, waitForMapIdle } from './browser.mjs'
import { mapState } from './page-checks.mjs'

const activities = JSON.parse(readFileSync(new URL('../../data/activities.json', import.meta.url), 'utf8'))

const app = useServedApp({ before, after })

test('a wrong town in activities.json is reported with file, record and field; the map still shows 24 towns', async () => {
  const broken = structuredClone(activities)
  const record = broken.find((activity) => activity.id === 'charter-murska-sobota-kormend-2012')
  record.towns = ['murska-sobota', 'kormend', 'ptujj']
  // The title an English reader sees: shown as text, never as HTML.
  record.title = { ...record.title, en: '<img src=x onerror="window.__injected=1">' }
  // page.route does not see what a service worker answers (a retry of the broken file would get the real one).
  const page = await app.browser.newPage({ serviceWorkers: 'block' })
  await page.route(/\/assets\/activities-[^/]*\.json$/, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
  )
  await page.goto(`${app.server.origin}/?lang=en`)
  await waitForMapIdle(page)
  const alert = page.locator('.data-problems')
  assert.match(
    await alert.textContent(),
    /data\/activities\.json: record "charter-murska-sobota-kormend-2012" field towns\[2\]: unknown town "ptujj" \(did you mean "ptuj"\?\)/,
  )
  assert.equal((await mapState(page)).townsInView, 24)
  assert.equal(await page.evaluate(() => window.__injected), undefined)
  await page.close()
})

test('a file that is not JSON is named, and the towns still show', async () => {
  // page.route does not see what a service worker answers (a retry of the broken file would get the real one).
  const page = await app.browser.newPage({ serviceWorkers: 'block' })
  await page.route(/\/assets\/links-[^/]*\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: '{ not json' }))
  await page.goto(`${app.server.origin}/?lang=en`)
  await waitForMapIdle(page)
  assert.match(await page.locator('.data-problems').textContent(), /data\/links\.json: could not be loaded \(not valid JSON/)
  assert.equal(await page.locator('.town-list button').count(), 24)
  await page.close()
})
