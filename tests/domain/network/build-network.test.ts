import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRawDataset } from '../../../scripts/check-data-dir'
import type { Dataset } from '../../../src/domain/dataset'
import { buildNetwork, pairKey, type NetworkGraph } from '../../../src/domain/network/build-network'
import { collectEvidence, MAX_PAIRWISE_TOWNS } from '../../../src/domain/network/evidence'
import { validateDataset } from '../../../src/domain/validate-dataset'
import { BIG_PROJECT_TOWNS, makeActivity, makeLink, makeTown, TOWN_IDS, tinyDataset } from './tiny-dataset'

/** Every edge as "key weight kinds evidence", in the graph's order: one line to compare by eye. */
function edgeRows(graph: NetworkGraph) {
  return graph.mapEdges((key, edge) => ({ key, weight: edge.weight, kinds: edge.kinds, evidence: edge.evidence }))
}

describe('pairKey', () => {
  it('is the same whatever the order of the two towns', () => {
    expect(pairKey('si-a', 'at-a')).toBe('at-a|si-a')
    expect(pairKey('at-a', 'si-a')).toBe('at-a|si-a')
  })
})

describe('collectEvidence on the tiny dataset', () => {
  const evidence = collectEvidence(tinyDataset())
  const byId = new Map(evidence.map((item) => [item.id, item]))

  it('turns every record with two member towns into evidence, in the order links, projects, activities', () => {
    // l-outside, p-solo and act-outside have fewer than two member towns.
    expect(evidence.map((item) => item.id)).toEqual([
      'l-twinning', 'l-joint', 'l-charter', 'l-egtc',
      'p-bilateral', 'p-trio', 'p-big-si-at', 'p-undated',
      'act-signing', 'act-meeting', 'act-whole', 'act-visit', 'act-undated',
    ])
  })

  it('describes a link: its two towns, its start, no end, its project and its own fact', () => {
    expect(byId.get('l-twinning')).toEqual({
      type: 'link', id: 'l-twinning', kind: 'town-twinning', towns: ['at-a', 'si-a'],
      start: '1995-05-20', end: null, project: null, shared: false, fact: 'link:l-twinning',
    })
    expect(byId.get('l-egtc')?.towns).toEqual(['at-b', 'at-a'])
  })

  it('gives a joint-project link the fact of its project: one fact told twice', () => {
    expect(byId.get('l-joint')?.fact).toBe('project:p-bilateral')
    expect(byId.get('p-bilateral')?.fact).toBe('project:p-bilateral')
  })

  it('takes a project\'s towns from the towns its partners represent, each once', () => {
    expect(byId.get('p-trio')).toEqual({
      type: 'project', id: 'p-trio', kind: 'project', towns: ['at-b', 'si-b', 'hu-a'],
      start: '2017-03', end: '2020-02', project: 'p-trio', shared: false, fact: 'project:p-trio',
    })
  })

  it('gives an activity of the same two towns on the day a link starts the link\'s fact', () => {
    expect(byId.get('act-signing')).toEqual({
      type: 'activity', id: 'act-signing', kind: 'activity', towns: ['si-b', 'hu-a'],
      start: '2019-09-06', end: '2019-09-06', project: null, shared: false, fact: 'link:l-charter',
    })
    expect(byId.get('act-meeting')?.fact).toBe('activity:act-meeting')
  })

  it('does not merge an activity of the same towns in the same month but not on the day', () => {
    const dataset = tinyDataset()
    dataset.activities = [makeActivity('act-near', ['hu-a', 'si-b'], '2019-09'), makeActivity('act-day-after', ['hu-a', 'si-b'], '2019-09-07')]
    const facts = collectEvidence(dataset).filter((item) => item.type === 'activity').map((item) => item.fact)
    expect(facts).toEqual(['activity:act-near', 'activity:act-day-after'])
  })

  it('marks "all-24" (all towns of the dataset) and records of more than 8 towns as the shared layer', () => {
    expect(MAX_PAIRWISE_TOWNS).toBe(8)
    expect(byId.get('act-whole')?.towns).toEqual([...TOWN_IDS])
    expect(byId.get('act-whole')?.shared).toBe(true)
    expect(byId.get('p-big-si-at')?.towns).toEqual(BIG_PROJECT_TOWNS)
    expect(byId.get('p-big-si-at')?.shared).toBe(true)
    expect(evidence.filter((item) => item.shared).map((item) => item.id)).toEqual(['p-big-si-at', 'act-whole'])
  })

  it('treats a record listing every town of a small dataset explicitly as shared, and 8 of 10 as pairwise', () => {
    const five = ['a1', 'a2', 's1', 's2', 'h1']
    const small: Dataset = {
      towns: five.map((id, index) => makeTown(id, index < 2 ? 'AT' : index < 4 ? 'SI' : 'HU', 1000, 16, 46.5)),
      organisations: [], projects: [], links: [],
      activities: [makeActivity('all-five', five, '2020'), makeActivity('four', five.slice(0, 4), '2020')],
    }
    expect(collectEvidence(small).map((item) => [item.id, item.shared])).toEqual([['all-five', true], ['four', false]])

    const eight = tinyDataset()
    eight.activities = [makeActivity('eight-towns', TOWN_IDS.slice(0, 8), '2020')]
    expect(collectEvidence(eight).find((item) => item.id === 'eight-towns')?.shared).toBe(false)
  })

  it('an undated activity has neither start nor end', () => {
    expect(byId.get('act-undated')).toMatchObject({ start: null, end: null, towns: ['si-a', 'si-b'] })
  })
})

