import type { Dataset } from './dataset'
import { allVersions } from './localized-text'
import { LANGUAGES } from './town-schema'

/**
 * Text as search compares it: case, diacritics and the common ligatures folded away, so that
 * "FURSTENFELD" finds Fürstenfeld, "oriszentpeter" Őriszentpéter and "monoster" Monošter.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export type SearchKind = 'town' | 'activity' | 'project'

export interface SearchEntry {
  kind: SearchKind
  id: string
  /** Every name or title the record answers to, as written. */
  names: string[]
}

export interface SearchHit {
  kind: SearchKind
  id: string
  /** The name or title that matched best, as written (e.g. "Pettau" for "pettau"). */
  matched: string
  score: number
}

/** Everything search can find in a dataset: towns by all their names, activities and projects by their titles in the four languages. */
export function searchEntries(dataset: Pick<Dataset, 'towns' | 'activities' | 'projects'>): SearchEntry[] {
  const unique = (names: (string | null | undefined)[]) => [...new Set(names.filter((name): name is string => typeof name === 'string' && name !== ''))]
  return [
    ...dataset.towns.map((town): SearchEntry => ({
      kind: 'town', id: town.id, names: unique([town.names.official, ...LANGUAGES.map((language) => town.names[language])]),
    })),
    ...dataset.activities.map((activity): SearchEntry => ({ kind: 'activity', id: activity.id, names: allVersions(activity.title) })),
    ...dataset.projects.map((project): SearchEntry => ({ kind: 'project', id: project.id, names: allVersions(project.name) })),
  ]
}

/**
 * How well one name answers a folded query: 100 for the whole name, 80 for its start, 60 for the start
 * of one of its words, 40 for the start of a later word run ("sobota"), 20 anywhere; 0 for no match.
 * Every word of the query must be found.
 */
export function matchScore(name: string, query: string): number {
  const folded = foldText(name)
  if (query === '' || folded === '') return 0
  if (folded === query) return 100
  if (folded.startsWith(query)) return 80
  const words = folded.split(' ')
  if (words.some((_word, index) => words.slice(index).join(' ').startsWith(query))) return 60
  const parts = query.split(' ')
  if (parts.every((part) => words.some((word) => word.startsWith(part)))) return 40
  if (parts.every((part) => folded.includes(part))) return 20
  return 0
}

const KIND_ORDER: Record<SearchKind, number> = { town: 0, project: 1, activity: 2 }

/** The entries a query finds, best first: by score, then towns before projects and activities, then shorter names. */
export function search(entries: readonly SearchEntry[], query: string, limit = 12): SearchHit[] {
  const folded = foldText(query)
  if (folded === '') return []
  const hits: SearchHit[] = []
  for (const entry of entries) {
    let best: SearchHit | null = null
    for (const name of entry.names) {
      const score = matchScore(name, folded)
      if (score > 0 && (best === null || score > best.score)) best = { kind: entry.kind, id: entry.id, matched: name, score }
    }
    if (best !== null) hits.push(best)
  }
  hits.sort((a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.matched.length - b.matched.length || a.id.localeCompare(b.id))
  return hits.slice(0, limit)
}
