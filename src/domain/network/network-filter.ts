import type { Country } from '../town-schema'
import { earliestDay, latestDay } from '../partial-date'
import type { EdgeKind, Evidence } from './evidence'

/** What the reader narrows the network to; null means no narrowing. Lives in the URL. */
export interface NetworkFilter {
  kinds: EdgeKind[] | null
  project: string | null
  countries: Country[] | null
  /** Inclusive ISO days (YYYY-MM-DD). */
  from: string | null
  to: string | null
}

export const NO_FILTER: NetworkFilter = { kinds: null, project: null, countries: null, from: null, to: null }

export function isFiltered(filter: NetworkFilter): boolean {
  return filter.kinds !== null || filter.project !== null || filter.countries !== null || filter.from !== null || filter.to !== null
}

/**
 * True when the evidence's time span overlaps [from, to]. A span reaches from the first day of its
 * start to the last day of its end; a link without an end date is taken as still in force (a twinning
 * is not dated when it ends), any other record without an end as lasting its start. Records without
 * any date cannot be placed in time, so a period filter leaves them out.
 */
export function overlapsPeriod(evidence: Pick<Evidence, 'type' | 'start' | 'end'>, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true
  if (evidence.start === null) return false
  const start = earliestDay(evidence.start)
  const end = evidence.end === null ? (evidence.type === 'link' ? '9999-12-31' : latestDay(evidence.start)) : latestDay(evidence.end)
  return (to === null || start <= to) && (from === null || end >= from)
}

/**
 * The evidence that passes kind, project (a programme project, or an umbrella with its parts) and
 * period; countries narrow towns (see buildNetwork).
 */
export function filterEvidence(evidence: readonly Evidence[], filter: NetworkFilter): Evidence[] {
  return evidence.filter(
    (item) =>
      (filter.kinds === null || filter.kinds.includes(item.kind)) &&
      (filter.project === null || item.projects.includes(filter.project)) &&
      overlapsPeriod(item, filter.from, filter.to),
  )
}

/** A project id the data does not know narrows nothing (the project list shows "all projects" too). */
export function withKnownProject(filter: NetworkFilter, projects: readonly { id: string }[]): NetworkFilter {
  return filter.project === null || projects.some((project) => project.id === filter.project) ? filter : { ...filter, project: null }
}

/** A period is kept in order, whichever end the reader set last. */
export function orderedPeriod(from: string | null, to: string | null): { from: string | null; to: string | null } {
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to }
}
