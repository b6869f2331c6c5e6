import { z } from '../zod'
import { activitySchema } from '../activity-schema'
import { conflictSchema, idSchema } from '../common-schemas'
import { linkSchema } from '../link-schema'
import { localizedTextSchema } from '../localized-text'
import { projectBeneficiarySchema, projectPartnerSchema, projectSchema } from '../project-schema'
import { townFeatureSchema, townPropertiesSchema } from '../town-schema'
import type { CellIssue } from './sheet-cells'
import { isProjectListKind, PROJECT_LIST_SHEETS, type ProjectListKind, type SheetKind } from './sheet-kinds'
import { columnOfPath, schemaIssues } from './sheet-validation'

/** A row read from a sheet: its number as the spreadsheet shows it, its cells, the record they make, its problems so far. */
export interface SheetRow {
  row: number
  cell: (column: string) => string
  record: Record<string, unknown>
  issues: CellIssue[]
}

export interface AssembledRecords {
  records: unknown[]
  rows: number[][]
}

/** The keys of an object in the order of `order` (the schema's), then any others. */
export function orderKeys(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((key) => key in record), ...Object.keys(record).filter((key) => !order.includes(key))]
  return Object.fromEntries(keys.map((key) => [key, record[key]]))
}

/** A town row as the GeoJSON Feature of data/cities.geojson. */
function townFeature(record: Record<string, unknown>) {
  const { lon, lat, ...properties } = record
  return {
    type: 'Feature',
    ...(typeof record.id === 'string' ? { id: record.id } : {}),
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: orderKeys(properties, Object.keys(townPropertiesSchema.shape)),
  }
}

function townColumn(path: readonly PropertyKey[], columns: readonly string[]): string | null {
  if (path[0] === 'geometry') return path[2] === 1 ? 'lat' : 'lon'
  return columnOfPath(path[0] === 'properties' ? path.slice(1) : path, columns)
}

const MAIN = {
  towns: { schema: townFeatureSchema, build: townFeature },
  activities: { schema: activitySchema, build: (record: Record<string, unknown>) => orderKeys(record, Object.keys(activitySchema.shape)) },
  links: { schema: linkSchema, build: (record: Record<string, unknown>) => orderKeys(record, Object.keys(linkSchema.shape)) },
  // The lists of a project come from their own sheets: a project read alone has none yet.
  projects: {
    schema: projectSchema,
    build: (record: Record<string, unknown>) => orderKeys({ ...record, partners: [], outputs: [] }, Object.keys(projectSchema.shape)),
  },
} as const

/** One record per row, each validated by the data's schema; a repeated id is a problem of the later row. */
function mainRecords(kind: keyof typeof MAIN, rows: readonly SheetRow[], columns: readonly string[]): AssembledRecords {
  const { schema, build } = MAIN[kind]
  const columnOf = kind === 'towns' ? (path: readonly PropertyKey[]) => townColumn(path, columns) : undefined
  const firstRow = new Map<string, number>()
  const result: AssembledRecords = { records: [], rows: [] }
  for (const sheetRow of rows) {
    const record = build(sheetRow.record)
    const parsed = schema.safeParse(record)
    if (!parsed.success) sheetRow.issues.push(...schemaIssues(parsed.error, record, columns, sheetRow.cell, sheetRow.issues, columnOf))
    const id = sheetRow.record.id
    if (typeof id === 'string') {
      const first = firstRow.get(id)
      if (first !== undefined) sheetRow.issues.push({ column: 'id', message: `the id "${id}" is also in row ${first}` })
      else firstRow.set(id, sheetRow.row)
    }
    if (sheetRow.issues.length > 0) continue
    result.records.push(record)
    result.rows.push([sheetRow.row])
  }
  return result
}

const itemKeySchema = z.strictObject({
  project: idSchema,
  position: z.number().int({ message: 'must be a whole number (1 for the first, 2 for the second, …)' }).positive({ message: 'must be 1 or more' }),
})

interface ListItem {
  /** What tells the items of a project apart: the position, and for a conflict its field too. */
  group: string
  position: number
  value: unknown
}

