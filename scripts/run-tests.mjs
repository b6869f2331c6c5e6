/**
 * The project's tests, in order, with one summary line at the end:
 *   npm test            the fast loop (about 2 minutes on 2 cores): typecheck, lint, data:check (one test
 *                       each), the Vitest unit and component tests (each counted);
 *   npm run test:e2e    the production build (one test) and the end-to-end tests in Chromium (each counted);
 *   npm run test:all    both: what CI runs (.ci/run).
 * Later steps run even when an earlier one fails, so one run shows everything that is wrong.
 * The last line is "N passed, N failed"; the exit code is 1 when anything failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const mode = process.argv[2] ?? '--fast'
if (!['--fast', '--e2e', '--all'].includes(mode)) {
  console.error('usage: node scripts/run-tests.mjs [--fast | --e2e | --all]')
  process.exit(2)
}
const fast = mode !== '--e2e'
const e2e = mode !== '--fast'

const results = join('node_modules', '.cache', 'test-results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

let passed = 0
let failed = 0
const lines = []

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } })
  const ok = result.status === 0
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return ok
}

/** A step that is one test: it passes or fails as a whole. */
function check(label, command, args) {
  const ok = run(label, command, args)
  if (ok) passed += 1
  else failed += 1
  return ok
}

const bin = (name) => join('node_modules', '.bin', name)

function fastLoop() {
  check('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])
  check('lint', bin('eslint'), ['.', '--max-warnings=0'])
  check('data:check', bin('vite-node'), ['scripts/data-check.ts'])

  const vitestJson = join(results, 'vitest.json')
  const vitestOk = run('unit and component tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`])
  if (existsSync(vitestJson)) {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'))
    passed += report.numPassedTests
    failed += report.numFailedTests + (vitestOk || report.numFailedTests > 0 ? 0 : 1)
  } else {
    failed += 1
  }
}

function browserTests() {
  if (!check('build (basemap and app)', 'npm', ['run', '-s', 'build'])) {
    console.log('end-to-end tests skipped: the build failed')
    return
  }
  const tap = join(results, 'e2e.tap')
  const files = readdirSync(join('tests', 'e2e')).filter((file) => file.endsWith('.test.mjs')).map((file) => join('tests', 'e2e', file))
  const e2eOk = run('end-to-end tests (Chromium)', process.execPath, [
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ])
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : ''
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0)
  passed += count('pass')
  failed += count('fail') + count('cancelled') + (e2eOk || count('fail') > 0 ? 0 : 1)
}

const started = Date.now()
if (fast) fastLoop()
if (e2e) browserTests()
lines.push(`     total ${((Date.now() - started) / 1000).toFixed(1)} s`)

console.log(`\n${lines.join('\n')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
