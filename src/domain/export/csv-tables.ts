/** The tables of the current view a reader can download as CSV (src/domain/export/view-csv.ts makes them). */
export const CSV_TABLES = ['towns', 'ties', 'activities'] as const
export type CsvTable = (typeof CSV_TABLES)[number]
