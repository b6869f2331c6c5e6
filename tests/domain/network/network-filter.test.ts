import { describe, expect, it } from 'vitest'
import { buildNetwork, withTownEdges, type NetworkGraph } from '../../../src/domain/network/build-network'
import { collectEvidence } from '../../../src/domain/network/evidence'
import { filterEvidence, isFiltered, NO_FILTER, overlapsPeriod, type NetworkFilter } from '../../../src/domain/network/network-filter'
import { tinyDataset } from './tiny-dataset'

const filter = (patch: Partial<NetworkFilter>): NetworkFilter => ({ ...NO_FILTER, ...patch })

function edges(graph: NetworkGraph) {
  return graph.mapEdges((key, edge) => `${key} w${edge.weight} [${edge.kinds.join(',')}] {${edge.evidence.join(',')}}`)
}

describe('isFiltered', () => {
  it('is false for NO_FILTER and true as soon as one field is set', () => {
    expect(isFiltered(NO_FILTER)).toBe(false)
    expect(isFiltered(filter({ kinds: ['egtc'] }))).toBe(true)
    expect(isFiltered(filter({ project: 'p-trio' }))).toBe(true)
    expect(isFiltered(filter({ countries: ['HU'] }))).toBe(true)
    expect(isFiltered(filter({ from: '2019-01-01' }))).toBe(true)
    expect(isFiltered(filter({ to: '2019-01-01' }))).toBe(true)
  })
})

describe('overlapsPeriod', () => {
  const activity = { type: 'activity' as const, start: '2019-09', end: '2019-09' }

  it('lets everything through without a period, even undated records', () => {
    expect(overlapsPeriod({ type: 'activity', start: null, end: null }, null, null)).toBe(true)
  })

  it('leaves undated records out as soon as a period is set', () => {
    expect(overlapsPeriod({ type: 'activity', start: null, end: null }, '2019-01-01', null)).toBe(false)
    expect(overlapsPeriod({ type: 'link', start: null, end: null }, null, '2019-01-01')).toBe(false)
    expect(overlapsPeriod({ type: 'project', start: null, end: null }, '1900-01-01', '2100-12-31')).toBe(false)
  })

  it('reads a month as its whole month: "2019-09" reaches 2019-09-30 but not 2019-10-01', () => {
    expect(overlapsPeriod(activity, '2019-09-30', null)).toBe(true)
    expect(overlapsPeriod(activity, '2019-09-30', '2019-12-31')).toBe(true)
    expect(overlapsPeriod(activity, '2019-10-01', null)).toBe(false)
    expect(overlapsPeriod(activity, null, '2019-09-01')).toBe(true)
    expect(overlapsPeriod(activity, null, '2019-08-31')).toBe(false)
  })

  it('reads a year as its whole year', () => {
    expect(overlapsPeriod({ type: 'activity', start: '2019', end: '2019' }, '2019-12-31', '2020-06-01')).toBe(true)
    expect(overlapsPeriod({ type: 'activity', start: '2019', end: '2019' }, '2020-01-01', null)).toBe(false)
  })

  it('an activity without an end lasts its start', () => {
    expect(overlapsPeriod({ type: 'activity', start: '2019-09', end: null }, '2019-09-30', null)).toBe(true)
    expect(overlapsPeriod({ type: 'activity', start: '2019-09', end: null }, '2019-10-01', null)).toBe(false)
  })

  it('a link without an end is still in force (open-ended)', () => {
    expect(overlapsPeriod({ type: 'link', start: '1995-05-20', end: null }, '2030-01-01', '2030-12-31')).toBe(true)
    expect(overlapsPeriod({ type: 'link', start: '1995-05-20', end: null }, null, '1995-05-19')).toBe(false)
    expect(overlapsPeriod({ type: 'link', start: '1995-05-20', end: null }, null, '1995-05-20')).toBe(true)
  })

  it('a span is inclusive on both ends', () => {
    const project = { type: 'project' as const, start: '2010-07-01', end: '2013-07-31' }
    expect(overlapsPeriod(project, '2013-07-31', null)).toBe(true)
    expect(overlapsPeriod(project, '2013-08-01', null)).toBe(false)
    expect(overlapsPeriod(project, null, '2010-07-01')).toBe(true)
    expect(overlapsPeriod(project, null, '2010-06-30')).toBe(false)
    expect(overlapsPeriod(project, '2011-01-01', '2011-01-31')).toBe(true)
  })
})

