import { ALL_TOWNS } from '../activity-schema'
import { closestId } from '../closest-id'
import { parseCsv } from './csv-text'
import { type CellIssue, rowToRecord, splitList } from './sheet-cells'
import { columnsOf, type ReferenceKind } from './sheet-columns'
import type { SheetIssue } from './sheet-issue'
import { SHEET_FIELDS, sheetColumns, sheetFileName, type SheetKind } from './sheet-kinds'
import { assembleRecords, type SheetRow } from './sheet-records'

/** The ids a sheet may refer to (the current data's); without them references are not checked. */
export interface KnownIds {
  towns: Iterable<string>
  projects: Iterable<string>
  organisations: Iterable<string>
}

export interface ReadSheetResult {
  /**
   * The valid records, in the JSON shape of data/ (a town is a GeoJSON Feature). A project list sheet
   * (project-partners, …) gives one record per project: `{ id, partners: [...] }` (or outputs, …).
   */
  records: unknown[]
  issues: SheetIssue[]
  /** The spreadsheet row of each record (for a project list sheet, the rows of its items, in their order). */
  rows: number[][]
}

/** Problems of the header: unknown, repeated or missing columns. Any of them stops the reading (row 1 is wrong). */
function headerIssues(header: readonly string[], kind: SheetKind, sheet: string): SheetIssue[] {
  const expected = sheetColumns(kind)
  const issues: SheetIssue[] = []
  const seen = new Set<string>()
  for (const column of header) {
    if (column === '') continue
    if (seen.has(column)) issues.push({ sheet, row: 1, column, message: 'this column appears twice' })
    seen.add(column)
    if (!expected.includes(column)) {
      const hint = closestId(column, expected)
      issues.push({ sheet, row: 1, column, message: `unknown column "${column}"${hint ? ` (did you mean "${hint}"?)` : ''}` })
    }
  }
  for (const column of expected) {
    if (!seen.has(column)) issues.push({ sheet, row: 1, column, message: `the column "${column}" is missing (data/templates/${sheetFileName(kind)} has every column)` })
  }
  return issues
}

/** Unknown ids in a row's reference columns, each with the nearest known id. */
function referenceIssues(kind: SheetKind, cell: (column: string) => string, known: Record<ReferenceKind, ReadonlySet<string>>): CellIssue[] {
  const issues: CellIssue[] = []
  for (const field of SHEET_FIELDS[kind]) {
    if ((field.type !== 'text' && field.type !== 'list') || field.ref === undefined) continue
    const ids = known[field.ref]
    const values = field.type === 'list' ? splitList(cell(field.key)) : [cell(field.key)]
    for (const value of values) {
      if (value === '' || ids.has(value) || (field.ref === 'town' && value === ALL_TOWNS)) continue
      const hint = closestId(value, ids)
      issues.push({ column: field.key, message: `unknown ${field.ref} "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}` })
    }
  }
  return issues
}

/**
 * Reads a filled sheet: the CSV text (UTF-8 with or without BOM; comma, semicolon or tab; quoted line
 * breaks) -> records validated with the data's schemas. Every row is either a record or reported: each
 * problem names the sheet, the row as the spreadsheet shows it (the header is row 1), the column and what
 * is wrong. With `known`, references to towns, projects and organisations are checked too (the sheet's own
 * project ids count as known).
 */
export function readSheet(text: string, kind: SheetKind, sheetName: string, known?: KnownIds): ReadSheetResult {
  const { rows } = parseCsv(text)
  const [rawHeader, ...body] = rows
  const header = (rawHeader ?? []).map((column) => column.trim())
  if (header.every((column) => column === '')) {
    return { records: [], issues: [{ sheet: sheetName, row: null, column: null, message: 'the sheet is empty: it needs the header row of the template' }], rows: [] }
  }
  const headerProblems = headerIssues(header, kind, sheetName)
  if (headerProblems.length > 0) return { records: [], issues: headerProblems, rows: [] }

  const issues: SheetIssue[] = []
  const sheetRows: SheetRow[] = []
  body.forEach((cells, index) => {
    const row = index + 2
    const trimmed = cells.map((value) => value.trim())
    if (trimmed.every((value) => value === '')) return
    const stray = trimmed.findIndex((value, position) => value !== '' && (header[position] ?? '') === '')
    if (stray >= 0) {
      issues.push({ sheet: sheetName, row, column: null, message: `cell ${stray + 1} has a value but its column has no name in row 1` })
      return
    }
    const cell = (column: string) => trimmed[header.indexOf(column)] ?? ''
    const read = rowToRecord(SHEET_FIELDS[kind], cell)
    sheetRows.push({ row, cell, record: read.record, issues: read.issues })
  })

  const assembled = assembleRecords(kind, sheetRows, SHEET_FIELDS[kind].flatMap(columnsOf))
  if (known !== undefined) {
    const sets: Record<ReferenceKind, Set<string>> = {
      town: new Set(known.towns),
      project: new Set(known.projects),
      organisation: new Set(known.organisations),
    }
    if (kind === 'projects') for (const { record } of sheetRows) if (typeof record.id === 'string') sets.project.add(record.id)
    for (const sheetRow of sheetRows) sheetRow.issues.push(...referenceIssues(kind, sheetRow.cell, sets))
  }
  for (const { row, issues: rowIssues } of sheetRows) {
    for (const issue of rowIssues) issues.push({ sheet: sheetName, row, column: issue.column, message: issue.message })
  }
  // Stable: a row's problems stay in the order of its columns.
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  return { records: assembled.records, issues, rows: assembled.rows }
}
