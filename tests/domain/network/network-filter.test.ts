import { describe, expect, it } from 'vitest'
import { buildNetwork, type NetworkGraph } from '../../../src/domain/network/build-network'
import { collectEvidence } from '../../../src/domain/network/evidence'
import { filterEvidence, isFiltered, NO_FILTER, orderedPeriod, overlapsPeriod, withKnownProject, type NetworkFilter } from '../../../src/domain/network/network-filter'
import { tinyDataset } from './tiny-dataset'

const filter = (patch: Partial<NetworkFilter>): NetworkFilter => ({ ...NO_FILTER, ...patch })

/** The direct and group ties as "key tie weight [kinds] {evidence}", weights to three places. */
function edges(graph: NetworkGraph) {
  return graph
    .filterEdges((_key, edge) => edge.tie !== 'network')
    .map((key) => {
      const edge = graph.getEdgeAttributes(key)
      return `${key} ${edge.tie} w${Number(edge.weight.toFixed(3))} [${edge.kinds.join(',')}] {${edge.evidence.join(',')}}`
    })
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
    // Links without end (l-twinning 1995, l-charter 2019-09-06) are in force; l-joint ended with its project
    // p-bilateral in 2013; l-egtc has no date.
    expect(ids({ from: '2019-09-30', to: '2019-12-31' })).toEqual(['l-twinning', 'l-charter', 'p-trio', 'act-meeting'])
    expect(ids({ to: '2009-12-31' })).toEqual(['l-twinning', 'p-big-si-at'])
  })
})

