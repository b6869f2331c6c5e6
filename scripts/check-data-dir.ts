/** Reads a data directory from disk and runs the app's own validation on it (node only). */
import { readFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { claimedId, formatIssue, isObject, type DataIssue } from '../src/domain/data-issue'
import { DATA_FILES, type DataFileKey, type RawDataset } from '../src/domain/dataset'
import { validateDataset } from '../src/domain/validate-dataset'
import { parseTour, TOUR_FILE } from '../src/url-state/tour-schema'

/** A JSON file's value, or why it could not be read (one line: the parser quotes the text around the error). */
function readJsonFile(path: string): { value: unknown; problem: string | null } {
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) as unknown, problem: null }
  } catch (error) {
    const detail = (error as Error).message.replace(/\r?\n/g, '\\n')
    const problem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `not valid JSON: ${detail}`
    return { value: undefined, problem }
  }
}

export function readRawDataset(dir: string): { raw: RawDataset; issues: DataIssue[]; unreadable: Set<DataFileKey> } {
  const issues: DataIssue[] = []
  const unreadable = new Set<DataFileKey>()
  const raw = {} as RawDataset
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const file = DATA_FILES[key]
    const path = join(dir, file.replace(/^data\//, ''))
    const read = readJsonFile(path)
    raw[key] = read.value
    if (read.problem !== null) {
      issues.push({ file, record: null, field: null, message: read.problem })
      unreadable.add(key)
    }
  }
  return { raw, issues, unreadable }
}

/** data/tour.json, the guided story: its own schema, its ids checked against the records. */
function tourIssues(dir: string, raw: RawDataset, unreadable: ReadonlySet<DataFileKey>, dataset: Parameters<typeof parseTour>[1]): DataIssue[] {
  const read = readJsonFile(join(dir, 'tour.json'))
  if (read.problem !== null) return [{ file: TOUR_FILE, record: null, field: null, message: read.problem }]
  // A record left out as invalid still exists: the tour may name it (its own problem is reported already).
  const records = (value: unknown): unknown[] => (Array.isArray(value) ? value : isObject(value) && Array.isArray(value.features) ? value.features : [])
  const claimed = Object.values(raw).flatMap(records).map((record) => claimedId(record) ?? claimedId(isObject(record) ? record.properties : undefined))
  // Without every data file its ids cannot be checked: the unreadable file is the problem to fix first.
  const rejected = unreadable.size > 0 ? null : new Set(claimed.filter((id): id is string => id !== undefined))
  return parseTour(read.value, dataset, rejected).issues
}

export function checkDataDir(dir: string): string[] {
  const { raw, issues: readIssues, unreadable } = readRawDataset(dir)
  const { dataset, issues: datasetIssues } = validateDataset(raw, unreadable)
  const issues = [...datasetIssues, ...tourIssues(dir, raw, unreadable, dataset)]
  // Name files as they are on disk ("data/links.json", or the broken copy's own path).
  const onDisk = (file: string) => relative(process.cwd(), join(dir, basename(file))) || file
  return [...readIssues, ...issues].map((issue) => formatIssue({ ...issue, file: onDisk(issue.file) }))
}

export interface DataCheckIo {
  cwd: string
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

/** The command `npm run data:check [-- DIR]`: prints the problems (or that the data is valid); returns the exit code. */
export function dataCheck(argv: readonly string[], io: DataCheckIo = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }): number {
  const args = argv[0] === '--' ? argv.slice(1) : argv
  const dir = resolve(io.cwd, args[0] ?? 'data')
  const problems = checkDataDir(dir)
  if (problems.length === 0) {
    io.stdout.write(`data:check: ${dir} is valid (6 files)\n`)
    return 0
  }
  for (const line of problems) io.stderr.write(`${line}\n`)
  io.stderr.write(`data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}\n`)
  return 1
}