describe('buildNetwork on the tiny dataset', () => {
  it('makes one edge per pair with its kinds, evidence and weight in distinct facts', () => {
    const { graph } = buildNetwork(tinyDataset())
    expect(graph.type).toBe('undirected')
    expect(graph.nodes()).toEqual([...TOWN_IDS])
    expect(edgeRows(graph)).toEqual([
      { key: 'at-a|si-a', weight: 3, kinds: ['town-twinning', 'joint-project', 'project', 'activity'], evidence: ['l-twinning', 'l-joint', 'p-bilateral', 'act-meeting'] },
      { key: 'hu-a|si-b', weight: 2, kinds: ['partnership-charter', 'project', 'activity'], evidence: ['l-charter', 'p-trio', 'act-signing'] },
      { key: 'at-a|at-b', weight: 2, kinds: ['egtc', 'activity'], evidence: ['l-egtc', 'act-visit'] },
      { key: 'at-b|si-b', weight: 1, kinds: ['project'], evidence: ['p-trio'] },
      { key: 'at-b|hu-a', weight: 1, kinds: ['project'], evidence: ['p-trio'] },
      { key: 'si-a|si-b', weight: 2, kinds: ['project', 'activity'], evidence: ['p-undated', 'act-undated'] },
      { key: 'at-a|hu-a', weight: 1, kinds: ['activity'], evidence: ['act-meeting'] },
      { key: 'hu-a|si-a', weight: 1, kinds: ['activity'], evidence: ['act-meeting'] },
    ])
  })

  it('keeps the order of the first record as source and target', () => {
    const { graph } = buildNetwork(tinyDataset())
    expect(graph.extremities('at-a|at-b')).toEqual(['at-b', 'at-a'])
  })

  it('makes an edge from a link alone, from a project alone and from an activity alone', () => {
    const only = (patch: Partial<Dataset>) => edgeRows(buildNetwork({ ...tinyDataset(), links: [], projects: [], activities: [], ...patch }).graph)
    expect(only({ links: [makeLink('x', 'hu-b', 'si-c', 'cooperation-agreement', null)] })).toEqual([
      { key: 'hu-b|si-c', weight: 1, kinds: ['cooperation-agreement'], evidence: ['x'] },
    ])
    expect(only({ projects: tinyDataset().projects.filter((project) => project.id === 'p-bilateral') })).toEqual([
      { key: 'at-a|si-a', weight: 1, kinds: ['project'], evidence: ['p-bilateral'] },
    ])
    expect(only({ activities: [makeActivity('y', ['hu-c', 'hu-d'], '2020')] })).toEqual([
      { key: 'hu-c|hu-d', weight: 1, kinds: ['activity'], evidence: ['y'] },
    ])
  })

  it('puts whole-network and > 8-town records in network.shared and draws no line for them', () => {
    const network = buildNetwork(tinyDataset())
    expect(network.shared.map((item) => item.id)).toEqual(['p-big-si-at', 'act-whole'])
    expect(network.evidence).toHaveLength(13)
    expect(network.graph.size).toBe(8)
    // hu-d only appears in act-whole: a node without edges.
    expect(network.graph.degree('hu-d')).toBe(0)
    network.graph.forEachEdge((_key, edge) => {
      expect(edge.evidence).not.toContain('act-whole')
      expect(edge.evidence).not.toContain('p-big-si-at')
    })
  })

  it('draws the shared layer as one line per pair with sharedAsLines', () => {
    const { graph, shared } = buildNetwork(tinyDataset(), { sharedAsLines: true })
    expect(shared.map((item) => item.id)).toEqual(['p-big-si-at', 'act-whole'])
    // act-whole joins all 10 towns: C(10,2) = 45 edges, a complete graph.
    expect(graph.size).toBe(45)
    expect(graph.getEdgeAttributes('at-a|si-a')).toEqual({
      // 3 facts before + p-big-si-at + act-whole = 5
      weight: 5,
      kinds: ['town-twinning', 'joint-project', 'project', 'activity'],
      evidence: ['l-twinning', 'l-joint', 'p-bilateral', 'p-big-si-at', 'act-meeting', 'act-whole'],
    })
    // Two towns of the big project with nothing else: the project and the whole-network activity.
    expect(graph.getEdgeAttributes('at-c|si-c')).toEqual({ weight: 2, kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'act-whole'] })
    // hu-d is in act-whole only.
    expect(graph.getEdgeAttributes('at-a|hu-d')).toEqual({ weight: 1, kinds: ['activity'], evidence: ['act-whole'] })
  })

  it('drops links to towns outside the dataset and never makes an edge without evidence', () => {
    const { graph } = buildNetwork(tinyDataset(), { sharedAsLines: true })
    expect(graph.hasNode('zz-outside')).toBe(false)
    graph.forEachEdge((_key, edge) => {
      expect(edge.evidence.length).toBeGreaterThanOrEqual(1)
      expect(edge.weight).toBeGreaterThanOrEqual(1)
      expect(edge.weight).toBeLessThanOrEqual(edge.evidence.length)
    })
  })

  it('gives each node the town\'s country, population, label and names', () => {
    const { graph } = buildNetwork(tinyDataset())
    expect(graph.getNodeAttributes('si-b')).toEqual({
      country: 'SI', population: 12_000, label: 'SI-B',
      names: { official: 'SI-B', sl: 'SI-B (sl)', de: 'SI-B (de)', hu: 'SI-B (hu)', en: 'SI-B (en)' },
    })
  })
})

