/**
 * axe-core on every main view and panel, in the four languages: the first view, a town, an activity card,
 * the Network tab, its filters, the Projects tab, the search with its results, the Download menu, a data
 * file in preview, the embed dialog, the embed,
 * a step of the presentation, the presenter's window, "About this network" on a first visit and the phone
 * layout with a town in the half-open sheet. A violation of impact 'serious' or 'critical' fails the test
 * (each printed with its rule, impact, targets and axe's summary); 'moderate' and 'minor' ones are listed
 * as a summary in the output, not a failure.
 *
 * One page per view (two views share a page where one opens from the other: the search on the first view, the
 * embed dialog on a town, the filters on the Network tab); the language changes by the URL, a new load per
 * language. No axe rule is disabled.
 */
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { useServedApp, waitForMapIdle } from './browser.mjs'
import { saveScreenshot } from './page-checks.mjs'

const app = useServedApp({ before, after })
const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')
const LANGUAGES = ['sl', 'de', 'hu', 'en']
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 375, height: 667 }
const FORUM24 = 'forum24-pact-signing-2019-03-07'
const FAILING = new Set(['serious', 'critical'])

/** Waits until `read()` gives the same answer three times in a row (a flight, a sheet's snap, an opening). */
async function settle(page, read = () => page.evaluate(() => JSON.stringify([
  document.querySelector('.sheet')?.getBoundingClientRect().top,
  document.querySelector('.map')?.dataset.center,
  document.querySelector('.map')?.dataset.zoom,
]))) {
  let [last, still] = [await read(), 0]
  for (let round = 0; round < 60 && still < 3; round += 1) {
    await page.waitForTimeout(200)
    const next = await read()
    still = next === last ? still + 1 : 0
    last = next
  }
}

/**
 * Injects axe and runs it on the document. The embed dialog's live preview (an iframe of `?embed=1`) is
 * left out (`iframes: false`): that page is checked as a view of its own, and waiting for the preview's
 * map in every language would double the dialog's time.
 */
async function runAxe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE })
  return page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'], iframes: false }))
}

/** One line per element of each violation: rule, impact, target, axe's summary of what fails. */
function describeViolations(violations) {
  return violations.flatMap((violation) => violation.nodes.map((node) => [
    `${violation.id} (${node.impact ?? violation.impact}) ${JSON.stringify(node.target)}`,
    `    ${(node.failureSummary ?? violation.help).replace(/\n/g, '\n    ')}`,
  ].join('\n')))
}

/**
 * The pages, each loaded once per language (the language comes with the URL), and the views checked on it
 * one after the other without a reload: `ready` opens a view and waits for it. All 15 views run in all
 * four languages. `map: false`: no map to wait for (the presenter's window).
 */
const PAGES = [
  {
    name: 'the first view',
    query: '',
    views: [
      { name: 'first view' },
      {
        name: 'search with results',
        ready: async (page) => {
          await page.getByRole('search').getByRole('combobox').fill('pt')
          await page.getByRole('listbox').getByRole('option').first().waitFor()
        },
      },
      {
        name: 'download menu',
        ready: async (page) => {
          await page.keyboard.press('Escape')
          await page.locator('.download-button').click()
          await page.getByRole('menu').waitFor()
        },
      },
      {
        name: 'a data file in preview, with a problem',
        ready: async (page) => {
          await page.keyboard.press('Escape')
          await page.locator('.preview-file-input').setInputFiles(fileURLToPath(new URL('../fixtures/preview/activities.csv', import.meta.url)))
          await page.locator('.data-preview').waitFor()
          await waitForMapIdle(page)
        },
      },
    ],
  },
  {
    name: 'a town',
    query: '&town=ptuj',
    views: [
      { name: 'town panel', ready: (page) => page.locator('.town-panel h2').waitFor() },
      {
        name: 'embed dialog',
        ready: async (page) => {
          await page.locator('.embed-button').click()
          await page.getByRole('dialog').waitFor()
        },
      },
    ],
  },
  {
    name: 'an activity',
    query: `&activity=${FORUM24}`,
    views: [{ name: 'activity card', ready: (page) => page.locator('.activity-card').first().waitFor() }],
  },
  {
    name: 'the Network tab',
    query: '&tab=network',
    views: [
      { name: 'Network tab' },
      {
        name: 'filters open',
        ready: async (page) => {
          await page.locator('.filters-box > summary').click()
          await page.locator('.network-filters').waitFor()
        },
      },
    ],
  },
  { name: 'the Projects tab', query: '&tab=projects', views: [{ name: 'Projects tab' }] },
  { name: 'the embed', query: '&embed=1&town=ptuj', viewport: { width: 800, height: 480 }, views: [{ name: 'embed' }] },
  // The projector's layout at 1280x720 rather than 1920x1080: the same page and colours, half the pixels to draw in software.
  { name: 'the presentation', query: '&present=1&step=3', viewport: { width: 1280, height: 720 }, views: [{ name: 'presentation step' }] },
  {
    name: "the presenter's window",
    query: '&present=1&notes=1',
    map: false,
    views: [{ name: "presenter's window (no map)", ready: (page) => page.locator('.presenter').waitFor() }],
  },
  {
    name: 'a first visit',
    query: '',
    firstVisit: true,
    views: [{ name: 'About this network', ready: (page) => page.getByRole('dialog').waitFor() }],
  },
  {
    name: 'a phone',
    query: '&town=ptuj',
    viewport: PHONE,
    phone: true,
    views: [{
      name: 'phone, a town in the half-open sheet',
      ready: async (page) => {
        await page.locator('.sheet[data-snap="half"]').waitFor()
        await settle(page)
      },
    }],
  },
]

for (const setup of PAGES) {
  describe(setup.name, () => {
    let page
    before(async () => {
      const context = await app.browser.newContext({
        viewport: setup.viewport ?? DESKTOP,
        firstVisit: setup.firstVisit ?? false,
        // The app's Content-Security-Policy (script-src 'self') would refuse axe as an inline script.
        bypassCSP: true,
        ...(setup.phone ? { hasTouch: true, isMobile: true } : {}),
      })
      page = await context.newPage()
    })
    after(() => page.context().close())

    for (const lang of LANGUAGES) {
      setup.views.forEach((view, index) => {
        test(`${view.name} (${lang})`, async (t) => {
          const errors = []
          const onError = (error) => errors.push(error.message)
          page.on('pageerror', onError)
          if (index === 0) {
            await page.goto(`${app.server.origin}/?lang=${lang}${setup.query}`)
            if (setup.map !== false) await waitForMapIdle(page)
          }
          await view.ready?.(page)
          const { violations } = await runAxe(page)
          page.off('pageerror', onError)

          const failing = violations.filter((violation) => FAILING.has(violation.impact))
          for (const violation of violations.filter((candidate) => !FAILING.has(candidate.impact))) {
            const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')
            t.diagnostic(`${violation.impact}: ${violation.id} on ${violation.nodes.length} element(s): ${targets}`)
          }
          if (failing.length > 0) await saveScreenshot(page, `a11y-${view.name.replace(/\W+/g, '-')}-${lang}`)
          assert.deepEqual(errors, [], 'no errors in the page')
          assert.equal(failing.length, 0, `${view.name} (${lang}): serious or critical violations\n${describeViolations(failing).join('\n')}`)
        })
      })
    }
  })
}