describe('buildNetwork with a filter', () => {
  const dataset = tinyDataset()

  it('kinds: only activities; a fact is weighted by the towns of its records the filter keeps', () => {
    const network = buildNetwork(dataset, { filter: filter({ kinds: ['activity'] }) })
    expect(edges(network.graph)).toEqual([
      'hu-a|si-b direct w1.111 [activity] {act-signing,act-whole}',
      'at-a|si-a group w0.611 [activity] {act-meeting,act-whole}',
      'at-a|hu-a group w0.611 [activity] {act-meeting,act-whole}',
      'hu-a|si-a group w0.611 [activity] {act-meeting,act-whole}',
      'at-a|at-b direct w1.111 [activity] {act-whole,act-visit}',
      'si-a|si-b direct w1.111 [activity] {act-whole,act-undated}',
    ])
    expect(network.groups.map((item) => item.id)).toEqual(['act-meeting'])
    expect(network.networkWide.map((item) => item.id)).toEqual(['act-whole'])
    expect(network.graph.order).toBe(10)
  })

  it('project: the joint-project link and the project are one fact', () => {
    const network = buildNetwork(dataset, { filter: filter({ project: 'p-bilateral' }) })
    expect(edges(network.graph)).toEqual(['at-a|si-a direct w1 [joint-project,project] {l-joint,p-bilateral}'])
    expect(network.networkWide).toEqual([])
  })

  it('project: a project of three towns (a group) and one of its activities (direct)', () => {
    const network = buildNetwork(dataset, { filter: filter({ project: 'p-trio' }) })
    expect(edges(network.graph)).toEqual([
      'at-b|si-b group w0.5 [project] {p-trio}',
      'at-b|hu-a group w0.5 [project] {p-trio}',
      'hu-a|si-b group w0.5 [project] {p-trio}',
      'at-a|at-b direct w1 [activity] {act-visit}',
    ])
  })

  it('countries: a tie stays when at least one of its towns is in the chosen countries', () => {
    const hungary = buildNetwork(dataset, { filter: filter({ countries: ['HU'] }) })
    expect(edges(hungary.graph)).toEqual([
      'hu-a|si-b direct w1.736 [partnership-charter,project,activity] {l-charter,p-trio,p-big-si-at,act-signing,act-whole}',
      'at-b|hu-a group w0.736 [project,activity] {p-trio,p-big-si-at,act-whole}',
      'at-a|hu-a group w0.736 [project,activity] {p-big-si-at,act-meeting,act-whole}',
      'hu-a|si-a group w0.736 [project,activity] {p-big-si-at,act-meeting,act-whole}',
    ])
    // 45 pairs of ten towns, minus the 15 pairs of the six towns that are not Hungarian.
    expect(hungary.graph.size).toBe(30)
    expect(hungary.graph.nodes().slice(0, 5)).toEqual(['hu-a', 'hu-b', 'hu-c', 'hu-d', 'si-b'])
    expect(hungary.networkWide.map((item) => item.id)).toEqual(['p-big-si-at', 'act-whole'])

    const austria = buildNetwork(dataset, { filter: filter({ countries: ['AT'] }) })
    expect(austria.graph.filterEdges((_key, edge) => edge.tie !== 'network')).toEqual(['at-a|si-a', 'at-a|at-b', 'at-b|si-b', 'at-b|hu-a', 'at-a|hu-a'])
  })

  it('countries: network-wide records are kept with at least one town in the chosen countries', () => {
    const dataset2 = tinyDataset()
    dataset2.projects = dataset2.projects.filter((project) => project.id !== 'p-big-si-at')
    dataset2.activities = []
    dataset2.projects.push({ ...dataset2.projects[0]!, id: 'p-nine', partners: [{ organisation: 'x', role: 'lead', towns: ['at-a', 'at-b', 'at-c', 'si-a', 'si-b', 'si-c', 'hu-a', 'hu-b', 'hu-c'], budgetEur: null, erdfEur: null }] })
    expect(buildNetwork(dataset2, { filter: filter({ countries: ['HU'] }) }).networkWide.map((item) => item.id)).toEqual(['p-nine'])
    dataset2.projects = dataset2.projects.map((project) => (project.id === 'p-nine' ? { ...project, partners: [{ ...project.partners[0]!, towns: ['at-a', 'at-b', 'at-c', 'si-a', 'si-b', 'si-c', 'zz-1', 'zz-2', 'zz-3'] }] } : project))
    // Only six member towns remain: a group now, and none of them Hungarian (p-trio has hu-a).
    const network = buildNetwork(dataset2, { filter: filter({ countries: ['HU'] }) })
    expect(network.networkWide).toEqual([])
    expect(network.groups.map((item) => item.id)).toEqual(['p-trio'])
    expect(buildNetwork(dataset2).groups.map((item) => item.id)).toEqual(['p-trio', 'p-nine'])
  })

  it('period: from 2019-09-30 keeps the September 2019 meeting, from 2019-10-01 drops it', () => {
    const september = buildNetwork(dataset, { filter: filter({ from: '2019-09-30', to: '2019-12-31' }) })
    expect(edges(september.graph)).toEqual([
      'at-a|si-a direct w1.5 [town-twinning,activity] {l-twinning,act-meeting}',
      'hu-a|si-b direct w1.5 [partnership-charter,project] {l-charter,p-trio}',
      'at-b|si-b group w0.5 [project] {p-trio}',
      'at-b|hu-a group w0.5 [project] {p-trio}',
      'at-a|hu-a group w0.5 [activity] {act-meeting}',
      'hu-a|si-a group w0.5 [activity] {act-meeting}',
    ])
    expect(september.networkWide).toEqual([])

    const october = buildNetwork(dataset, { filter: filter({ from: '2019-10-01', to: '2019-12-31' }) })
    expect(edges(october.graph)).toEqual([
      'at-a|si-a direct w1 [town-twinning] {l-twinning}',
      'hu-a|si-b direct w1.5 [partnership-charter,project] {l-charter,p-trio}',
      'at-b|si-b group w0.5 [project] {p-trio}',
      'at-b|hu-a group w0.5 [project] {p-trio}',
    ])
  })

  it('period: undated records (l-egtc, p-undated, act-undated) are gone once a period is set', () => {
    const { graph } = buildNetwork(dataset, { filter: filter({ from: '1900-01-01', to: '2100-12-31' }) })
    expect(graph.getEdgeAttributes('si-a|si-b')).toMatchObject({ tie: 'network', evidence: ['p-big-si-at', 'act-whole'] })
    expect(graph.getEdgeAttributes('at-a|at-b')).toMatchObject({ tie: 'direct', kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'act-whole', 'act-visit'] })
  })

  it('all filters together', () => {
    const { graph } = buildNetwork(dataset, { filter: filter({ kinds: ['activity'], countries: ['SI'], from: '2019-01-01', to: '2019-12-31' }) })
    expect(graph.edges()).toEqual(['hu-a|si-b', 'at-a|si-a', 'hu-a|si-a'])
  })
})

describe('withKnownProject and orderedPeriod', () => {
  it('drops a project the data does not know, and keeps a known one', () => {
    const projects = [{ id: 'p-trio' }]
    expect(withKnownProject(filter({ project: 'no-such' }), projects)).toEqual(NO_FILTER)
    const known = filter({ project: 'p-trio' })
    expect(withKnownProject(known, projects)).toBe(known)
  })

  it('orders a period whichever end was set last, and leaves open ends alone', () => {
    expect(orderedPeriod('2020-01-01', '2019-01-01')).toEqual({ from: '2019-01-01', to: '2020-01-01' })
    expect(orderedPeriod('2019-01-01', null)).toEqual({ from: '2019-01-01', to: null })
  })
})
