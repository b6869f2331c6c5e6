import { closestId } from '../closest-id'
import { parsePartialDate } from '../partial-date'
import { COUNTRIES } from '../town-schema'
import { EDGE_KINDS } from './evidence'

/** The network filter as a command line gives it: the URL's parameter names, their raw text. */
export interface FilterOptions {
  kinds?: string
  project?: string
  country?: string
  from?: string
  to?: string
}

export type FilterOptionsResult = { ok: true; options: FilterOptions } | { ok: false; errors: string[] }

const DAY = /^\d{4}-\d{2}-\d{2}$/

const quote = (value: string) => JSON.stringify(value)

function unknownItems(name: string, value: string, valid: readonly string[]): string[] {
  return value
    .split(',')
    .filter((item) => !valid.includes(item))
    .map((item) => `unknown ${name} ${quote(item)}; use ${valid.join(', ')}`)
}

/**
 * Checks filter values against what the data knows, before they are read as the URL reads them
 * (where an unknown value is dropped in silence): one error per bad value, naming it and the valid ones.
 */
export function validateFilterOptions(options: FilterOptions, projectIds: readonly string[]): FilterOptionsResult {
  const errors: string[] = []
  if (options.country !== undefined) errors.push(...unknownItems('country', options.country, COUNTRIES))
  if (options.kinds !== undefined) errors.push(...unknownItems('kind', options.kinds, EDGE_KINDS))
  if (options.project !== undefined && !projectIds.includes(options.project)) {
    const nearest = closestId(options.project, projectIds)
    const hint = nearest === undefined ? '' : ` (did you mean ${quote(nearest)}?)`
    errors.push(`unknown project ${quote(options.project)}${hint}; use ${projectIds.join(', ')}`)
  }
  for (const key of ['from', 'to'] as const) {
    const value = options[key]
    if (value !== undefined && !(DAY.test(value) && parsePartialDate(value) !== null)) {
      errors.push(`--${key} ${quote(value)} is not a date; use YYYY-MM-DD`)
    }
  }
  return errors.length === 0 ? { ok: true, options } : { ok: false, errors }
}
