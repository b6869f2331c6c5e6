import { isObject } from '../data-issue'
import { DATA_FILES, type DataFileKey } from '../dataset'

/** Words in a file's name that say which data file it is ("activities.json", "activities (2).json", "towns.geojson"). */
const NAME_WORDS: readonly (readonly [string, DataFileKey])[] = [
  ['activities', 'activities'],
  ['activity', 'activities'],
  ['links', 'links'],
  ['organisations', 'organisations'],
  ['organizations', 'organisations'],
  ['projects', 'projects'],
  ['cities', 'towns'],
  ['towns', 'towns'],
]

/** Fields only the records of one file have: a record with them is one of that file's. */
const TELLING_FIELDS: Record<Exclude<DataFileKey, 'towns'>, readonly string[]> = {
  activities: ['hostTown', 'start', 'towns', 'cityCooperation', 'dateInferred'],
  links: ['from', 'to', 'since', 'until'],
  projects: ['programme', 'partners', 'leadPartner', 'period', 'outputs', 'goals', 'beneficiaries'],
  organisations: ['represents', 'seatTown', 'shortName', 'website'],
}

function targetByName(fileName: string): DataFileKey | null {
  const base = fileName.toLowerCase().replace(/^.*[\\/]/, '')
  for (const [key, file] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
    if (base === file.replace(/^data\//, '')) return key
  }
  const words = base.split(/[^a-z]+/)
  const found = new Set(NAME_WORDS.filter(([word]) => words.includes(word)).map(([, key]) => key))
  return found.size === 1 ? [...found][0] ?? null : null
}

function targetByShape(raw: unknown): DataFileKey | null {
  if (isObject(raw) && (raw.type === 'FeatureCollection' || raw.type === 'Feature')) return 'towns'
  const records = (Array.isArray(raw) ? raw : [raw]).filter(isObject)
  if (records.length > 0 && records.every((record) => record.type === 'Feature')) return 'towns'
  let best: { key: DataFileKey; score: number } | null = null
  let tie = false
  for (const [key, fields] of Object.entries(TELLING_FIELDS) as [DataFileKey, readonly string[]][]) {
    const score = records.reduce((sum, record) => sum + fields.filter((field) => field in record).length, 0)
    if (score === 0) continue
    if (best === null || score > best.score) {
      best = { key, score }
      tie = false
    } else if (score === best.score) {
      tie = true
    }
  }
  return best !== null && !tie ? best.key : null
}

/**
 * Which file of data/ a JSON file replaces or extends: by its name when that says it (activities.json,
 * links.json, projects.json, organisations.json, cities.geojson, or a name with one of those words), else
 * by the shape of its records. Null when neither tells.
 */
export function jsonFileTarget(fileName: string, raw: unknown): DataFileKey | null {
  return targetByName(fileName) ?? targetByShape(raw)
}

/**
 * The records a JSON file brings to its data file: a GeoJSON collection's features, an array's items, one
 * record (or feature) on its own as a list of one.
 */
export function recordsOfJsonFile(key: DataFileKey, raw: unknown): unknown[] | null {
  if (key === 'towns' && isObject(raw) && raw.type === 'FeatureCollection') return Array.isArray(raw.features) ? raw.features : null
  if (Array.isArray(raw)) return raw
  return isObject(raw) ? [raw] : null
}