describe('filterEvidence', () => {
  const evidence = collectEvidence(tinyDataset())
  const ids = (patch: Partial<NetworkFilter>) => filterEvidence(evidence, filter(patch)).map((item) => item.id)

  it('keeps everything without a filter', () => {
    expect(ids({})).toHaveLength(13)
  })

  it('keeps the chosen kinds only', () => {
    expect(ids({ kinds: ['activity'] })).toEqual(['act-signing', 'act-meeting', 'act-whole', 'act-visit', 'act-undated'])
    expect(ids({ kinds: ['town-twinning', 'egtc'] })).toEqual(['l-twinning', 'l-egtc'])
  })

  it('keeps the records of one project: its joint-project link, itself and its activities', () => {
    expect(ids({ project: 'p-bilateral' })).toEqual(['l-joint', 'p-bilateral'])
    expect(ids({ project: 'p-trio' })).toEqual(['p-trio', 'act-visit'])
  })

  it('keeps what overlaps the period', () => {
    // Links without end (l-twinning 1995, l-joint 2010, l-charter 2019-09-06) are in force; l-egtc has no date.
    expect(ids({ from: '2019-09-30', to: '2019-12-31' })).toEqual(['l-twinning', 'l-joint', 'l-charter', 'p-trio', 'act-meeting'])
    expect(ids({ to: '2009-12-31' })).toEqual(['l-twinning', 'p-big-si-at'])
  })
})

describe('buildNetwork with a filter', () => {
  const dataset = tinyDataset()

  it('kinds: only activities', () => {
    const network = buildNetwork(dataset, { filter: filter({ kinds: ['activity'] }) })
    expect(edges(network.graph)).toEqual([
      'hu-a|si-b w1 [activity] {act-signing}',
      'at-a|si-a w1 [activity] {act-meeting}',
      'at-a|hu-a w1 [activity] {act-meeting}',
      'hu-a|si-a w1 [activity] {act-meeting}',
      'at-a|at-b w1 [activity] {act-visit}',
      'si-a|si-b w1 [activity] {act-undated}',
    ])
    expect(network.shared.map((item) => item.id)).toEqual(['act-whole'])
    expect(network.graph.order).toBe(10)
  })

  it('project: the joint-project link and the project are one fact', () => {
    const network = buildNetwork(dataset, { filter: filter({ project: 'p-bilateral' }) })
    expect(edges(network.graph)).toEqual(['at-a|si-a w1 [joint-project,project] {l-joint,p-bilateral}'])
    expect(network.shared).toEqual([])
  })

  it('project: a project and one of its activities', () => {
    const network = buildNetwork(dataset, { filter: filter({ project: 'p-trio' }) })
    expect(edges(network.graph)).toEqual([
      'at-b|si-b w1 [project] {p-trio}',
      'at-b|hu-a w1 [project] {p-trio}',
      'hu-a|si-b w1 [project] {p-trio}',
      'at-a|at-b w1 [activity] {act-visit}',
    ])
  })

  it('countries: an edge stays when at least one of its towns is in the chosen countries', () => {
    const hungary = buildNetwork(dataset, { filter: filter({ countries: ['HU'] }) })
    expect(edges(hungary.graph)).toEqual([
      'hu-a|si-b w2 [partnership-charter,project,activity] {l-charter,p-trio,act-signing}',
      'at-b|hu-a w1 [project] {p-trio}',
      'at-a|hu-a w1 [activity] {act-meeting}',
      'hu-a|si-a w1 [activity] {act-meeting}',
    ])
    // The chosen country's towns, then the foreign ends of the kept edges.
    expect(hungary.graph.nodes()).toEqual(['hu-a', 'hu-b', 'hu-c', 'hu-d', 'si-b', 'at-b', 'at-a', 'si-a'])
    expect(hungary.shared.map((item) => item.id)).toEqual(['p-big-si-at', 'act-whole'])

    const austria = buildNetwork(dataset, { filter: filter({ countries: ['AT'] }) })
    expect(austria.graph.edges()).toEqual(['at-a|si-a', 'at-a|at-b', 'at-b|si-b', 'at-b|hu-a', 'at-a|hu-a'])
    expect(austria.graph.nodes()).toEqual(['at-a', 'at-b', 'at-c', 'si-a', 'si-b', 'hu-a'])
  })

  it('countries with the shared layer as lines: every pair with a Hungarian end', () => {
    const { graph } = buildNetwork(dataset, { filter: filter({ countries: ['HU'] }), sharedAsLines: true })
    // 45 pairs of ten towns, minus the 15 pairs of the six towns that are not Hungarian.
    expect(graph.size).toBe(30)
    expect(graph.order).toBe(10)
  })

  it('countries: the shared layer keeps records with at least one town in the chosen countries', () => {
    const dataset2 = tinyDataset()
    dataset2.projects = dataset2.projects.filter((project) => project.id !== 'p-big-si-at')
    dataset2.activities = []
    dataset2.projects.push({ ...dataset2.projects[0]!, id: 'p-nine', partners: [{ organisation: 'x', role: 'lead', towns: ['at-a', 'at-b', 'at-c', 'si-a', 'si-b', 'si-c', 'hu-a', 'hu-b', 'hu-c'], budgetEur: null, erdfEur: null }] })
    expect(buildNetwork(dataset2, { filter: filter({ countries: ['HU'] }) }).shared.map((item) => item.id)).toEqual(['p-nine'])
    dataset2.projects = dataset2.projects.map((project) => (project.id === 'p-nine' ? { ...project, partners: [{ ...project.partners[0]!, towns: ['at-a', 'at-b', 'at-c', 'si-a', 'si-b', 'si-c', 'zz-1', 'zz-2', 'zz-3'] }] } : project))
    // Only six member towns remain (no longer shared), none Hungarian.
    expect(buildNetwork(dataset2, { filter: filter({ countries: ['HU'] }) }).shared).toEqual([])
  })

  it('period: from 2019-09-30 keeps the September 2019 meeting, from 2019-10-01 drops it', () => {
    const september = buildNetwork(dataset, { filter: filter({ from: '2019-09-30', to: '2019-12-31' }) })
    expect(edges(september.graph)).toEqual([
      'at-a|si-a w3 [town-twinning,joint-project,activity] {l-twinning,l-joint,act-meeting}',
      'hu-a|si-b w2 [partnership-charter,project] {l-charter,p-trio}',
      'at-b|si-b w1 [project] {p-trio}',
      'at-b|hu-a w1 [project] {p-trio}',
      'at-a|hu-a w1 [activity] {act-meeting}',
      'hu-a|si-a w1 [activity] {act-meeting}',
    ])
    expect(september.shared).toEqual([])

    const october = buildNetwork(dataset, { filter: filter({ from: '2019-10-01', to: '2019-12-31' }) })
    expect(edges(october.graph)).toEqual([
      'at-a|si-a w2 [town-twinning,joint-project] {l-twinning,l-joint}',
      'hu-a|si-b w2 [partnership-charter,project] {l-charter,p-trio}',
      'at-b|si-b w1 [project] {p-trio}',
      'at-b|hu-a w1 [project] {p-trio}',
    ])
  })

  it('period: undated records (l-egtc, p-undated, act-undated) are gone once a period is set', () => {
    const { graph } = buildNetwork(dataset, { filter: filter({ from: '1900-01-01', to: '2100-12-31' }) })
    expect(graph.hasEdge('si-a|si-b')).toBe(false)
    expect(graph.getEdgeAttributes('at-a|at-b')).toEqual({ weight: 1, kinds: ['activity'], evidence: ['act-visit'] })
  })

  it('all filters together', () => {
    const { graph } = buildNetwork(dataset, { filter: filter({ kinds: ['activity'], countries: ['SI'], from: '2019-01-01', to: '2019-12-31' }) })
    expect(graph.edges()).toEqual(['hu-a|si-b', 'at-a|si-a', 'hu-a|si-a'])
  })
})

