import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ExportedNetwork } from '../../src/domain/network/export-network'

const ROOT = process.cwd()
const VITE_NODE = resolve(ROOT, 'node_modules/.bin/vite-node')

/** Runs `vite-node scripts/export-network.ts ...` from the repository root, as npm run export:network does. */
function exportCli(...args: string[]) {
  const result = spawnSync(VITE_NODE, ['scripts/export-network.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The ids of every link, project and activity in data/. */
function recordIds(): Set<string> {
  const read = (file: string) => JSON.parse(readFileSync(resolve(ROOT, 'data', file), 'utf8')) as { id: string }[]
  return new Set([...read('links.json'), ...read('projects.json'), ...read('activities.json')].map((record) => record.id))
}

function expectEvidenceInData(network: ExportedNetwork) {
  const ids = recordIds()
  const towns = new Set(network.nodes.map((node) => node.id))
  for (const edge of network.edges) {
    const name = `${edge.source} - ${edge.target}`
    expect(towns.has(edge.source), name).toBe(true)
    expect(towns.has(edge.target), name).toBe(true)
    expect(edge.evidence.length, name).toBeGreaterThanOrEqual(1)
    expect(edge.weight, name).toBeGreaterThanOrEqual(1)
    expect(edge.weight, name).toBeLessThanOrEqual(edge.evidence.length)
    for (const id of edge.evidence) expect(ids.has(id), `${name}: ${id}`).toBe(true)
  }
}

const temp = mkdtempSync(join(tmpdir(), 'export-network-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('npm run export:network', () => {
  it('writes the network of data/ as JSON on stdout: 24 towns, every edge backed by records of data/', () => {
    const { status, stdout, stderr } = exportCli('--format', 'json')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const network = JSON.parse(stdout) as ExportedNetwork
    expect(Object.keys(network)).toEqual(['nodes', 'edges'])
    expect(network.nodes).toHaveLength(24)
    expect(new Set(network.nodes.map((node) => node.id)).size).toBe(24)
    expect(network.edges.length).toBeGreaterThan(0)
    expectEvidenceInData(network)
  }, 60_000)

  it('writes the same text to the --out file and says so on stderr', () => {
    const out = join(temp, 'network.json')
    const { status, stdout, stderr } = exportCli('--format', 'json', '--out', out)
    expect(status).toBe(0)
    expect(stdout).toBe('')
    const text = readFileSync(out, 'utf8')
    const network = JSON.parse(text) as ExportedNetwork
    expect(stderr).toBe(`export:network: 24 towns, ${network.edges.length} links -> ${out}\n`)
    expect(text).toBe(exportCli('--format', 'json').stdout)
  }, 60_000)

  it('with --shared-lines, draws the whole-network records too: more edges, still all backed by data/', () => {
    const plain = JSON.parse(exportCli('--format', 'json').stdout) as ExportedNetwork
    const { status, stdout } = exportCli('--format', 'json', '--shared-lines')
    expect(status).toBe(0)
    const shared = JSON.parse(stdout) as ExportedNetwork
    expect(shared.nodes).toHaveLength(24)
    expect(shared.edges.length).toBeGreaterThan(plain.edges.length)
    expect(shared.edges.length).toBeLessThanOrEqual((24 * 23) / 2)
    expectEvidenceInData(shared)
  }, 60_000)

  it('takes the filter as the URL does: --country HU keeps edges with a Hungarian end', () => {
    const { status, stdout } = exportCli('--format', 'json', '--country', 'HU')
    expect(status).toBe(0)
    const network = JSON.parse(stdout) as ExportedNetwork
    const country = new Map(network.nodes.map((node) => [node.id, node.country]))
    expect(network.nodes.filter((node) => node.country === 'HU')).toHaveLength(7)
    for (const edge of network.edges) expect([country.get(edge.source), country.get(edge.target)]).toContain('HU')
  }, 60_000)

  it('writes CSV with its header', () => {
    const { status, stdout } = exportCli('--format', 'csv')
    expect(status).toBe(0)
    expect(stdout.split('\r\n')[0]).toBe('source,target,weight,kinds,evidence')
  }, 60_000)

  it('exits 2 on an unknown --format and writes nothing on stdout', () => {
    const { status, stdout, stderr } = exportCli('--format', 'nope')
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('export:network: unknown --format "nope"; use one of gexf, graphml, csv, json\n')
  }, 60_000)
})
