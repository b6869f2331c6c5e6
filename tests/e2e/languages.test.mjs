/** Four languages in a real browser: the URL decides, the switcher changes it, names follow. */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { useServedApp, waitForMapIdle } from './browser.mjs'
import { recordForeignRequests, saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })

const CASES = [
  { lang: 'de', town: 'ptuj', name: 'Ptuj (Pettau)', title: 'Netzwerk der 24 Städte' },
  { lang: 'hu', town: 'murska-sobota', name: 'Murska Sobota (Muraszombat)', title: 'A 24 város hálózata' },
  { lang: 'sl', town: 'szentgotthard', name: 'Szentgotthárd (Monošter)', title: 'Mreža 24 mest' },
  { lang: 'en', town: 'ptuj', name: 'Ptuj', title: '24 Cities network' },
]

for (const { lang, town, name, title } of CASES) {
  test(`?lang=${lang} shows the names a ${lang} reader expects`, async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${app.server.origin}/?lang=${lang}&town=${town}`)
    await waitForMapIdle(page)
    assert.equal(await page.locator('html').getAttribute('lang'), lang)
    assert.equal((await page.locator('h1').textContent()).trim(), title)
    assert.equal((await page.locator(`.town-list button[data-town="${town}"]`).textContent()).trim(), name)
    assert.equal((await page.locator('#town-panel-title').textContent()).trim(), name)
    if (lang === 'de') await saveScreenshot(page, 'panel-ptuj-de')
    await page.close()
  })
}

test('without ?lang the browser language decides, and the switcher changes language and URL', async () => {
  const context = await app.browser.newContext({ locale: 'hu-HU', viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const foreign = recordForeignRequests(page, app.server.origin)
  await page.goto(`${app.server.origin}/`)
  await waitForMapIdle(page)
  assert.equal(await page.locator('html').getAttribute('lang'), 'hu')
  await page.locator('.language-switcher button[lang="de"]').click()
  await page.locator('html[lang="de"]').waitFor()
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'de')
  assert.equal((await page.locator('h1').textContent()).trim(), 'Netzwerk der 24 Städte')
  await page.reload()
  await waitForMapIdle(page)
  assert.equal(await page.locator('html').getAttribute('lang'), 'de')
  assert.deepEqual(foreign, [])
  await context.close()
})

test('an unknown browser language falls back to English', async () => {
  const context = await app.browser.newContext({ locale: 'fr-FR' })
  const page = await context.newPage()
  await page.goto(`${app.server.origin}/`)
  await waitForMapIdle(page)
  assert.equal(await page.locator('html').getAttribute('lang'), 'en')
  await context.close()
})

test('the records\' own texts in the reader\'s language: a translation marked, its original one click away with its lang', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
  // The Zalalövő opening conference: a Hungarian title, an English research description.
  await page.goto(`${app.server.origin}/?lang=de&activity=hu-opening-conference-zalalovo-2019`)
  await waitForMapIdle(page)
  const heading = page.locator('#activity-card-title')
  assert.equal(await heading.getAttribute('lang'), 'de')
  const german = (await heading.textContent()).trim()
  assert.ok(german.startsWith('Auftaktkonferenz'), german)
  const mark = page.locator('.activity-card .translation .translation-mark')
  assert.match(await mark.textContent(), /Ungarisch/)
  assert.equal(await mark.getAttribute('aria-pressed'), 'false')
  await saveScreenshot(page, 'activity-translated-de')
  await mark.click()
  assert.equal(await mark.getAttribute('aria-pressed'), 'true')
  const original = heading.locator('[lang="hu"]')
  assert.ok((await original.textContent()).includes('Zalalövő'), 'the Hungarian original')
  // The description, English research words in the source, reads in German too, marked so.
  const description = page.locator('.activity-card .description [lang]').first()
  assert.equal(await description.getAttribute('lang'), 'de')
  await page.close()
})

test('the Projects tab in Hungarian: names, programmes and notes in Hungarian, no English research note left', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${app.server.origin}/?lang=hu&tab=projects`)
  await waitForMapIdle(page)
  const panel = page.locator('.projects-panel')
  await panel.locator('details.evidence-notes summary').first().click()
  const text = await panel.textContent()
  for (const english of ['without labelling the figures', 'Operational Programme', 'Joint promotion of the towns']) {
    assert.ok(!text.includes(english), `no English "${english}" for a Hungarian reader`)
  }
  assert.ok(text.includes('Szlovénia–Ausztria'), 'the programme in Hungarian')
  assert.equal(await panel.locator('.project-full-name').first().getAttribute('lang'), 'hu')
  await saveScreenshot(page, 'projects-hu')
  await page.close()
})
