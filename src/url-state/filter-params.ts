import { EDGE_KINDS, type EdgeKind } from '../domain/network/evidence'
import type { NetworkFilter } from '../domain/network/network-filter'
import { parsePartialDate } from '../domain/partial-date'
import { COUNTRIES, type Country } from '../domain/town-schema'

/** The network's filters and display options as they live in the URL. */
export interface FilterState {
  filter: NetworkFilter
  /** `?groups=lines`: draw group ties (records of 3 to 8 towns) as lines, one per pair, for analysts. */
  groupLines: boolean
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
  if (value === null) return null
  const items = value.split(',').filter((item): item is T => (allowed as readonly string[]).includes(item))
  const unique = allowed.filter((item) => items.includes(item))
  return unique.length === 0 ? null : unique
}

function day(value: string | null): string | null {
  return value !== null && DAY.test(value) && parsePartialDate(value) !== null ? value : null
}

/** Reads `?kinds=&project=&country=&from=&to=&groups=`; values that are not valid are ignored. */
export function parseFilterState(search: string): FilterState {
  const params = new URLSearchParams(search)
  const project = params.get('project')
  let from = day(params.get('from'))
  let to = day(params.get('to'))
  if (from !== null && to !== null && from > to) [from, to] = [to, from]
  return {
    filter: {
      kinds: list<EdgeKind>(params.get('kinds'), EDGE_KINDS),
      project: project !== null && SLUG.test(project) ? project : null,
      countries: list<Country>(params.get('country'), COUNTRIES),
      from,
      to,
    },
    groupLines: params.get('groups') === 'lines',
  }
}

/** Writes the filter state into existing search params, keeping any parameter it does not own. */
export function serialiseFilterState(state: FilterState, base = ''): string {
  const params = new URLSearchParams(base)
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value))
  const { filter } = state
  set('kinds', filter.kinds === null ? null : EDGE_KINDS.filter((kind) => filter.kinds?.includes(kind)).join(','))
  set('project', filter.project)
  set('country', filter.countries === null ? null : COUNTRIES.filter((country) => filter.countries?.includes(country)).join(','))
  set('from', filter.from)
  set('to', filter.to)
  set('groups', state.groupLines ? 'lines' : null)
  const text = params.toString().replace(/%2C/g, ',')
  return text === '' ? '' : `?${text}`
}
