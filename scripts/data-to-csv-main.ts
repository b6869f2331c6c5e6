/**
 * The data:to-csv command as a function: `main(argv, io)` writes the data as the sheets a keeper fills
 * in and returns the exit code (0 done, 1 the data cannot be read or a file not written, 2 a bad command
 * line). scripts/data-to-csv.ts runs it on the process.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatIssue } from '../src/domain/data-issue'
import { SHEET_KINDS, sheetFileName, sheetRecords, templateSheet, writeSheet } from '../src/domain/sheets'
import { readRawDataset } from './check-data-dir'
import { argumentProblem, failOn } from './data-from-csv-main'
import { type CliIo, processIo } from './export-network-main'

export const USAGE = 'usage: npm run data:to-csv [-- --out DIR] [--semicolon] [--templates] [--data DIR]'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export function main(argv: readonly string[], io: CliIo = processIo()): number {
  const fail = failOn(io)
  let values
  try {
    values = parseArgs({
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        semicolon: { type: 'boolean', default: false },
        templates: { type: 'boolean', default: false },
        data: { type: 'string' },
      },
    }).values
  } catch (error) {
    return fail(2, `data:to-csv: ${argumentProblem(error)}`, USAGE)
  }
  // Paths on the command line are the caller's: npm runs scripts from the package root.
  const callerDir = io.env.INIT_CWD || io.cwd
  const dataDir = values.data === undefined ? join(ROOT, 'data') : resolve(callerDir, values.data)
  const defaultOut = values.templates ? join(ROOT, 'data', 'templates') : resolve(callerDir, 'sheets')
  const out = values.out === undefined ? defaultOut : resolve(callerDir, values.out)

  const { raw, issues } = readRawDataset(dataDir)
  if (issues.length > 0) return fail(1, ...issues.map(formatIssue), `data:to-csv: cannot read the data in ${dataDir}`)
  try {
    mkdirSync(out, { recursive: true })
    for (const kind of SHEET_KINDS) {
      const path = join(out, sheetFileName(kind))
      writeFileSync(path, values.templates ? templateSheet(kind, raw) : writeSheet(kind, raw, values.semicolon ? ';' : ','))
      const rows = values.templates ? 1 : sheetRecords(kind, raw).length
      io.stdout.write(`${path}: ${rows} row${rows === 1 ? '' : 's'}\n`)
    }
  } catch (error) {
    return fail(1, `data:to-csv: cannot write to ${out}: ${(error as Error).message}`)
  }
  return 0
}
