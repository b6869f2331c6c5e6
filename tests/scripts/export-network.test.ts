import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ExportedNetwork } from '../../src/domain/network/export-network'
import { main, USAGE } from '../../scripts/export-network-main'
import { FIXTURE_DATA_DIR, readFixtureJson, type DataDirFile } from '../real-data'
import { BROKEN } from './fixture-lines'

const ROOT = process.cwd()

/** Runs the command in-process, as `npm run export:network -- ...` from `initCwd` (the repository root by default). */
function exportCli(...args: string[]) {
  return exportFrom(ROOT, ...args)
}

/** Without a --data of its own, the command reads the snapshot of data/; its default, the live data/, is tests/data/. */
function exportFrom(initCwd: string | undefined, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const status = main(args.includes('--data') ? args : ['--data', FIXTURE_DATA_DIR, ...args], {
    env: initCwd === undefined ? {} : { INIT_CWD: initCwd },
    cwd: ROOT,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  })
  return { status, stdout, stderr }
}

function exportJson(...args: string[]): ExportedNetwork {
  const { status, stdout, stderr } = exportCli('--format', 'json', ...args)
  expect(stderr).toBe('')
  expect(status).toBe(0)
  return JSON.parse(stdout) as ExportedNetwork
}

interface DataRecord {
  id: string
  /** Member towns the record names. */
  towns: string[]
  /** The span as the data gives it, read independently of the app's code. */
  start: string | null
  end: string | null
  /** A link without an end date is taken as still in force. */
  open: boolean
  umbrella: boolean
}

const read = <T,>(file: DataDirFile) => readFixtureJson<T>(file)

/** Every link, project and activity of the snapshot of data/, by id (ids are unique across the three files). */
function dataRecords(): Map<string, DataRecord> {
  type Project = { id: string; role: string; period: { start: string | null; end: string | null }; partners: { towns: string[] }[]; beneficiaries?: { towns: string[] }[] }
  type Link = { id: string; from: string; to: string; since: string | null; until: string | null; project: string | null }
  type Activity = { id: string; towns: string[]; start: string | null; end: string | null }
  const towns = read<{ features: { properties: { id: string } }[] }>('cities.geojson').features.map((feature) => feature.properties.id)
  const projects = read<Project[]>('projects.json')
  const projectEnd = new Map(projects.map((project) => [project.id, project.period.end]))
  const records: DataRecord[] = [
    ...read<Link[]>('links.json').map((link) => {
      const end = link.until ?? (link.project === null ? null : projectEnd.get(link.project) ?? null)
      return { id: link.id, towns: [link.from, link.to], start: link.since, end, open: end === null, umbrella: false }
    }),
    ...projects.map((project) => ({
      id: project.id,
      towns: [...new Set([...project.partners, ...(project.beneficiaries ?? [])].flatMap((part) => part.towns))],
      start: project.period.start,
      end: project.period.end,
      open: false,
      umbrella: project.role === 'umbrella',
    })),
    ...read<Activity[]>('activities.json').map((activity) => ({
      id: activity.id,
      towns: activity.towns.includes('all-24') ? towns : activity.towns,
      start: activity.start,
      end: activity.end ?? activity.start,
      open: false,
      umbrella: false,
    })),
  ]
  return new Map(records.map((record) => [record.id, record]))
}

const RECORDS = dataRecords()

/** The first and the last day a partial date ("2019", "2019-09", "2019-09-06") can mean. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date)
const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date)

/** Whether a record of data/ overlaps the period [from, to]; an undated record cannot be placed in it. */
function overlaps(record: DataRecord, from: string | null, to: string | null): boolean {
  if (record.start === null) return false
  const end = record.open ? '9999-12-31' : lastDay(record.end ?? record.start)
  return (to === null || firstDay(record.start) <= to) && (from === null || end >= from)
}

/** The tie kind of a record of n towns: direct (2), group (3 to 8), network-wide (more). */
const tieOf = (towns: number) => (towns <= 2 ? 'direct' : towns <= 8 ? 'group' : 'network')
const CLOSENESS = ['direct', 'group', 'network']

