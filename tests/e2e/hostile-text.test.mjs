/**
 * Hostile text in every field a reader sees: the data files are served rewritten (page.route) so that each
 * town name in every language, each region, organisation name, and every text of the records in the four
 * languages (titles, descriptions, notes, project names, programmes, goals, outputs, partner descriptions,
 * conflicting values) holds 10,000 characters that start with a right-to-left override (U+202E) and carry
 * other odd Unicode: an unclosed embedding and isolate, combining marks, a joined emoji, a wide ligature,
 * and one long run with no place to break. Ids, kinds, dates and links stay true, so that every record still loads.
 *
 * On the town panel, an activity card, the Projects tab, a tie's evidence and the Network tab (with its
 * filters) at 1280x800, and the town panel on a phone: the page never scrolls sideways, nothing in a panel
 * is wider than the panel (or scrolls sideways inside it), and the override stays inside its own element:
 * every piece of data text is bidi-isolated from the words around it: in the text itself (FSI … PDI, closing
 * what it opened: src/domain/bidi-isolation.ts), or by an element of its own (`unicode-bidi: isolate`, <bdi>,
 * a block) that holds no other words.
 */
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { useServedApp, waitForMapIdle } from './browser.mjs'
import { curveMiddle, pixelOf } from './page-checks.mjs'
import { RLO, routeHostileData } from './hostile-data.mjs'

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-hostile-text'
const app = useServedApp({ before, after })

/** A page whose data files are the hostile ones. */
async function openHostile(query, viewport = { width: 1280, height: 800 }, options = {}) {
  // page.route does not see what a service worker answers.
  const page = await app.browser.newPage({ viewport, serviceWorkers: 'block', ...options })
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await routeHostileData(page)
  await page.goto(`${app.server.origin}/${query}`)
  await waitForMapIdle(page, 120_000)
  return { page, errors }
}

/**
 * What is wrong on the page: a page that scrolls sideways; in each panel (`selectors`), an element wider than
 * the panel or reaching out of it (unless an ancestor inside the panel clips it on purpose), or a box that
 * scrolls sideways; and data text (a text node holding an override) whose override could reach other words:
 * the nearest isolating ancestor (a block, an atomic inline, `unicode-bidi: isolate`, <bdi>) holds other text too.
 */