describe('buildNetwork on the real data/', () => {
  const { raw, issues: readIssues, unreadable } = readRawDataset(resolve(process.cwd(), 'data'))
  const { dataset, issues } = validateDataset(raw, unreadable)
  const ids = new Set([...dataset.links, ...dataset.projects, ...dataset.activities].map((record) => record.id))

  it('reads without problems', () => {
    expect([...readIssues, ...issues]).toEqual([])
    expect(dataset.towns).toHaveLength(24)
  })

  it.each([false, true])('has no edge without evidence, and every evidence id is a record of data/ (sharedAsLines %s)', (sharedAsLines) => {
    const { graph, shared } = buildNetwork(dataset, { sharedAsLines })
    expect(graph.order).toBe(24)
    expect(graph.size).toBeGreaterThan(0)
    graph.forEachEdge((key, edge, source, target) => {
      expect(key).toBe(pairKey(source, target))
      expect(edge.evidence.length, key).toBeGreaterThanOrEqual(1)
      expect(edge.kinds.length, key).toBeGreaterThanOrEqual(1)
      expect(edge.weight, key).toBeGreaterThanOrEqual(1)
      expect(edge.weight, key).toBeLessThanOrEqual(edge.evidence.length)
      for (const id of edge.evidence) expect(ids.has(id), `${key}: ${id}`).toBe(true)
      if (!sharedAsLines) for (const id of edge.evidence) expect(shared.some((item) => item.id === id), `${key}: ${id}`).toBe(false)
    })
  })

  it('with the shared layer as lines, has every edge of the pairwise network and more', () => {
    const pairwise = buildNetwork(dataset).graph
    const all = buildNetwork(dataset, { sharedAsLines: true }).graph
    expect(all.size).toBeGreaterThan(pairwise.size)
    pairwise.forEachEdge((key, edge) => {
      expect(all.hasEdge(key)).toBe(true)
      expect(all.getEdgeAttribute(key, 'weight')).toBeGreaterThanOrEqual(edge.weight)
    })
  })
})
