import { formatIssue, type DataIssue } from '../data-issue'
import { formatSheetIssue } from '../sheets/sheet-issue'

/**
 * One problem of a preview, as data:check and data:from-csv name it: in a data file, by record and field;
 * in a dropped sheet, by row (as the spreadsheet numbers it) and column.
 */
export interface PreviewProblem {
  /** "data/activities.json", or the dropped file's name ("activities.csv"). */
  file: string
  /** The sheet's row as the spreadsheet shows it (the header is row 1); null outside a sheet. */
  row: number | null
  /** The sheet's column; null outside a sheet or for a whole row. */
  column: string | null
  /** The record's id in quotes (or "#3"), when the problem is in one. */
  record: string | null
  /** The path in the record, e.g. "towns[2]". */
  field: string | null
  message: string
}

export function problemOfIssue(issue: DataIssue): PreviewProblem {
  return { ...issue, row: null, column: null }
}

/** One line, as data:check names a record's problem and data:from-csv a sheet's (`activities.csv row 3, column towns: …`). */
export function formatPreviewProblem(problem: PreviewProblem): string {
  if (problem.row === null && problem.column === null) return formatIssue(problem)
  return formatSheetIssue({ sheet: problem.file, row: problem.row, column: problem.column, message: problem.message })
}
