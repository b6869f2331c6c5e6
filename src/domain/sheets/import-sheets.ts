import { claimedId, type DataIssue, formatIssue, isObject } from '../data-issue'
import { DATA_FILES, type DataFileKey, type RawDataset } from '../dataset'
import { validateDataset } from '../validate-dataset'
import { parseCsv } from './csv-text'
import { mergeById, updateProject, updateProjectList } from './merge-records'
import { readSheet } from './read-sheet'
import type { SheetIssue } from './sheet-issue'
import { detectSheetKind, isProjectListKind, PROJECT_LIST_SHEETS, SHEET_FIELDS, SHEET_KINDS, sheetKindFromFileName, type SheetKind } from './sheet-kinds'
import { columnsOf } from './sheet-columns'
import { columnOfPath } from './sheet-validation'

/** A filled sheet to import: its file name, its text and, when the keeper says it, its kind. */
export interface SheetFile {
  name: string
  text: string
  kind?: SheetKind
}

/** What a sheet did to its data file. */
export interface SheetChange {
  sheet: string
  kind: SheetKind
  /** The data file it merges into ("data/activities.json"). */
  file: string
  added: string[]
  changed: string[]
  unchanged: string[]
}

export interface ImportResult {
  /** The data with every sheet merged (whatever the problems: write it only when `issues` is empty). */
  data: RawDataset
  changes: SheetChange[]
  issues: SheetIssue[]
  /** The data files whose records changed. */
  changedFiles: DataFileKey[]
}

const fileKey = (kind: SheetKind): Exclude<DataFileKey, 'organisations'> => (isProjectListKind(kind) ? 'projects' : kind)
const townId = (feature: unknown) => claimedId(isObject(feature) ? feature.properties : undefined)
const records = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const featuresOf = (towns: unknown) => records(isObject(towns) ? towns.features : undefined)

/** The kind of a sheet: as given, else from its header, else from its file name. */
export function sheetKindOf(file: SheetFile): SheetKind | null {
  return file.kind ?? detectSheetKind(parseCsv(file.text).rows[0] ?? []) ?? sheetKindFromFileName(file.name)
}

/** Where each record of a sheet came from: its rows, to name them in the problems the whole data shows. */
interface Origin {
  sheet: string
  kind: SheetKind
  rows: number[]
}

/** The row and column of a problem data:check finds in a record that came from a sheet. */
function locate(issue: DataIssue, origins: ReadonlyMap<string, Origin>): SheetIssue | null {
  if (issue.record === null) return null
  const id = JSON.parse(issue.record) as unknown
  const field = (issue.field ?? '').replace(/^properties\./, '')
  const top = /^(\w+)\[(\d+)\]\.?(.*)$/.exec(field)
  const list = top && Object.values(PROJECT_LIST_SHEETS).includes(top[1] as never) ? origins.get(`${issue.file}|${id}|${top[1]}`) : undefined
  const origin = list ?? origins.get(`${issue.file}|${id}|`)
  if (!origin) {
    // A project field a list sheet made wrong (its lead partner no longer a partner): the project's first row there.
    const other = [...origins.entries()].find(([key]) => key.startsWith(`${issue.file}|${id}|`))?.[1]
    return other ? { sheet: other.sheet, row: other.rows[0] ?? null, column: null, message: `${issue.field ?? 'the project'}: ${issue.message}` } : null
  }
  const columns = SHEET_FIELDS[origin.kind].flatMap(columnsOf)
  const path = (list ? (top?.[3] ?? '') : field).split('.').map((part) => part.replace(/\[\d+\]$/, ''))
  const row = list ? origin.rows[Number(top?.[2])] : origin.rows[0]
  return { sheet: origin.sheet, row: row ?? origin.rows[0] ?? null, column: columnOfPath(path, columns), message: issue.message }
}

/**
 * Merges filled sheets into the data by id (new ids added, existing ones replaced, every other record
 * kept) and checks the result as data:check does. Towns are merged first, then projects, activities,
 * links and the project list sheets, so a sheet may name what another adds. Every problem names its
 * sheet, row and column.
 */
export function importSheets(data: RawDataset, files: readonly SheetFile[]): ImportResult {
  const next: RawDataset = { ...data }
  const issues: SheetIssue[] = []
  const changes: SheetChange[] = []
  const origins = new Map<string, Origin>()
  const kinds = files.map((file) => ({ file, kind: sheetKindOf(file) }))
  for (const { file, kind } of kinds) {
    if (kind === null) issues.push({ sheet: file.name, row: 1, column: null, message: `cannot tell which sheet this is from its header or name: name it with --kind (${SHEET_KINDS.join(', ')})` })
  }
  const ordered = kinds.filter((entry): entry is { file: SheetFile; kind: SheetKind } => entry.kind !== null)
    .sort((a, b) => SHEET_KINDS.indexOf(a.kind) - SHEET_KINDS.indexOf(b.kind))
  for (const { file, kind } of ordered) {
    const idsOf = (key: 'projects' | 'organisations') => records(next[key]).map(claimedId).filter((id) => id !== undefined)
    const known = { towns: featuresOf(next.towns).map(townId).filter((id) => id !== undefined), projects: idsOf('projects'), organisations: idsOf('organisations') }
    const sheet = readSheet(file.text, kind, file.name, known)
    issues.push(...sheet.issues)
    const key = fileKey(kind)
    let merged
    if (kind === 'towns') {
      merged = mergeById(featuresOf(next.towns), sheet.records, townId)
      next.towns = { ...(isObject(next.towns) ? next.towns : { type: 'FeatureCollection' }), features: merged.records }
    } else {
      const existing = records(next[key])
      // A project list sheet changes projects that exist (readSheet reports an unknown one, with the nearest id).
      const incoming = isProjectListKind(kind) ? sheet.records.filter((record) => known.projects.includes(claimedId(record) ?? '')) : sheet.records
      const update = isProjectListKind(kind) ? updateProjectList : kind === 'projects' ? updateProject : undefined
      merged = mergeById(existing, incoming, claimedId, update)
      next[key] = merged.records
    }
    const { added, changed, unchanged } = merged
    changes.push({ sheet: file.name, kind, file: DATA_FILES[key], added, changed, unchanged })
    sheet.records.forEach((record, index) => {
      const id = kind === 'towns' ? townId(record) : claimedId(record)
      const list = isProjectListKind(kind) ? PROJECT_LIST_SHEETS[kind] : ''
      origins.set(`${DATA_FILES[key]}|${id}|${list}`, { sheet: file.name, kind, rows: sheet.rows[index] ?? [] })
    })
  }
  // What only the whole data shows (a host town not among the towns, a lead partner not a partner…), new problems only.
  const before = new Set(validateDataset(data).issues.map(formatIssue))
  const seen = new Set(issues.map((issue) => `${issue.sheet}|${issue.row}|${issue.column}|${issue.message}`))
  for (const issue of validateDataset(next).issues) {
    if (before.has(formatIssue(issue))) continue
    const located = locate(issue, origins) ?? { sheet: issue.file, row: null, column: null, message: formatIssue(issue).replace(/^[^:]*: /, '') }
    const key = `${located.sheet}|${located.row}|${located.column}|${located.message}`
    if (!seen.has(key)) issues.push(located)
    seen.add(key)
  }
  const changedFiles = [...new Set(changes.filter((change) => change.added.length + change.changed.length > 0).map((change) => fileKey(change.kind)))]
  return { data: next, changes, issues, changedFiles }
}