describe('withTownEdges', () => {
  const dataset = tinyDataset()
  const complete = buildNetwork(dataset, { sharedAsLines: true }).graph

  it('adds every edge of the town from the complete network, leaving the display network alone', () => {
    const display = buildNetwork(dataset, { filter: filter({ kinds: ['activity'] }) }).graph
    const graph = withTownEdges(display, complete, 'hu-d')
    // 6 activity edges + the 9 edges of hu-d (act-whole only).
    expect(graph.size).toBe(15)
    expect(display.size).toBe(6)
    expect(graph.getEdgeAttributes('hu-d|si-c')).toEqual({ weight: 1, kinds: ['activity'], evidence: ['act-whole'] })
    graph.getEdgeAttributes('hu-d|si-c').evidence.push('changed')
    expect(complete.getEdgeAttributes('hu-d|si-c').evidence).toEqual(['act-whole'])
  })

  it('keeps the display\'s own version of an edge it already has', () => {
    const display = buildNetwork(dataset, { filter: filter({ kinds: ['activity'] }) }).graph
    const graph = withTownEdges(display, complete, 'at-a')
    // at-a has 9 edges in the complete network; 3 are already shown (si-a, hu-a, at-b).
    expect(graph.size).toBe(6 + 6)
    expect(graph.getEdgeAttributes('at-a|si-a')).toEqual({ weight: 1, kinds: ['activity'], evidence: ['act-meeting'] })
  })

  it('adds the towns a country filter left out', () => {
    const display = buildNetwork(dataset, { filter: filter({ countries: ['HU'] }) }).graph
    const graph = withTownEdges(display, complete, 'at-c')
    expect(display.order).toBe(8)
    expect(graph.order).toBe(10)
    expect(graph.size).toBe(4 + 9)
    expect(graph.getNodeAttribute('at-c', 'country')).toBe('AT')
  })

  it('returns the display network itself for a town the complete network lacks', () => {
    const display = buildNetwork(dataset).graph
    expect(withTownEdges(display, complete, 'zz-outside')).toBe(display)
  })
})
