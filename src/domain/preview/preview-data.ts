import { formatIssue, type DataIssue } from '../data-issue'
import { DATA_FILES, type DataFileKey, type Dataset, type RawDataset } from '../dataset'
import { importSheets, sheetKindOf } from '../sheets'
import { validateDataset } from '../validate-dataset'
import { recordIdOf, recordsOfDataFile, withRecords } from './data-file-records'
import { mergeById } from '../sheets/merge-records'
import { fileProblem, isJsonInput, type PreviewInput } from './preview-file'
import { problemOfIssue, type PreviewProblem } from './preview-problem'
import { readJsonFile } from './read-json-file'

/** What one dropped file did to the data. */
export interface PreviewedFile {
  name: string
  target: DataFileKey | null
  added: string[]
  changed: string[]
}

/** The data with the dropped files merged in, validated as the app validates data/ when it loads. */
export interface DataPreview {
  files: PreviewedFile[]
  /** The merged files, in the data/ format. */
  raw: RawDataset
  /** The data files the preview changes, in the order of DATA_FILES: each can be downloaded. */
  changedFiles: DataFileKey[]
  /** The records that passed validation: what the map and the lists show. */
  dataset: Dataset
  /** Problems the dropped files bring: in reading them, and in validating the merged data. */
  problems: PreviewProblem[]
  /** Problems data/ had already and still has. */
  knownIssues: DataIssue[]
  added: number
  changed: number
}

const UNKNOWN_SHEET = 'cannot tell which sheet this is: its first row must be the header of a template in data/templates/, or its name the template\'s (activities.csv, …)'

/** Splits `issues` into those `before` had (each counted as often as it occurs there) and new ones. */
function splitIssues(issues: readonly DataIssue[], before: readonly DataIssue[]): { fresh: DataIssue[]; known: DataIssue[] } {
  const left = new Map<string, number>()
  for (const issue of before) left.set(formatIssue(issue), (left.get(formatIssue(issue)) ?? 0) + 1)
  const fresh: DataIssue[] = []
  const known: DataIssue[] = []
  for (const issue of issues) {
    const count = left.get(formatIssue(issue)) ?? 0
    left.set(formatIssue(issue), count - 1)
    ;(count > 0 ? known : fresh).push(issue)
  }
  return { fresh, known }
}

/**
 * Merges the dropped files into `base` (the files of data/ as they are) by id and validates the result
 * with the checks the app runs on loading. JSON files go in first, record by record; then the sheets,
 * exactly as data:from-csv imports them (the same merging, the same problems by sheet, row and column).
 * Only problems the files bring are listed; those data/ had already are `knownIssues`.
 */
export function previewData(base: RawDataset, inputs: readonly PreviewInput[]): DataPreview {
  const raw: RawDataset = { ...base }
  const changed = new Set<DataFileKey>()
  const jsonFiles = inputs.filter(isJsonInput).map(readJsonFile)
  const previewed = new Map<string, PreviewedFile>()
  for (const file of jsonFiles) {
    const key = file.target
    if (key === null) continue
    const merged = mergeById(recordsOfDataFile(key, raw[key]), file.records, recordIdOf(key))
    raw[key] = withRecords(key, raw[key], merged.records)
    if (merged.added.length + merged.changed.length > 0) changed.add(key)
    previewed.set(file.name, { name: file.name, target: key, added: merged.added, changed: merged.changed })
  }

  const { issues: baseIssues } = validateDataset(base)
  // Problems the JSON files brought (the sheets' own are named by the import, by row and column).
  const fromJson = jsonFiles.length > 0 ? splitIssues(validateDataset(raw).issues, baseIssues).fresh : []
  // A sheet of no known kind is named here: the import's message speaks of the command's options.
  const sheets = inputs.filter((input) => !isJsonInput(input))
  const readable = sheets.filter((sheet) => sheetKindOf(sheet) !== null)
  const unknown = sheets.filter((sheet) => sheetKindOf(sheet) === null).map((sheet) => ({ ...fileProblem(sheet.name, UNKNOWN_SHEET), row: 1 }))
  const imported = readable.length > 0 ? importSheets(raw, readable) : null
  for (const change of imported?.changes ?? []) {
    const target = (Object.keys(DATA_FILES) as DataFileKey[]).find((key) => DATA_FILES[key] === change.file) ?? null
    previewed.set(change.sheet, { name: change.sheet, target, added: change.added, changed: change.changed })
  }
  for (const key of imported?.changedFiles ?? []) changed.add(key)

  const final = imported?.data ?? raw
  const { dataset, issues } = validateDataset(final)
  const { fresh, known } = splitIssues(issues, baseIssues)
  const stillThere = new Set(fresh.map(formatIssue))
  const files = inputs.map((input) => previewed.get(input.name) ?? { name: input.name, target: null, added: [], changed: [] })
  return {
    files,
    raw: final,
    changedFiles: (Object.keys(DATA_FILES) as DataFileKey[]).filter((key) => changed.has(key)),
    dataset,
    problems: [
      ...jsonFiles.flatMap((file) => file.problems),
      ...unknown,
      ...fromJson.filter((issue) => stillThere.has(formatIssue(issue))).map(problemOfIssue),
      ...(imported?.issues ?? []).map((issue) => ({ file: issue.sheet, row: issue.row, column: issue.column, record: null, field: null, message: issue.message })),
    ],
    knownIssues: known,
    added: files.reduce((sum, file) => sum + file.added.length, 0),
    changed: files.reduce((sum, file) => sum + file.changed.length, 0),
  }
}
