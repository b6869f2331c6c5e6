import type { z } from 'zod'
import { closestId } from '../closest-id'
import type { CellIssue } from './sheet-cells'

/** The column of a path in a record ("towns[2]" -> "towns", "title.de" -> "title.de", "title" -> "title.original"). */
export function columnOfPath(path: readonly PropertyKey[], columns: readonly string[]): string | null {
  const key = path.filter((part) => typeof part === 'string').join('.')
  if (columns.includes(key)) return key
  return columns.find((column) => column.startsWith(`${key}.`)) ?? null
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined
  return value
}

/** "7.3.2019" -> "2019-03-07": a day-first date as spreadsheets in sl, de and hu settings show it. */
function isoHint(cell: string): string | null {
  const match = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?$/.exec(cell)
  if (!match) return null
  return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
}

/** A schema's problem in a spreadsheet's words: an empty cell, an unknown option with the nearest one, a date to rewrite. */
function describe(issue: z.core.$ZodIssue, value: unknown, cell: string): string {
  if (value === undefined) return / is missing$/.test(issue.message) ? issue.message.replace(/ is missing$/, ' is empty') : 'is empty'
  if (issue.code === 'invalid_value' && cell !== '') {
    const options = issue.values.map(String)
    const hint = closestId(cell, options)
    return `"${cell}" is not one of: ${options.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`
  }
  const message = issue.message.replace(/^Invalid input: /, '')
  const hint = isoHint(cell)
  if (/^not an ISO date/.test(message) && hint) return `"${cell}" is ${message}: write it as ${hint}`
  return cell !== '' && !message.includes(cell) ? `"${cell}": ${message}` : message
}

/**
 * Column and message of each problem a schema finds in a row's record. A column whose cell could not be
 * read at all (`cellIssues`) is reported once, by the cell reader.
 */
export function schemaIssues(
  error: z.ZodError,
  record: unknown,
  columns: readonly string[],
  cell: (column: string) => string,
  cellIssues: readonly CellIssue[] = [],
  columnOf: (path: readonly PropertyKey[]) => string | null = (path) => columnOfPath(path, columns),
): CellIssue[] {
  const unreadable = new Set(cellIssues.map((issue) => issue.column))
  const issues: CellIssue[] = []
  for (const issue of error.issues) {
    const column = columnOf(issue.path)
    if (column !== null && unreadable.has(column)) continue
    const message = describe(issue, valueAt(record, issue.path), column === null ? '' : cell(column))
    if (!issues.some((known) => known.column === column && known.message === message)) issues.push({ column, message })
  }
  return issues
}
