import { readerTitle } from '../../domain/activity-title'
import type { Dataset } from '../../domain/dataset'
import { formatPartialDate, formatPeriod } from '../../domain/partial-date-format'
import { projectLabel } from '../../domain/project-label'
import { foldText, matchScore, type SearchHit, type SearchKind } from '../../domain/search'
import { formatTownName } from '../../domain/town-names'
import type { Country, Language } from '../../domain/town-schema'

export type SearchRecords = Pick<Dataset, 'towns' | 'activities' | 'projects'>

/** One result as the list shows it. */
export interface SearchOption {
  kind: SearchKind
  id: string
  /** The record's name as the rest of the app shows it to this reader ("Ptuj (Pettau)" in German). */
  label: string
  /** The name that matched, when the label does not show it ("Pettau" beside an English reader's "Ptuj"). */
  matched: string | null
  /** A town's country, to tell it apart at a glance. */
  country: Country | null
  /** An activity's date or a project's period, in the reader's language. */
  when: string | null
}

/** The results of one kind, in the order of their best result. */
export interface SearchGroup {
  kind: SearchKind
  options: SearchOption[]
}

function option(hit: SearchHit, records: SearchRecords, language: Language): SearchOption | null {
  const base = { kind: hit.kind, id: hit.id, country: null, when: null }
  if (hit.kind === 'town') {
    const town = records.towns.find((candidate) => candidate.id === hit.id)
    return town ? { ...base, label: formatTownName(town, language), matched: null, country: town.country } : null
  }
  if (hit.kind === 'activity') {
    const activity = records.activities.find((candidate) => candidate.id === hit.id)
    return activity
      ? { ...base, label: readerTitle(activity, language), matched: null, when: activity.start === null ? null : formatPartialDate(activity.start, language) }
      : null
  }
  const project = records.projects.find((candidate) => candidate.id === hit.id)
  return project ? { ...base, label: projectLabel(project, language), matched: null, when: formatPeriod(project.period.start, project.period.end, language) } : null
}

/**
 * The hits of a search as the reader sees them: each record by the name it has elsewhere in the app,
 * with the name that matched beside it when that name is not already in view ("Ptuj — Pettau"), and
 * grouped by kind, the group of the best hit first.
 */
export function searchOptions(hits: readonly SearchHit[], records: SearchRecords, language: Language, query: string): SearchGroup[] {
  const folded = foldText(query)
  const groups = new Map<SearchKind, SearchOption[]>()
  for (const hit of hits) {
    const found = option(hit, records, language)
    if (found === null) continue
    const matched = matchScore(found.label, folded) > 0 ? null : hit.matched
    const list = groups.get(hit.kind) ?? []
    list.push({ ...found, matched })
    groups.set(hit.kind, list)
  }
  return [...groups].map(([kind, options]) => ({ kind, options }))
}