function expectBackedByData(network: ExportedNetwork, period: { from?: string; to?: string } = {}) {
  const towns = new Set(network.nodes.map((node) => node.id))
  for (const edge of network.edges) {
    const name = `${edge.source} - ${edge.target}`
    expect(towns.has(edge.source), name).toBe(true)
    expect(towns.has(edge.target), name).toBe(true)
    expect(edge.evidence.length, name).toBeGreaterThanOrEqual(1)
    // Each record adds at most 1 (1/(n-1) for n towns), and a fact told twice counts once.
    expect(edge.weight, name).toBeGreaterThan(0)
    expect(edge.weight, name).toBeLessThanOrEqual(edge.evidence.length)
    const records = edge.evidence.map((id) => RECORDS.get(id))
    for (const [index, record] of records.entries()) {
      const id = edge.evidence[index]
      expect(record, `${name}: ${id} is a record of data/`).toBeDefined()
      expect(record?.umbrella, `${name}: ${id} is an umbrella project, no evidence`).toBe(false)
      expect(record?.towns, `${name}: ${id} names both towns`).toEqual(expect.arrayContaining([edge.source, edge.target]))
      if (period.from !== undefined || period.to !== undefined) {
        expect(overlaps(record!, period.from ?? null, period.to ?? null), `${name}: ${id} overlaps the period`).toBe(true)
      }
    }
    // The closest kind among its records; open when one of them is a link without an end date.
    const closest = CLOSENESS[Math.min(...records.map((record) => CLOSENESS.indexOf(tieOf(record!.towns.length))))]
    expect(edge.tie, name).toBe(closest)
    expect(edge.open, name).toBe(records.some((record) => record!.open))
  }
}

/** Each town's strength is the sum of its tie weights. */
function expectStrengthsAddUp(network: ExportedNetwork) {
  for (const node of network.nodes) {
    const sum = network.edges.filter((edge) => edge.source === node.id || edge.target === node.id).reduce((total, edge) => total + edge.weight, 0)
    expect(node.strength, node.id).toBeCloseTo(sum, 4)
  }
}

