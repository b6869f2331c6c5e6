/**
 * The one suite on the live data/, the records the keepers edit. Every other unit and component test reads the
 * frozen snapshot under tests/fixtures/dataset, so that a new or corrected record breaks no test of the code; this
 * suite says whether the records themselves hold together: they validate, the tour names records that exist, the
 * network builds from them. A failure here is about data/: `npm run data:check` names file, record and field.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDataDir, dataCheck, readRawDataset } from '../../scripts/check-data-dir'
import { main as exportNetwork, type CliIo } from '../../scripts/export-network-main'
import { LANGUAGES } from '../../src/domain/localized-text'
import { buildNetwork, pairKey } from '../../src/domain/network/build-network'
import type { ExportedNetwork } from '../../src/domain/network/export-network'
import { projectLabel } from '../../src/domain/project-label'
import { validateDataset } from '../../src/domain/validate-dataset'
import { parseTour } from '../../src/url-state/tour-schema'
import { LIVE_DATA_DIR } from '../real-data'

// Not loadLiveDataset(): a problem in the records should fail the tests below with its message, not this file.
const { dataset } = validateDataset(readRawDataset(LIVE_DATA_DIR).raw)
const liveTour = JSON.parse(readFileSync(join(LIVE_DATA_DIR, 'tour.json'), 'utf8')) as { steps: Record<string, unknown>[] }

/** Runs a command's main in-process from the repository root, as `npm run ...` does with no arguments of the caller's. */
function run(command: (io: CliIo) => number): { status: number; stdout: string; stderr: string } {
  const out = { stdout: [] as string[], stderr: [] as string[] }
  const stream = (lines: string[]) => ({ write: (text: string) => lines.push(text) })
  const status = command({ env: {}, cwd: process.cwd(), stdout: stream(out.stdout), stderr: stream(out.stderr) })
  return { status, stdout: out.stdout.join(''), stderr: out.stderr.join('') }
}

describe('data/ (the live records)', () => {
  it('npm run data:check exits 0 and says so on the real data/', () => {
    const { status, stdout, stderr } = run((io) => dataCheck([], io))
    expect(stderr).toBe('')
    expect(stdout).toBe(`data:check: ${resolve('data')} is valid (6 files)\n`)
    expect(status).toBe(0)
  })

  it('checkDataDir finds nothing wrong in data/', () => {
    expect(checkDataDir('data')).toEqual([])
  })

  it('has a tour valid against the real records, every step with a view the URL schema keeps', () => {
    const { tour, issues } = parseTour(liveTour, dataset)
    expect(issues).toEqual([])
    expect(tour.steps.length).toBeGreaterThanOrEqual(6)
    expect(tour.steps[0]?.view.mode).toBe('full')
    const forum = tour.steps.find((candidate) => candidate.view.activity === 'forum24-pact-signing-2019-03-07')
    expect(forum?.text.de).toContain('2019')
  })

  it('builds a network of 24 towns, every tie backed by records of data/', () => {
    const { graph } = buildNetwork(dataset)
    const ids = new Set([...dataset.links, ...dataset.projects, ...dataset.activities].map((record) => record.id))
    expect(graph.order).toBe(24)
    graph.forEachEdge((key, edge, source, target) => {
      expect(key).toBe(pairKey(source, target))
      expect(edge.evidence.length).toBeGreaterThan(0)
      for (const id of edge.evidence) expect(ids.has(id), `${key}: ${id}`).toBe(true)
    })
  })

  it('npm run export:network reads data/ when given no --data: the network of its 24 towns', () => {
    const { status, stdout, stderr } = run((io) => exportNetwork(['--format', 'json'], io))
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect((JSON.parse(stdout) as ExportedNetwork).nodes.map((node) => node.id).sort()).toEqual(dataset.towns.map((town) => town.id).sort())
  })

  it('gives every project of data/ a distinct label with balanced parentheses', () => {
    const { projects } = dataset
    for (const language of LANGUAGES) {
      const labels = projects.map((project) => projectLabel(project, language))
      expect(new Set(labels).size, language).toBe(projects.length)
      for (const label of labels) expect(label.split('(').length, label).toBe(label.split(')').length)
    }
  })
})
