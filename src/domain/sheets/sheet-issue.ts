/** One problem in a spreadsheet, precise enough to find the cell: the sheet, its row as the spreadsheet shows it, the column. */
export interface SheetIssue {
  /** The file name of the sheet ("activities.csv"), or the data file for a problem found in data/. */
  sheet: string
  /** The row number as the spreadsheet shows it (the header is row 1); null for the whole sheet. */
  row: number | null
  /** The column's name in the header ("title.de"); null for the whole row. */
  column: string | null
  message: string
}

/** "activities.csv row 5, column towns: unknown town "ptujj" (did you mean "ptuj"?)" */
export function formatSheetIssue(issue: SheetIssue): string {
  const where = [issue.row === null ? null : `row ${issue.row}`, issue.column === null ? null : `column ${issue.column}`]
    .filter((part): part is string => part !== null)
    .join(', ')
  return `${issue.sheet}${where === '' ? '' : ` ${where}`}: ${issue.message}`
}