/** The item a row of a project list sheet holds, and the schema that checks it. */
function listItem(kind: ProjectListKind, record: Record<string, unknown>, sheetRow: SheetRow): { item: unknown; schema: z.ZodType; group: string } {
  const { project: _project, position: _position, ...fields } = record
  switch (kind) {
    case 'project-partners':
      return { item: fields, schema: projectPartnerSchema, group: '' }
    case 'project-outputs':
      return { item: fields, schema: z.strictObject({ output: localizedTextSchema }), group: '' }
    case 'project-beneficiaries':
      return { item: fields, schema: projectBeneficiarySchema, group: '' }
    case 'project-conflicts': {
      const { field, value, words, note, sources } = fields
      if (value !== undefined && words !== undefined) sheetRow.issues.push({ column: 'value', message: 'fill in either value (a figure) or value.original and the languages (words), not both' })
      const item = { value: value ?? words, ...(note === undefined ? {} : { note }), sources }
      const schema = z.strictObject({ field: conflictSchema.shape.field, ...conflictSchema.shape.values.element.shape })
      return { item: { field, ...item }, schema, group: typeof field === 'string' ? field : '' }
    }
  }
}

/**
 * The rows of a project list sheet as one record per project, `{ id, partners: [...] }`, its items
 * in the order of their `position`. A project with a bad row is left out (the row's problems say why).
 */
function projectLists(kind: ProjectListKind, rows: readonly SheetRow[], columns: readonly string[]): AssembledRecords {
  const byProject = new Map<string, { items: (ListItem & { row: number })[]; bad: boolean }>()
  for (const sheetRow of rows) {
    const key = { project: sheetRow.record.project, position: sheetRow.record.position }
    const keyParsed = itemKeySchema.safeParse(key)
    if (!keyParsed.success) sheetRow.issues.push(...schemaIssues(keyParsed.error, key, columns, sheetRow.cell, sheetRow.issues))
    const { item, schema, group } = listItem(kind, sheetRow.record, sheetRow)
    const parsed = schema.safeParse(item)
    if (!parsed.success) sheetRow.issues.push(...schemaIssues(parsed.error, item, columns, sheetRow.cell, sheetRow.issues))
    if (!keyParsed.success) continue
    const { project, position } = keyParsed.data
    const entry = byProject.get(project) ?? { items: [], bad: false }
    byProject.set(project, entry)
    const twin = entry.items.find((other) => other.group === group && other.position === position)
    if (twin) sheetRow.issues.push({ column: 'position', message: `position ${position}${group ? ` of "${group}"` : ''} of project "${project}" is also in row ${twin.row}` })
    entry.bad ||= sheetRow.issues.length > 0
    entry.items.push({ group, position, value: item, row: sheetRow.row })
  }
  const field = PROJECT_LIST_SHEETS[kind]
  const result: AssembledRecords = { records: [], rows: [] }
  for (const [project, { items, bad }] of byProject) {
    if (bad) continue
    const groups = [...new Set(items.map((item) => item.group))]
    const sorted = groups.flatMap((group) => items.filter((item) => item.group === group).sort((a, b) => a.position - b.position))
    result.records.push({ id: project, [field]: listValue(kind, groups, sorted) })
    result.rows.push(sorted.map((item) => item.row))
  }
  return result
}

/** The list a project gets: the items themselves, an output's text, or conflicts grouped by field. */
function listValue(kind: ProjectListKind, groups: readonly string[], items: readonly ListItem[]): unknown[] {
  if (kind === 'project-outputs') return items.map((item) => (item.value as { output: unknown }).output)
  if (kind !== 'project-conflicts') return items.map((item) => item.value)
  return groups.map((group) => ({
    field: group,
    values: items.filter((item) => item.group === group).map((item) => {
      const { field: _field, ...value } = item.value as Record<string, unknown>
      return value
    }),
  }))
}

/** The records of a sheet's rows, each row checked by the data's schemas; problems are added to the rows. */
export function assembleRecords(kind: SheetKind, rows: readonly SheetRow[], columns: readonly string[]): AssembledRecords {
  return isProjectListKind(kind) ? projectLists(kind, rows, columns) : mainRecords(kind, rows, columns)
}