const temp = mkdtempSync(join(tmpdir(), 'export-network-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('npm run export:network', () => {
  it('writes the network of the records as JSON on stdout: 24 towns, every tie backed by records with its closest kind', () => {
    const network = exportJson()
    expect(Object.keys(network)).toEqual(['nodes', 'edges'])
    expect(network.nodes).toHaveLength(24)
    expect(new Set(network.nodes.map((node) => node.id)).size).toBe(24)
    expect(Object.keys(network.nodes[0]!)).toEqual(['id', 'label', 'country', 'population', 'names', 'strength', 'directPartners', 'partners', 'firstYear', 'betweenness', 'community'])
    expect(Object.keys(network.edges[0]!)).toEqual(['source', 'target', 'tie', 'weight', 'first', 'last', 'open', 'kinds', 'evidence'])
    // The records of all 24 towns join every pair.
    expect(network.edges).toHaveLength((24 * 23) / 2)
    for (const tie of CLOSENESS) expect(network.edges.some((edge) => edge.tie === tie), tie).toBe(true)
    expectBackedByData(network)
    expectStrengthsAddUp(network)
  })

  it('counts direct partners as the towns a direct tie joins', () => {
    const network = exportJson()
    for (const node of network.nodes) {
      const direct = network.edges.filter((edge) => edge.tie === 'direct' && (edge.source === node.id || edge.target === node.id))
      expect(node.directPartners, node.id).toBe(direct.length)
    }
    const bilateral = network.edges.find((edge) => [edge.source, edge.target].sort().join('|') === 'bad-radkersburg|gornja-radgona')
    expect(bilateral?.tie).toBe('direct')
  })

  it('writes the same text to the --out file and says so on stderr', () => {
    const out = join(temp, 'network.json')
    const { status, stdout, stderr } = exportCli('--format', 'json', '--out', out)
    expect(status).toBe(0)
    expect(stdout).toBe('')
    const text = readFileSync(out, 'utf8')
    const network = JSON.parse(text) as ExportedNetwork
    expect(stderr).toBe(`export:network: 24 towns, ${network.edges.length} ties -> ${out}\n`)
    expect(text).toBe(exportCli('--format', 'json').stdout)
  })

  it('applies the time spans with --from: SKUPAJ (2010-07 to 2013-07) and its joint-project link are no evidence from 2014 on', () => {
    const all = exportJson()
    const later = exportJson('--from', '2014-01-01')
    const evidence = (network: ExportedNetwork) => new Set(network.edges.flatMap((edge) => edge.evidence))
    expect(evidence(all).has('skupaj')).toBe(true)
    expect(evidence(all).has('bad-radkersburg-gornja-radgona-skupaj')).toBe(true)
    expect(evidence(later).has('skupaj')).toBe(false)
    expect(evidence(later).has('bad-radkersburg-gornja-radgona-skupaj')).toBe(false)
    // A twinning without an end date is still in force.
    expect(evidence(later).has('furstenfeld-kormend-town-twinning')).toBe(true)
    const twins = (network: ExportedNetwork) => network.edges.find((edge) => [edge.source, edge.target].sort().join('|') === 'bad-radkersburg|gornja-radgona')
    expect(twins(later)!.weight).toBeLessThan(twins(all)!.weight)
    expectBackedByData(later, { from: '2014-01-01' })
    expectStrengthsAddUp(later)
  })

  it('applies the time spans with --to: nothing that starts after it', () => {
    const early = exportJson('--to', '2009-12-31')
    expect(early.edges.length).toBeGreaterThan(0)
    expect(early.edges.flatMap((edge) => edge.evidence)).not.toContain('skupaj')
    expectBackedByData(early, { to: '2009-12-31' })
    for (const edge of early.edges) expect(firstDay(edge.first) <= '2009-12-31', `${edge.source} - ${edge.target}`).toBe(true)
  })

  it('takes the filter as the URL does: --country HU keeps ties with a Hungarian end', () => {
    const network = exportJson('--country', 'HU')
    const country = new Map(network.nodes.map((node) => [node.id, node.country]))
    expect(network.nodes.filter((node) => node.country === 'HU')).toHaveLength(7)
    for (const edge of network.edges) expect([country.get(edge.source), country.get(edge.target)]).toContain('HU')
    expectBackedByData(network)
  })

  it('writes CSV with its header, one row per tie', () => {
    const { status, stdout } = exportCli('--format', 'csv')
    expect(status).toBe(0)
    const rows = stdout.split('\r\n')
    expect(rows[0]).toBe('source,target,tie,weight,first,last,open,kinds,evidence')
    expect(rows).toHaveLength(1 + (24 * 23) / 2 + 1)
  })

  it('exits 2 on an unknown --format and writes nothing on stdout', () => {
    const { status, stdout, stderr } = exportCli('--format', 'nope')
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('export:network: unknown --format "nope"; use one of gexf, graphml, csv, json\n')
  })

  it('exits 2 with the usage line on an unknown option, a stray argument or a missing value, and throws nothing', () => {
    for (const [args, reason] of [
      [['--bogus'], "Unknown option '--bogus'"],
      [['--format', 'csv', '--countries', 'AT'], "Unknown option '--countries'"],
      [['network.json'], "Unexpected argument 'network.json'"],
      [['--out'], "Option '--out <value>' argument missing"],
    ] as const) {
      const result = exportCli(...args)
      expect(result, args.join(' ')).toEqual({ status: 2, stdout: '', stderr: `export:network: ${reason}\n${USAGE}\n` })
    }
  })

  it('exits 2 on a country the data does not know, naming it and the valid ones', () => {
    expect(exportCli('--country', 'XX')).toEqual({ status: 2, stdout: '', stderr: 'export:network: unknown country "XX"; use AT, SI, HU\n' })
    expect(exportCli('--country', 'AT,XX').stderr).toBe('export:network: unknown country "XX"; use AT, SI, HU\n')
  })

  it('exits 2 on an unknown kind, listing every kind', () => {
    const { status, stdout, stderr } = exportCli('--kinds', 'twinning')
    expect([status, stdout]).toEqual([2, ''])
    expect(stderr).toMatch(/^export:network: unknown kind "twinning"; use town-twinning, .*, joint-project, .*, project, activity\n$/)
  })

  it('exits 2 on an unknown project, listing the project ids of the data and the nearest one', () => {
    const ids = read<{ id: string }[]>('projects.json').map((project) => project.id)
    expect(ids).toContain('skupaj')
    expect(exportCli('--project', 'no-such-project')).toEqual({
      status: 2, stdout: '', stderr: `export:network: unknown project "no-such-project"; use ${ids.join(', ')}\n`,
    })
    expect(exportCli('--project', 'skupja').stderr).toBe(`export:network: unknown project "skupja" (did you mean "skupaj"?); use ${ids.join(', ')}\n`)
    expect(exportJson('--project', 'skupaj').edges.length).toBeGreaterThan(0)
  })

  it('exits 2 on a malformed --from or --to, naming each', () => {
    expect(exportCli('--from', '2019-13-01', '--to', '2020')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'export:network: --from "2019-13-01" is not a date; use YYYY-MM-DD\nexport:network: --to "2020" is not a date; use YYYY-MM-DD\n',
    })
  })

  it('resolves --out and --data against the directory npm was run from (INIT_CWD), else the process directory', () => {
    const caller = join(temp, 'caller')
    mkdirSync(caller)
    const fromCaller = exportFrom(caller, '--format', 'csv', '--out', 'ties.csv')
    expect(fromCaller.status).toBe(0)
    expect(fromCaller.stderr).toBe(`export:network: 24 towns, ${(24 * 23) / 2} ties -> ${join(caller, 'ties.csv')}\n`)
    expect(readFileSync(join(caller, 'ties.csv'), 'utf8')).toBe(exportCli('--format', 'csv').stdout)
    const data = exportFrom(resolve(ROOT, 'tests'), '--data', 'fixtures/dataset', '--format', 'csv')
    expect(data.status).toBe(0)
    // No INIT_CWD (run without npm): the process directory.
    expect(exportFrom(undefined, '--data', BROKEN).status).toBe(1)
  })

  it('exits 1 on data with problems, printing each one, and exits 1 on a file it cannot write', () => {
    const broken = exportCli('--data', BROKEN)
    expect([broken.status, broken.stdout]).toEqual([1, ''])
    expect(broken.stderr).toContain('data/cities.geojson: record "fehring" field properties.population.year: expected int, received number')
    expect(broken.stderr.trimEnd().split('\n').at(-1)).toBe('export:network: the data has problems (see above); run npm run data:check')
    const unwritable = exportCli('--out', join(temp, 'no-such-dir', 'network.json'))
    expect(unwritable.status).toBe(1)
    expect(unwritable.stderr).toMatch(/^export:network: cannot write .*no-such-dir.*ENOENT/)
  })
})

describe('the real command (smoke test)', () => {
  const npm = (cwd: string, ...args: string[]) =>
    spawnSync('npm', ['--prefix', ROOT, 'run', '-s', 'export:network', '--', '--data', FIXTURE_DATA_DIR, ...args], { cwd, encoding: 'utf8', timeout: 60_000 })

  it('writes --out where it is run from, and exits 2 with the usage line and no stack trace on an unknown option', () => {
    const ok = npm(temp, '--format', 'json', '--out', 'smoke.json')
    expect(ok.stderr).toBe(`export:network: 24 towns, ${(24 * 23) / 2} ties -> ${join(temp, 'smoke.json')}\n`)
    expect(ok.status).toBe(0)
    expect((JSON.parse(readFileSync(join(temp, 'smoke.json'), 'utf8')) as ExportedNetwork).nodes).toHaveLength(24)
    const bad = npm(temp, '--bogus')
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toBe(`export:network: Unknown option '--bogus'\n${USAGE}\n`)
  }, 120_000)
})