function problemsOn(page, selectors) {
  return page.evaluate(({ selectors, RLO }) => {
    const problems = []
    const name = (element) => {
      const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/).filter(Boolean).slice(0, 2) : []
      return `${element.tagName.toLowerCase()}${classes.map((item) => `.${item}`).join('')}`
    }
    const where = (element) => {
      const chain = []
      for (let node = element; node && chain.length < 4; node = node.parentElement) chain.unshift(name(node))
      return chain.join(' > ')
    }
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`)
    if (document.body.scrollWidth > document.body.clientWidth + 1) problems.push(`the body scrolls sideways: ${document.body.scrollWidth}`)

    const scrollsSideways = (element) => {
      const { overflowX } = getComputedStyle(element)
      return (overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1
    }
    const clippedWithin = (element, panel) => {
      for (let node = element.parentElement; node && node !== panel; node = node.parentElement) {
        const { overflowX } = getComputedStyle(node)
        if (overflowX === 'hidden' || overflowX === 'clip') return true
      }
      return false
    }
    let panels = 0
    const outside = new Map()
    for (const selector of selectors) {
      for (const panel of document.querySelectorAll(selector)) {
        panels += 1
        const box = panel.getBoundingClientRect()
        if (scrollsSideways(panel)) problems.push(`${selector} scrolls sideways: ${panel.scrollWidth} > ${panel.clientWidth}`)
        const reaching = new Set()
        for (const element of panel.querySelectorAll('*')) {
          if (clippedWithin(element, panel)) continue
          const rect = element.getBoundingClientRect()
          // Nothing to see (an empty box, or text for screen readers only, 1 px at the corner of its container).
          if (rect.width <= 1 && rect.height <= 1) continue
          if (scrollsSideways(element)) problems.push(`in ${selector}: ${where(element)} scrolls sideways (${element.scrollWidth} > ${element.clientWidth})`)
          if (rect.left >= box.left - 1 && rect.right <= box.right + 1) continue
          reaching.add(element)
          // The outermost element that reaches out is the one to name; its children go with it.
          if (reaching.has(element.parentElement)) continue
          const key = `in ${selector}: ${where(element)} reaches out of the panel`
          const seen = outside.get(key) ?? { count: 0, extent: '' }
          outside.set(key, { count: seen.count + 1, extent: `${Math.round(rect.left)}..${Math.round(rect.right)} of ${Math.round(box.left)}..${Math.round(box.right)}` })
        }
      }
    }
    for (const [key, { count, extent }] of outside) problems.push(`${key} (${count}×, e.g. ${extent})`)
    if (panels === 0) problems.push(`none of ${selectors.join(', ')} is on the page`)

    // The override's reach: from the text node up to the first element that isolates it.
    const isolates = (element) => {
      const style = getComputedStyle(element)
      if (['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi) || element.tagName === 'BDI') return true
      // An SVG <text> is a paragraph of its own.
      return element instanceof SVGTextElement || (style.display !== 'inline' && style.display !== 'contents')
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const leaks = new Set()
    // Isolated in the text itself: each override inside an isolate (FSI, LRI or RLI … PDI) that closes in the same text.
    const isolatedInText = (text) => {
      const open = []
      for (const character of text) {
        if (character === RLO && !open.some((item) => item === 'isolate')) return false
        if ('\u2066\u2067\u2068'.includes(character)) open.push('isolate')
        else if ('\u202A\u202B\u202D\u202E'.includes(character)) open.push('embedding')
        else if (character === '\u202C' && open.at(-1) === 'embedding') open.pop()
        else if (character === '\u2069' && open.includes('isolate')) open.length = open.lastIndexOf('isolate')
      }
      return open.length === 0
    }
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.includes(RLO) || isolatedInText(node.data)) continue
      let holder = node.parentElement
      while (holder && holder !== document.body && !isolates(holder)) holder = holder.parentElement
      if (!holder) continue
      // Other text in the same isolating box, outside nested isolating elements, is what the override would reorder.
      const others = []
      const inner = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT)
      for (let other = inner.nextNode(); other; other = inner.nextNode()) {
        if (other === node || other.data.trim() === '') continue
        let owner = other.parentElement
        while (owner !== holder && !isolates(owner)) owner = owner.parentElement
        if (owner === holder) others.push(other.data.length > 40 ? `${other.data.slice(0, 40)}…` : other.data)
      }
      // A text node whose own words are more than the data text ("Ptuj (Pettau)" as one string, or a sentence).
      const own = node.data.replace(/[\s]+/g, ' ').trim()
      const mixed = own.slice(0, own.indexOf(RLO)).replace(/[\s\u2068]/g, '') !== '' || own.split(RLO).length > 2
      if (others.length > 0 || mixed) leaks.add(`${where(holder)}: ${mixed ? 'data text inside other words in one text node' : `beside ${JSON.stringify(others.slice(0, 2))}`}`)
    }
    problems.push(...[...leaks].map((leak) => `override not isolated in ${leak}`))
    return problems
  }, { selectors, RLO })
}

async function shoot(page, name) {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

/** Runs the checks and fails with every problem listed (the first 40). */
async function assertContained(page, selectors, view) {
  const problems = await problemsOn(page, selectors)
  assert.deepEqual(problems.slice(0, 40), [], `${view}: ${problems.length} problem(s)`)
}

const FORUM24 = 'forum24-pact-signing-2019-03-07'
const towns = JSON.parse(readFileSync(new URL('../../data/cities.geojson', import.meta.url), 'utf8')).features
const at = (id) => towns.find((feature) => feature.properties.id === id).geometry.coordinates

/** Opens the tie between Friedberg and Ljutomer with a click near the middle of its curve. */
async function openTie(page) {
  const middle = await pixelOf(page, ...curveMiddle(at('friedberg'), at('ljutomer')))
  for (let offset = 0; offset <= 12; offset += 2) {
    for (const [dx, dy] of [[offset, 0], [-offset, 0], [0, offset], [0, -offset]]) {
      await page.mouse.click(middle.x + dx, middle.y + dy)
      if (await page.locator('.link-popup .link-evidence:not(.group-details)').count() > 0) return
    }
  }
  assert.fail('a click near the Friedberg–Ljutomer tie opens its evidence')
}

const PHONE = { viewport: { width: 375, height: 667 }, options: { hasTouch: true, isMobile: true } }

/** Each view: where it opens, how it gets ready, and the panels whose boxes hold its text. */
const VIEWS = [
  {
    name: 'the town panel (names, region, notes, partners, groups, projects, activities)',
    shot: 'town-1280',
    query: '?lang=en&town=ptuj',
    ready: (page) => page.locator('.town-panel h2').waitFor(),
    panels: ['.app-header', '.sidebar', '.town-panel', '.map-area', '.active-filters'],
  },
  {
    name: 'an activity card',
    shot: 'activity-1280',
    query: `?lang=en&activity=${FORUM24}`,
    ready: (page) => page.locator('.activity-card').first().waitFor(),
    panels: ['.sidebar', '.activity-card', '.map-area'],
  },
  {
    name: 'the Projects tab',
    shot: 'projects-1280',
    query: '?lang=en&tab=projects',
    ready: (page) => page.locator('.project-card').first().waitFor(),
    panels: ['.sidebar', '.projects-panel', '.project-card'],
  },
  { name: "a tie's evidence in its popup", shot: 'tie-1280', query: '?lang=en', ready: openTie, panels: ['.map-box', '.maplibregl-popup-content', '.link-evidence'] },
  {
    name: 'the Network tab with its filters open',
    shot: 'network-1280',
    query: '?lang=en&tab=network',
    ready: async (page) => {
      await page.locator('.filters-box > summary').click()
      await page.locator('.network-filters').waitFor()
    },
    panels: ['.sidebar', '.network-tab'],
  },
  {
    name: 'the town list and the search with results',
    shot: 'search-1280',
    query: '?lang=en',
    ready: async (page) => {
      await page.getByRole('search').getByRole('combobox').fill('WWW')
      await page.getByRole('listbox').getByRole('option').first().waitFor()
    },
    panels: ['.app-header', '.sidebar', '[role="listbox"]'],
  },
  {
    name: 'the town panel in the sheet of a phone (375x667)',
    shot: 'town-375',
    query: '?lang=en&town=ptuj',
    ...PHONE,
    ready: (page) => page.locator('.sheet[data-snap="half"] .town-panel h2').waitFor(),
    panels: ['.app-header', '.sheet', '.town-panel'],
  },
]

describe('hostile text in every field', () => {
  for (const view of VIEWS) {
    test(view.name, async () => {
      const { page, errors } = await openHostile(view.query, view.viewport, view.options)
      await view.ready(page)
      await shoot(page, view.shot)
      await assertContained(page, view.panels, view.name)
      assert.deepEqual(errors, [])
      await page.close()
    })
  }
})
