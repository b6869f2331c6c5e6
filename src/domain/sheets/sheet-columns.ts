import { LANGUAGES } from '../localized-text'

/** What a reference column names: checked against the known ids, with the nearest one offered. */
export type ReferenceKind = 'town' | 'project' | 'organisation'

/**
 * One field of a record as spreadsheet columns. `key` is its path in the record ("population.value").
 * `empty` says what an empty cell means: the field left out ('missing': the schema says whether it may
 * be), null, or for a list the empty list.
 */
export type FieldSpec =
  | { type: 'text'; key: string; empty: 'missing' | 'null'; ref?: ReferenceKind }
  | { type: 'number'; key: string; empty: 'missing' | 'null' }
  | { type: 'boolean'; key: string }
  | { type: 'list'; key: string; empty: 'missing' | 'list'; ref?: ReferenceKind }
  /** A localised text: columns `key.original`, `key.sl`, `key.de`, `key.hu`, `key.en` (`column` instead of `key` when given). */
  | { type: 'localised'; key: string; empty: 'missing' | 'null'; column?: string }

const text = (key: string, empty: 'missing' | 'null' = 'missing', ref?: ReferenceKind): FieldSpec => ({ type: 'text', key, empty, ...(ref ? { ref } : {}) })
const number = (key: string, empty: 'missing' | 'null' = 'missing'): FieldSpec => ({ type: 'number', key, empty })
const boolean = (key: string): FieldSpec => ({ type: 'boolean', key })
const list = (key: string, empty: 'missing' | 'list' = 'list', ref?: ReferenceKind): FieldSpec => ({ type: 'list', key, empty, ...(ref ? { ref } : {}) })
const localised = (key: string, empty: 'missing' | 'null' = 'null', column?: string): FieldSpec => ({ type: 'localised', key, empty, ...(column ? { column } : {}) })

/** The column names of a field, in order. */
export function columnsOf(field: FieldSpec): string[] {
  if (field.type !== 'localised') return [field.key]
  const prefix = field.column ?? field.key
  return [`${prefix}.original`, ...LANGUAGES.map((language) => `${prefix}.${language}`)]
}

/** A town: one row each; `lon` and `lat` are its point. */
export const TOWN_FIELDS: readonly FieldSpec[] = [
  text('id'),
  text('names.official'),
  text('names.sl'),
  text('names.de'),
  text('names.hu'),
  text('names.en'),
  list('historicalNames', 'missing'),
  text('country'),
  text('region'),
  number('lon'),
  number('lat'),
  number('population.value'),
  number('population.year'),
  text('population.unit'),
  text('population.source'),
  number('areaKm2', 'null'),
  text('website', 'null'),
  number('geonamesId', 'null'),
  list('sources'),
  localised('notes'),
]

export const ACTIVITY_FIELDS: readonly FieldSpec[] = [
  text('id'),
  localised('title', 'missing'),
  text('kind'),
  text('start', 'null'),
  text('end', 'null'),
  boolean('dateInferred'),
  text('hostTown', 'null', 'town'),
  list('towns', 'list', 'town'),
  text('project', 'null', 'project'),
  boolean('cityCooperation'),
  localised('description'),
  text('confidence'),
  list('sources'),
  localised('notes'),
]

export const LINK_FIELDS: readonly FieldSpec[] = [
  text('id'),
  text('from', 'missing', 'town'),
  text('to', 'missing', 'town'),
  text('kind'),
  text('since', 'null'),
  text('until', 'null'),
  text('project', 'null', 'project'),
  text('confidence'),
  list('sources'),
  localised('notes'),
]

/** A project's own fields; its lists of objects are sheets of their own (below). */
export const PROJECT_FIELDS: readonly FieldSpec[] = [
  text('id'),
  localised('name', 'missing'),
  text('role'),
  list('parts', 'missing', 'project'),
  localised('programme', 'missing'),
  text('period.start', 'null'),
  text('period.end', 'null'),
  text('leadPartner', 'null', 'organisation'),
  number('budgetEur', 'null'),
  number('erdfEur', 'null'),
  localised('goals'),
  list('sources'),
  localised('notes'),
]

/** Every row of a project's list sheet starts with the project's id and the item's position in the list (1, 2, …). */
const ITEM_KEY: readonly FieldSpec[] = [text('project', 'missing', 'project'), number('position')]

export const PARTNER_FIELDS: readonly FieldSpec[] = [
  ...ITEM_KEY,
  text('organisation', 'missing', 'organisation'),
  text('role'),
  list('towns', 'list', 'town'),
  number('budgetEur', 'null'),
  number('erdfEur', 'null'),
  localised('description'),
  localised('notes'),
]

export const OUTPUT_FIELDS: readonly FieldSpec[] = [...ITEM_KEY, localised('output', 'missing')]

export const BENEFICIARY_FIELDS: readonly FieldSpec[] = [...ITEM_KEY, list('towns', 'list', 'town'), localised('output', 'missing'), list('sources')]

/**
 * One row per value of a conflict: the conflicts of a project are told apart by their `field`, the values
 * ordered by `position`. A value is a figure (`value`) or words (`value.original`, `value.sl`, …), not both.
 */
export const CONFLICT_FIELDS: readonly FieldSpec[] = [
  ...ITEM_KEY.slice(0, 1),
  text('field'),
  ...ITEM_KEY.slice(1),
  number('value'),
  localised('words', 'missing', 'value'),
  localised('note', 'missing'),
  list('sources'),
]
