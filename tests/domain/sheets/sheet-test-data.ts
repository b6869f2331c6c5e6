import { readRawDataset } from '../../../scripts/check-data-dir'
import { formatCsv, sheetColumns, type SheetKind } from '../../../src/domain/sheets'
import { FIXTURE_DATA_DIR } from '../../real-data'

/** The real records as JSON: the frozen snapshot of data/ (tests/fixtures/dataset), read as data:check reads it. */
export function realRawData() {
  const { raw, issues } = readRawDataset(FIXTURE_DATA_DIR)
  if (issues.length > 0) throw new Error(`the snapshot of data/ cannot be read: ${JSON.stringify(issues)}`)
  return raw
}

/** A sheet of `kind` with the given rows, each a map of column -> cell (other cells empty). */
export function sheetText(kind: SheetKind, rows: readonly Record<string, string>[], separator: ',' | ';' = ','): string {
  const columns = sheetColumns(kind)
  return formatCsv([columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))], separator)
}

const text = (prefix: string, words: string, original = 'en') => ({
  [`${prefix}.original`]: original,
  [`${prefix}.sl`]: `${words} (sl)`,
  [`${prefix}.de`]: `${words} (de)`,
  [`${prefix}.hu`]: `${words} (hu)`,
  [`${prefix}.en`]: words,
})

/** A valid activity row. */
export function activityRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id: 'partner-day-2025',
    ...text('title', 'Partner day'),
    kind: 'partner-day',
    start: '2025-05',
    hostTown: 'ptuj',
    towns: 'ptuj | ormoz',
    confidence: 'high',
    sources: 'https://example.org/partner-day',
    ...overrides,
  }
}

/** A valid partner row of a project list sheet. */
export function partnerRow(overrides: Record<string, string> = {}): Record<string, string> {
  return { project: 'skupaj', position: '1', organisation: 'some-agency', role: 'lead', towns: 'ptuj', ...overrides }
}
