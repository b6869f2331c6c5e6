import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataCheck as runDataCheck } from '../../scripts/check-data-dir'
import { FIXTURE_DATA_PATH } from '../real-data'
import { BROKEN, BROKEN_DATA_LINES, UNREADABLE, unreadableLine } from './fixture-lines'

const VITE_NODE = 'node_modules/vite-node/dist/cli.mjs'

/** Runs the command in-process, as `npm run data:check [-- dir]` does from the repository root. */
function dataCheck(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const status = runDataCheck(args, {
    cwd: process.cwd(),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  })
  return { status, stdout, stderr }
}

// With no argument it checks the live data/: tests/data/live-data.test.ts.
describe('npm run data:check', () => {
  it('takes the directory as its argument', () => {
    const { status, stdout } = dataCheck(FIXTURE_DATA_PATH)
    expect(stdout).toBe(`data:check: ${resolve(FIXTURE_DATA_PATH)} is valid (6 files)\n`)
    expect(status).toBe(0)
  })

  it('exits 1 on the broken copy and prints each problem on stderr, then a count', () => {
    const { status, stdout, stderr } = dataCheck(BROKEN)
    expect(stdout).toBe('')
    expect(stderr.split('\n')).toEqual([
      ...BROKEN_DATA_LINES,
      `data:check: 10 problems in ${resolve(BROKEN)}`,
      '',
    ])
    expect(status).toBe(1)
  })

  it('exits 1 on a file that is not JSON and prints its one problem, with no flood after it', () => {
    const { status, stdout, stderr } = dataCheck(UNREADABLE)
    expect(stdout).toBe('')
    expect(stderr).toBe(`${unreadableLine()}\ndata:check: 1 problem in ${resolve(UNREADABLE)}\n`)
    expect(status).toBe(1)
  })
})

describe('the real command (smoke test)', () => {
  it('runs under vite-node as npm run data:check does: exit 1 and the count on the broken copy', () => {
    const result = spawnSync(process.execPath, [VITE_NODE, 'scripts/data-check.ts', BROKEN], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 })
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`data:check: 10 problems in ${resolve(BROKEN)}`)
    expect(result.status).toBe(1)
  }, 60_000)
})
