import { isObject } from '../data-issue'
import { formatCsv, type Separator } from './csv-text'
import { recordToRow } from './sheet-cells'
import { SHEET_FIELDS, sheetColumns, type SheetKind } from './sheet-kinds'

/** The data files as read from data/ (JSON values, not yet validated). */
export interface SheetData {
  /** data/cities.geojson: a FeatureCollection. */
  towns: unknown
  projects: unknown
  activities: unknown
  links: unknown
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const objects = (value: unknown): Record<string, unknown>[] => list(value).filter(isObject)

/** A town feature as a row's record: its properties with `lon` and `lat` from its point. */
function townRow(feature: Record<string, unknown>): Record<string, unknown> {
  const geometry = isObject(feature.geometry) ? feature.geometry : {}
  const [lon, lat] = list(geometry.coordinates)
  return { ...(isObject(feature.properties) ? feature.properties : {}), lon, lat }
}

/** Each item of a project's list with the project's id and its position (1, 2, …). */
function itemsOf(projects: unknown, field: string, item: (value: unknown) => Record<string, unknown>[]): Record<string, unknown>[] {
  return objects(projects).flatMap((project) =>
    list(project[field]).flatMap(item).map((value, index) => ({ project: project.id, position: index + 1, ...value })),
  )
}

/** The records a sheet shows, one per row. */
export function sheetRecords(kind: SheetKind, data: SheetData): Record<string, unknown>[] {
  switch (kind) {
    case 'towns':
      return objects(isObject(data.towns) ? data.towns.features : []).map(townRow)
    case 'projects':
    case 'activities':
    case 'links':
      return objects(data[kind])
    case 'project-partners':
      return itemsOf(data.projects, 'partners', (partner) => (isObject(partner) ? [partner] : []))
    case 'project-outputs':
      return itemsOf(data.projects, 'outputs', (output) => [{ output }])
    case 'project-beneficiaries':
      return itemsOf(data.projects, 'beneficiaries', (beneficiary) => (isObject(beneficiary) ? [beneficiary] : []))
    case 'project-conflicts':
      // One row per value; the position counts within its conflict.
      return objects(data.projects).flatMap((project) =>
        objects(project.conflicts).flatMap((conflict) =>
          objects(conflict.values).map((value, index) => ({
            project: project.id,
            field: conflict.field,
            position: index + 1,
            ...(typeof value.value === 'number' ? { value: value.value } : { words: value.value }),
            note: value.note,
            sources: value.sources,
          })),
        ),
      )
  }
}

/** The sheet's rows: the header, then a row per record. */
export function sheetRows(kind: SheetKind, data: SheetData): string[][] {
  return [sheetColumns(kind), ...sheetRecords(kind, data).map((record) => recordToRow(SHEET_FIELDS[kind], record))]
}

/**
 * The CSV text of a sheet, starting with a UTF-8 byte order mark so that Excel reads the letters
 * (č, ő, ß) right; every spreadsheet program reads it.
 */
export function writeSheet(kind: SheetKind, data: SheetData, separator: Separator = ','): string {
  return `\uFEFF${formatCsv(sheetRows(kind, data), separator)}`
}

/** How many cells of a row are filled: the template's example is the fullest record. */
const filled = (row: readonly string[]) => row.filter((cell) => cell !== '').length

/**
 * A template: the header and one example row, the record of the real data with the most filled cells
 * (the first of them on a tie), so that a keeper sees every column used.
 */
export function templateSheet(kind: SheetKind, data: SheetData): string {
  const [header = [], ...rows] = sheetRows(kind, data)
  const example = rows.reduce<string[] | undefined>((best, row) => (best === undefined || filled(row) > filled(best) ? row : best), undefined)
  return `\uFEFF${formatCsv(example ? [header, example] : [header])}`
}
