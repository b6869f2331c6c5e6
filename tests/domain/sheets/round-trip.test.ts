import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  detectSheetKind,
  importSheets,
  parseCsv,
  readSheet,
  SHEET_KINDS,
  sheetColumns,
  sheetFileName,
  sheetKindFromFileName,
  templateSheet,
  writeSheet,
} from '../../../src/domain/sheets'
import type { RawDataset } from '../../../src/domain/dataset'
import { realRawData } from './sheet-test-data'

const raw = realRawData()
const TEMPLATES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/templates')
const empty: RawDataset = { ...raw, towns: { type: 'FeatureCollection', features: [] }, projects: [], activities: [], links: [] }

describe('the round trip data -> CSV -> data', () => {
  it.each([',', ';'] as const)('is lossless for every sheet, separator %j: the data read back deep-equals data/', (separator) => {
    const files = SHEET_KINDS.map((kind) => ({ name: sheetFileName(kind), text: writeSheet(kind, raw, separator) }))
    const result = importSheets(empty, files)
    expect(result.issues).toEqual([])
    for (const key of ['towns', 'projects', 'activities', 'links'] as const) expect(result.data[key], key).toStrictEqual(raw[key])
    // Key order too, as the schemas order them: the JSON written is the JSON in data/.
    for (const key of ['towns', 'activities', 'links'] as const) {
      expect(JSON.stringify(result.data[key], null, 2), key).toBe(JSON.stringify(raw[key], null, 2))
    }
  })

  it('reads every sheet of the real data without a problem, checking references against the data', () => {
    const ids = (records: unknown) => (records as { id: string }[]).map((record) => record.id)
    const known = {
      towns: (raw.towns as { features: { id: string }[] }).features.map((feature) => feature.id),
      projects: ids(raw.projects),
      organisations: ids(raw.organisations),
    }
    for (const kind of SHEET_KINDS) {
      const { records, issues } = readSheet(writeSheet(kind, raw), kind, sheetFileName(kind), known)
      expect(issues, kind).toEqual([])
      expect(records.length, kind).toBeGreaterThan(0)
    }
  })

  it('leaves data/ unchanged when the sheets of data/ are merged into it: every record unchanged', () => {
    const result = importSheets(raw, SHEET_KINDS.map((kind) => ({ name: sheetFileName(kind), text: writeSheet(kind, raw) })))
    expect(result.issues).toEqual([])
    expect(result.changedFiles).toEqual([])
    for (const change of result.changes) expect(change.added.length + change.changed.length, change.sheet).toBe(0)
  })
})

describe('sheet kinds', () => {
  it('tells each sheet from its header, and from its file name', () => {
    for (const kind of SHEET_KINDS) {
      expect(detectSheetKind(sheetColumns(kind)), kind).toBe(kind)
      expect(detectSheetKind(sheetColumns(kind).slice(0, -3)), `${kind} without its last columns`).toBe(kind)
      expect(sheetKindFromFileName(`/somewhere/${kind} (2).csv`), kind).toBe(kind)
    }
    expect(detectSheetKind(['name', 'email'])).toBeNull()
    expect(sheetKindFromFileName('Activities-2025.CSV')).toBe('activities')
    expect(sheetKindFromFileName('budget.csv')).toBeNull()
  })
})

describe('data/templates', () => {
  // Written from data/ by `npm run data:to-csv -- --templates`; the snapshot of data/ holds the same records.
  it.each(SHEET_KINDS)('%s.csv is the header and the fullest record of the data, as data:to-csv --templates writes it', (kind) => {
    const text = readFileSync(join(TEMPLATES, sheetFileName(kind)), 'utf8')
    expect(text).toBe(templateSheet(kind, raw))
    const { rows } = parseCsv(text)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toEqual(sheetColumns(kind))
    expect(readSheet(text, kind, sheetFileName(kind)).issues).toEqual([])
  })
})
