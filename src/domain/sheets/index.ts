/**
 * Spreadsheets in and out (issue 13): the sheets a keeper fills in (CSV), read into records in the JSON
 * shape of data/ and written from them. Pure: no Node APIs, the browser preview uses it too.
 */
export { detectSeparator, formatCsv, parseCsv, SEPARATORS, type Separator, withoutBom } from './csv-text'
export { formatSheetIssue, type SheetIssue } from './sheet-issue'
export {
  detectSheetKind,
  isProjectListKind,
  PROJECT_LIST_SHEETS,
  SHEET_KINDS,
  sheetColumns,
  sheetFileName,
  sheetKindFromFileName,
  type ProjectListKind,
  type SheetKind,
} from './sheet-kinds'
export { readSheet, type KnownIds, type ReadSheetResult } from './read-sheet'
export { sheetRecords, sheetRows, templateSheet, writeSheet, type SheetData } from './write-sheets'
export { importSheets, sheetKindOf, type ImportResult, type SheetChange, type SheetFile } from './import-sheets'
