import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { main as fromCsv, USAGE as FROM_USAGE } from '../../scripts/data-from-csv-main'
import { main as toCsv, USAGE as TO_USAGE } from '../../scripts/data-to-csv-main'
import { SHEET_KINDS, sheetFileName, writeSheet } from '../../src/domain/sheets'
import { activityRow, realRawData, sheetText } from '../domain/sheets/sheet-test-data'
import { FIXTURE_DATA_DIR } from '../real-data'

const ROOT = process.cwd()
// The frozen snapshot of data/ (tests/fixtures/dataset): editing the live records breaks no test here.
const DATA = FIXTURE_DATA_DIR
const DATA_FILES = ['cities.geojson', 'projects.json', 'activities.json', 'links.json', 'organisations.json']
const temp = mkdtempSync(join(tmpdir(), 'data-csv-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** Runs a command in-process, as `npm run ... -- args` from `initCwd`. */
function run(command: typeof fromCsv, initCwd: string, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const status = command(['--', ...args], {
    env: { INIT_CWD: initCwd },
    cwd: ROOT,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  })
  return { status, stdout, stderr }
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8')

/** A fresh copy of data/ to import into. */
let copy = ''
let work = ''
beforeEach(() => {
  work = mkdtempSync(join(temp, 'work-'))
  copy = join(work, 'data')
  cpSync(DATA, copy, { recursive: true })
})

describe('npm run data:to-csv', () => {
  it('writes every sheet into --out, read from where the command is run, as writeSheet makes it', () => {
    const { status, stdout, stderr } = run(toCsv, work, '--out', 'out', '--data', 'data')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const raw = realRawData()
    expect(readdirSync(join(work, 'out')).sort()).toEqual(SHEET_KINDS.map(sheetFileName).sort())
    for (const kind of SHEET_KINDS) expect(read(join(work, 'out'), sheetFileName(kind)), kind).toBe(writeSheet(kind, raw))
    expect(stdout).toContain(`${join(work, 'out', 'activities.csv')}: ${(raw.activities as unknown[]).length} rows\n`)
  })

  it('writes into sheets/ of the directory it is run from by default, with semicolons on request', () => {
    expect(run(toCsv, work, '--semicolon', '--data', 'data').status).toBe(0)
    expect(read(join(work, 'sheets'), 'links.csv')).toBe(writeSheet('links', realRawData(), ';'))
  })

  it('exits 2 with the usage line on an unknown option', () => {
    expect(run(toCsv, work, '--bogus')).toEqual({ status: 2, stdout: '', stderr: `data:to-csv: Unknown option '--bogus'\n${TO_USAGE}\n` })
  })
})

describe('npm run data:from-csv', () => {
  it('adds a new activity to the JSON, keeps every other record and file as it was, and says what it did', () => {
    writeFileSync(join(work, 'new.csv'), sheetText('activities', [activityRow()], ';'))
    const { status, stdout, stderr } = run(fromCsv, work, 'new.csv', '--data', 'data')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const count = (realRawData().activities as unknown[]).length
    expect(stdout).toBe(`new.csv -> data/activities.json: 1 added (partner-day-2025), 0 changed, 0 unchanged\ndata:from-csv: wrote ${join(copy, 'activities.json')}\n`)
    const written = read(copy, 'activities.json')
    const activities = JSON.parse(written) as { id: string }[]
    expect(written).toBe(`${JSON.stringify(activities, null, 2)}\n`)
    expect(activities).toHaveLength(count + 1)
    expect(activities.slice(0, count)).toEqual(JSON.parse(read(DATA, 'activities.json')))
    for (const file of DATA_FILES.filter((name) => name !== 'activities.json')) expect(read(copy, file), file).toBe(read(DATA, file))
  })

  it('takes the kind from --kind for a file named otherwise, and writes nothing with --dry-run', () => {
    writeFileSync(join(work, 'filled.csv'), sheetText('activities', [activityRow()]))
    const { status, stdout } = run(fromCsv, work, 'filled.csv', '--kind', 'activities', '--dry-run', '--data', 'data')
    expect(status).toBe(0)
    expect(stdout).toBe('filled.csv -> data/activities.json: 1 added (partner-day-2025), 0 changed, 0 unchanged\ndata:from-csv: dry run, nothing written\n')
    expect(read(copy, 'activities.json')).toBe(read(DATA, 'activities.json'))
  })

  it('lists every problem with its sheet, row and column, writes nothing and exits 1', () => {
    writeFileSync(join(work, 'activities.csv'), sheetText('activities', [activityRow(), activityRow({ id: 'second', towns: 'ptujj' })]))
    const { status, stdout, stderr } = run(fromCsv, work, 'activities.csv', '--data', 'data')
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe([
      'activities.csv row 3, column towns: unknown town "ptujj" (did you mean "ptuj"?)',
      'activities.csv row 3, column hostTown: "ptuj" is not in the activity\'s towns',
      'data:from-csv: 2 problems; nothing written',
      '',
    ].join('\n'))
    expect(read(copy, 'activities.json')).toBe(read(DATA, 'activities.json'))
  })

  it('reads back what data:to-csv wrote without changing a byte of data/', () => {
    expect(run(toCsv, work, '--out', 'out', '--data', 'data').status).toBe(0)
    const files = SHEET_KINDS.map((kind) => join('out', sheetFileName(kind)))
    const { status, stdout } = run(fromCsv, work, ...files, '--data', 'data')
    expect(status).toBe(0)
    expect(stdout).toMatch(/data:from-csv: nothing changed\n$/)
    for (const file of DATA_FILES) expect(read(copy, file), file).toBe(read(DATA, file))
  })

  it('exits 2 with the usage line on a bad command line', () => {
    expect(run(fromCsv, work, '--bogus', 'x.csv')).toEqual({ status: 2, stdout: '', stderr: `data:from-csv: Unknown option '--bogus'\n${FROM_USAGE}\n` })
    expect(run(fromCsv, work).status).toBe(2)
    expect(run(fromCsv, work, 'x.csv', '--kind', 'meetings').stderr).toMatch(/^data:from-csv: unknown --kind "meetings"; use one of towns, projects, activities/)
    expect(run(fromCsv, work, 'missing.csv', '--data', 'data')).toMatchObject({ status: 1, stderr: expect.stringContaining(`cannot read ${join(work, 'missing.csv')}`) })
  })
})

describe('smoke: the npm scripts', () => {
  const npm = (cwd: string, script: string, ...args: string[]) =>
    spawnSync('npm', ['--prefix', ROOT, 'run', '-s', script, '--', ...args], { cwd, encoding: 'utf8', timeout: 90_000 })

  it('data:to-csv writes the sheets where it is run, data:from-csv reads one back (--dry-run), both exit 2 on an unknown option', () => {
    const ok = npm(work, 'data:to-csv', '--out', 'smoke', '--data', 'data')
    expect(ok.stderr).toBe('')
    expect(ok.status).toBe(0)
    expect(readdirSync(join(work, 'smoke'))).toHaveLength(SHEET_KINDS.length)
    const back = npm(work, 'data:from-csv', join('smoke', 'links.csv'), '--dry-run', '--data', 'data')
    expect(back.stderr).toBe('')
    expect(back.stdout).toBe(`links.csv -> data/links.json: 0 added, 0 changed, ${(realRawData().links as unknown[]).length} unchanged\ndata:from-csv: dry run, nothing written\n`)
    expect(back.status).toBe(0)
    for (const script of ['data:to-csv', 'data:from-csv']) {
      const bad = npm(work, script, '--bogus')
      expect(bad.status, script).toBe(2)
      expect(bad.stderr, script).toMatch(new RegExp(`^${script}: Unknown option '--bogus'\\nusage: npm run ${script}`))
    }
  }, 240_000)
})
