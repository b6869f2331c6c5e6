/** Reads a data directory from disk and runs the app's own validation on it (node only). */
import { readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { formatIssue, type DataIssue } from '../src/domain/data-issue'
import { DATA_FILES, type DataFileKey, type RawDataset } from '../src/domain/dataset'
import { validateDataset } from '../src/domain/validate-dataset'

export function readRawDataset(dir: string): { raw: RawDataset; issues: DataIssue[]; unreadable: Set<DataFileKey> } {
  const issues: DataIssue[] = []
  const unreadable = new Set<DataFileKey>()
  const raw = {} as RawDataset
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const file = DATA_FILES[key]
    const path = join(dir, file.replace(/^data\//, ''))
    try {
      raw[key] = JSON.parse(readFileSync(path, 'utf8')) as unknown
    } catch (error) {
      // One line per problem: the parser quotes the text around the error, line breaks included.
      const detail = (error as Error).message.replace(/\r?\n/g, '\\n')
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `not valid JSON: ${detail}`
      issues.push({ file, record: null, field: null, message: reason })
      raw[key] = undefined
      unreadable.add(key)
    }
  }
  return { raw, issues, unreadable }
}

export function checkDataDir(dir: string): string[] {
  const { raw, issues: readIssues, unreadable } = readRawDataset(dir)
  const { issues } = validateDataset(raw, unreadable)
  // Name files as they are on disk ("data/links.json", or the broken copy's own path).
  const onDisk = (file: string) => relative(process.cwd(), join(dir, basename(file))) || file
  return [...readIssues, ...issues].map((issue) => formatIssue({ ...issue, file: onDisk(issue.file) }))
}
