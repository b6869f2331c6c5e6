/**
 * Data files with hostile text in every field a reader sees, for tests/e2e/hostile-text.test.mjs: each town
 * name in every language, each region and organisation name, and every text of the records in the four
 * languages holds 10,000 characters of trouble. Ids, kinds, dates and links stay true, so every record loads.
 */
import { readFileSync } from 'node:fs'

export const LENGTH = 10_000
export const RLO = '\u202E'
const LANGUAGE_KEYS = ['sl', 'de', 'hu', 'en']

/**
 * 10,000 characters of trouble, each string its own (`tag`): an override that reverses what follows, an
 * embedding and an isolate left open, combining marks stacked on one letter, a family emoji joined by
 * zero-width joiners, the widest Arabic ligature, a cuneiform sign, then one unbroken run of letters.
 */
export function hostileText(tag) {
  const head = `${RLO}${tag} \u202B\u2066Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319 👩\u200D👩\u200D👧\u200D👦 \uFDFD 𒐫 `
  return head + 'W'.repeat(LENGTH - head.length)
}

const read = (name) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'))
const isLocalized = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) && 'original' in value
  && LANGUAGE_KEYS.every((key) => key in value)

/** Every text of the four languages under `value` made hostile; other strings (ids, kinds, dates, links) kept. */
function rewriteTexts(value, path) {
  if (Array.isArray(value)) return value.map((item, index) => rewriteTexts(item, `${path}[${index}]`))
  if (value === null || typeof value !== 'object') return value
  if (isLocalized(value)) {
    return { ...value, ...Object.fromEntries(LANGUAGE_KEYS.map((key) => [key, hostileText(`${path}.${key}`)])) }
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteTexts(item, `${path}.${key}`)]))
}

function hostileTowns() {
  const towns = read('cities.geojson')
  for (const feature of towns.features) {
    const { properties } = feature
    properties.names = Object.fromEntries(Object.keys(properties.names).map((key) => [key, hostileText(`${properties.id}.${key}`)]))
    properties.region = hostileText(`${properties.id}.region`)
    properties.notes = rewriteTexts(properties.notes, `${properties.id}.notes`)
  }
  return towns
}

function hostileOrganisations() {
  return read('organisations.json').map((organisation) => ({
    ...rewriteTexts(organisation, organisation.id),
    name: hostileText(`${organisation.id}.name`),
    ...(organisation.shortName ? { shortName: hostileText(`${organisation.id}.shortName`) } : {}),
  }))
}

const FILES = {
  cities: { extension: 'geojson', body: () => hostileTowns() },
  organisations: { extension: 'json', body: () => hostileOrganisations() },
  projects: { extension: 'json', body: () => read('projects.json').map((record) => rewriteTexts(record, record.id)) },
  activities: { extension: 'json', body: () => read('activities.json').map((record) => rewriteTexts(record, record.id)) },
  links: { extension: 'json', body: () => read('links.json').map((record) => rewriteTexts(record, record.id)) },
}

/** Serves the hostile files in place of the app's own (block service workers: page.route does not see their answers). */
export async function routeHostileData(page) {
  for (const [name, file] of Object.entries(FILES)) {
    const body = JSON.stringify(file.body())
    await page.route(new RegExp(`/assets/${name}-[^/]*\\.${file.extension}$`), (route) => route.fulfill({ contentType: 'application/json', body }))
  }
}
