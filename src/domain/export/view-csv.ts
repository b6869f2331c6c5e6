import { csvFormat } from 'd3'
import type { CsvTable } from './csv-tables'
import type { ActivityRecord, TieRecord, TownRecord, ViewRecords } from './view-records'

export { CSV_TABLES, type CsvTable } from './csv-tables'

/** Lists in one cell (a tie's records, an activity's towns) are joined by this, as in the network export. */
export const CSV_LIST_SEPARATOR = ';'

/**
 * Spreadsheets (Excel above all) read a CSV file as UTF-8 only when it starts with a byte-order mark;
 * without it "Szentgotthárd" and "Ormož" come out garbled.
 */
export const CSV_BOM = '\uFEFF'

type Cell = string | number | boolean | null | readonly string[]

const TOWN_COLUMNS: readonly (keyof TownRecord)[] = [
  'id', 'name', 'name_sl', 'name_de', 'name_hu', 'name_en', 'country', 'region', 'population', 'population_year', 'lon', 'lat',
  'strength', 'direct_partners', 'partners', 'groups', 'network_wide', 'first_year', 'betweenness', 'community',
]

const TIE_COLUMNS: readonly (keyof TieRecord)[] = [
  'source', 'target', 'source_name', 'target_name', 'tie', 'weight', 'first', 'last', 'open', 'kinds', 'evidence',
]

const ACTIVITY_COLUMNS: readonly (keyof ActivityRecord)[] = [
  'id', 'title', 'title_sl', 'title_de', 'title_hu', 'title_en', 'title_original', 'kind', 'start', 'end', 'date_inferred',
  'host_town', 'towns', 'project', 'confidence', 'sources',
]

function cell(value: Cell): string {
  if (value === null) return ''
  if (Array.isArray(value)) return value.join(CSV_LIST_SEPARATOR)
  return String(value)
}

function table<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const flat = rows.map((row) => Object.fromEntries(columns.map((column) => [column, cell(row[column] as Cell)])))
  return `${CSV_BOM}${csvFormat(flat, [...columns])}\n`
}

/** One table of the view's records as CSV (RFC 4180 quoting, a header row, lists joined by ";"). */
export function viewCsv(records: ViewRecords, which: CsvTable): string {
  switch (which) {
    case 'towns': return table(records.towns, TOWN_COLUMNS)
    case 'ties': return table(records.ties, TIE_COLUMNS)
    case 'activities': return table(records.activities, ACTIVITY_COLUMNS)
  }
}
