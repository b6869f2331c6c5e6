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
