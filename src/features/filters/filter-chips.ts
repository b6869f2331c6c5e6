import type { EdgeKind } from '../../domain/network/evidence'
import { NO_FILTER, type NetworkFilter } from '../../domain/network/network-filter'
import type { Country } from '../../domain/town-schema'
import type { View } from '../../url-state/view-url'

/** A change of the filters, as one view change. */
export type FilterChange = Partial<Pick<View, 'filter' | 'groupLines'>>

/** One active filter, and what removing it changes. */
export type FilterChip = { key: string; remove: FilterChange } & (
  | { facet: 'kind'; kind: EdgeKind }
  | { facet: 'project'; project: string }
  | { facet: 'country'; country: Country }
  | { facet: 'period'; from: string | null; to: string | null }
  | { facet: 'groupLines' }
)

/** A list without one item; an empty list is no narrowing (null), as the filters panel keeps it. */
function without<T>(list: readonly T[], item: T): T[] | null {
  const rest = list.filter((value) => value !== item)
  return rest.length === 0 ? null : rest
}

/**
 * Every active filter as a chip, in the order of the filters panel: each kind of record, the project,
 * each country, the period, and group ties drawn as lines. Removing a chip removes that filter alone.
 */
export function filterChips(filter: NetworkFilter, groupLines: boolean): FilterChip[] {
  const chips: FilterChip[] = []
  for (const kind of filter.kinds ?? []) {
    chips.push({ key: `kind-${kind}`, facet: 'kind', kind, remove: { filter: { ...filter, kinds: without(filter.kinds ?? [], kind) } } })
  }
  if (filter.project !== null) chips.push({ key: 'project', facet: 'project', project: filter.project, remove: { filter: { ...filter, project: null } } })
  for (const country of filter.countries ?? []) {
    chips.push({ key: `country-${country}`, facet: 'country', country, remove: { filter: { ...filter, countries: without(filter.countries ?? [], country) } } })
  }
  if (filter.from !== null || filter.to !== null) {
    chips.push({ key: 'period', facet: 'period', from: filter.from, to: filter.to, remove: { filter: { ...filter, from: null, to: null } } })
  }
  if (groupLines) chips.push({ key: 'group-lines', facet: 'groupLines', remove: { groupLines: false } })
  return chips
}

/** What "Clear all" changes: every filter and the group lines. */
export const CLEAR_ALL: FilterChange = { filter: NO_FILTER, groupLines: false }
