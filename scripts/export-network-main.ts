/**
 * The export:network command as a function: `main(argv, io)` reads the options, writes to `io`'s streams
 * and returns the exit code (0 done, 1 the data has problems or the file cannot be written, 2 a bad
 * command line). scripts/export-network.ts runs it on the process.
 */
import { writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatIssue } from '../src/domain/data-issue'
import { buildNetwork } from '../src/domain/network/build-network'
import { EXPORT_FORMATS, exportNetwork, type ExportFormat } from '../src/domain/network/export-network'
import { validateFilterOptions, type FilterOptions } from '../src/domain/network/filter-options'
import { validateDataset } from '../src/domain/validate-dataset'
import { parseView } from '../src/url-state/view-url'
import { readRawDataset } from './check-data-dir'

export const USAGE =
  'usage: npm run export:network -- --format gexf|graphml|csv|json [--out FILE] [--kinds K,...] [--project ID] [--country AT,SI,HU] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--data DIR]'

export interface CliIo {
  /** The environment: under npm, INIT_CWD is the directory the command was run from. */
  env: Readonly<Record<string, string | undefined>>
  /** The process's directory (under npm, the package root). */
  cwd: string
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export const processIo = (): CliIo => ({ env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr })

const DEFAULT_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../data')
const FILTER_KEYS = ['kinds', 'project', 'country', 'from', 'to'] as const

function readOptions(argv: readonly string[]) {
  return parseArgs({
    // npm passes the `--` of `npm run export:network -- ...` on.
    args: argv[0] === '--' ? argv.slice(1) : [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      data: { type: 'string' },
      kinds: { type: 'string' },
      project: { type: 'string' },
      country: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  }).values
}

export function main(argv: readonly string[], io: CliIo = processIo()): number {
  const fail = (code: number, ...lines: string[]) => {
    for (const line of lines) io.stderr.write(`${line}\n`)
    return code
  }
  let values: ReturnType<typeof readOptions>
  try {
    values = readOptions(argv)
  } catch (error) {
    // parseArgs explains at length; its first sentence names the option.
    const reason = (error as Error).message.split(/\. /)[0]?.replace(/\.$/, '') ?? 'bad arguments'
    return fail(2, `export:network: ${reason}`, USAGE)
  }
  const format = values.format as ExportFormat
  if (!EXPORT_FORMATS.includes(format)) {
    return fail(2, `export:network: unknown --format "${values.format}"; use one of ${EXPORT_FORMATS.join(', ')}`)
  }
  // Paths on the command line are the caller's: npm runs scripts from the package root.
  const callerDir = io.env.INIT_CWD || io.cwd
  const dataDir = values.data === undefined ? DEFAULT_DATA : resolve(callerDir, values.data)

  const { raw, issues: readIssues, unreadable } = readRawDataset(dataDir)
  const { dataset, issues } = validateDataset(raw, unreadable)
  const problems = [...readIssues, ...issues]
  if (problems.length > 0) {
    return fail(1, ...problems.map(formatIssue), 'export:network: the data has problems (see above); run npm run data:check')
  }

  const given: FilterOptions = Object.fromEntries(FILTER_KEYS.flatMap((key) => (values[key] === undefined ? [] : [[key, values[key]]])))
  const checked = validateFilterOptions(given, dataset.projects.map((project) => project.id))
  if (!checked.ok) return fail(2, ...checked.errors.map((error) => `export:network: ${error}`))
  // Valid values only from here: read them as the app reads its URL.
  const { filter } = parseView(new URLSearchParams(checked.options as Record<string, string>).toString())
  const network = buildNetwork(dataset, { filter })
  const text = exportNetwork(network, format)
  if (values.out === undefined) {
    io.stdout.write(text)
    return 0
  }
  const out = resolve(callerDir, values.out)
  try {
    writeFileSync(out, text)
  } catch (error) {
    return fail(1, `export:network: cannot write ${out}: ${(error as Error).message}`)
  }
  io.stderr.write(`export:network: ${network.graph.order} towns, ${network.graph.size} ties -> ${out}\n`)
  return 0
}
