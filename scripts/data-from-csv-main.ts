/**
 * The data:from-csv command as a function: `main(argv, io)` reads the sheets, merges them into the data
 * files and returns the exit code (0 done, 1 a sheet or the data has problems, 2 a bad command line).
 * scripts/data-from-csv.ts runs it on the process.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatIssue } from '../src/domain/data-issue'
import { DATA_FILES } from '../src/domain/dataset'
import { formatSheetIssue, importSheets, SHEET_KINDS, type SheetChange, type SheetFile, type SheetKind } from '../src/domain/sheets'
import { readRawDataset } from './check-data-dir'
import { type CliIo, processIo } from './export-network-main'

export const USAGE = 'usage: npm run data:from-csv -- FILE.csv [FILE.csv ...] [--kind KIND] [--dry-run] [--data DIR]'

const DEFAULT_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../data')

function readOptions(argv: readonly string[]) {
  return parseArgs({
    // npm passes the `--` of `npm run data:from-csv -- ...` on.
    args: argv[0] === '--' ? argv.slice(1) : [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      data: { type: 'string' },
    },
  })
}

/** "activities.csv -> data/activities.json: 1 added (forum24-2025), 0 changed, 36 unchanged" */
export function describeChange(change: SheetChange): string {
  const some = (ids: readonly string[]) => (ids.length > 0 ? ` (${ids.join(', ')})` : '')
  return `${change.sheet} -> ${change.file}: ${change.added.length} added${some(change.added)}, ${change.changed.length} changed${some(change.changed)}, ${change.unchanged.length} unchanged`
}

/** Writes lines to stderr and gives the exit code: `return fail(1, 'what went wrong')`. */
export function failOn(io: CliIo) {
  return (code: number, ...lines: string[]) => {
    for (const line of lines) io.stderr.write(`${line}\n`)
    return code
  }
}

/** The first sentence of parseArgs's explanation, which names the option ("Unknown option '--bogus'"). */
export function argumentProblem(error: unknown): string {
  return (error as Error).message.split(/\. /)[0]?.replace(/\.$/, '') ?? 'bad arguments'
}

export function main(argv: readonly string[], io: CliIo = processIo()): number {
  const fail = failOn(io)
  let options: ReturnType<typeof readOptions>
  try {
    options = readOptions(argv)
  } catch (error) {
    return fail(2, `data:from-csv: ${argumentProblem(error)}`, USAGE)
  }
  const { values, positionals } = options
  if (positionals.length === 0) return fail(2, 'data:from-csv: name the CSV file to read', USAGE)
  const kind = values.kind as SheetKind | undefined
  if (kind !== undefined && !SHEET_KINDS.includes(kind)) return fail(2, `data:from-csv: unknown --kind "${values.kind}"; use one of ${SHEET_KINDS.join(', ')}`)
  if (kind !== undefined && positionals.length > 1) return fail(2, 'data:from-csv: --kind names the kind of one file; give one file with it', USAGE)

  // Paths on the command line are the caller's: npm runs scripts from the package root.
  const callerDir = io.env.INIT_CWD || io.cwd
  const dataDir = values.data === undefined ? DEFAULT_DATA : resolve(callerDir, values.data)
  const files: SheetFile[] = []
  for (const given of positionals) {
    const path = resolve(callerDir, given)
    try {
      files.push({ name: basename(path), text: readFileSync(path, 'utf8'), ...(kind ? { kind } : {}) })
    } catch (error) {
      return fail(1, `data:from-csv: cannot read ${path}: ${(error as Error).message}`)
    }
  }
  const { raw, issues: readIssues } = readRawDataset(dataDir)
  if (readIssues.length > 0) return fail(1, ...readIssues.map(formatIssue), `data:from-csv: cannot read the data in ${dataDir}`)

  const result = importSheets(raw, files)
  if (result.issues.length > 0) {
    const count = result.issues.length
    return fail(1, ...result.issues.map(formatSheetIssue), `data:from-csv: ${count} problem${count === 1 ? '' : 's'}; nothing written`)
  }
  for (const change of result.changes) io.stdout.write(`${describeChange(change)}\n`)
  if (values['dry-run']) {
    io.stdout.write('data:from-csv: dry run, nothing written\n')
    return 0
  }
  for (const key of result.changedFiles) {
    const path = join(dataDir, basename(DATA_FILES[key]))
    try {
      writeFileSync(path, `${JSON.stringify(result.data[key], null, 2)}\n`)
    } catch (error) {
      return fail(1, `data:from-csv: cannot write ${path}: ${(error as Error).message}`)
    }
    io.stdout.write(`data:from-csv: wrote ${path}\n`)
  }
  if (result.changedFiles.length === 0) io.stdout.write('data:from-csv: nothing changed\n')
  return 0
}
