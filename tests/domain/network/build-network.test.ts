import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/domain/dataset'
import { sameInEveryLanguage } from '../../../src/domain/localized-text'
import { buildNetwork, pairKey, type NetworkGraph } from '../../../src/domain/network/build-network'
import { closestTie, collectEvidence, MAX_GROUP_TOWNS, tieKindOf } from '../../../src/domain/network/evidence'
import { BIG_PROJECT_TOWNS, makeActivity, makeLink, makePartner, makeProject, makeTown, TOWN_IDS, tinyDataset } from './tiny-dataset'

/** Every edge as "key tie weight facts kinds evidence", in the graph's order: one line to compare by eye. */
function edgeRows(graph: NetworkGraph, ties: string[] = ['direct', 'group']) {
  return graph
    .filterEdges((_key, edge) => ties.includes(edge.tie))
    .map((key) => {
      const edge = graph.getEdgeAttributes(key)
      return { key, tie: edge.tie, weight: Number(edge.weight.toFixed(6)), facts: edge.facts, kinds: edge.kinds, evidence: edge.evidence }
    })
}

const NINTH = 1 / 9
const EIGHTH = 1 / 8
/** The two network-wide records every pair of the nine towns of p-big-si-at shares: 1/8 + 1/9. */
const WIDE = EIGHTH + NINTH

describe('pairKey', () => {
  it('is the same whatever the order of the two towns', () => {
    expect(pairKey('si-a', 'at-a')).toBe('at-a|si-a')
    expect(pairKey('at-a', 'si-a')).toBe('at-a|si-a')
  })
})

describe('tie kinds', () => {
  it('a record of two towns is direct, of 3 to 8 a group, of more (or all towns) network-wide', () => {
    expect(MAX_GROUP_TOWNS).toBe(8)
    expect([2, 3, 8, 9, 24].map((count) => tieKindOf(count, 24))).toEqual(['direct', 'group', 'group', 'network', 'network'])
    // All five towns of a five-town network are the whole network, four of them a group.
    expect([tieKindOf(5, 5), tieKindOf(4, 5)]).toEqual(['network', 'group'])
  })

  it('the closest of several kinds wins', () => {
    expect(closestTie(['network', 'group'])).toBe('group')
    expect(closestTie(['group', 'direct', 'network'])).toBe('direct')
    expect(closestTie([])).toBe('network')
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

  it('describes a link: two towns, a direct tie, open-ended without `until`, its own fact', () => {
    expect(byId.get('l-twinning')).toEqual({
      type: 'link', id: 'l-twinning', kind: 'town-twinning', towns: ['at-a', 'si-a'], tie: 'direct',
      start: '1995-05-20', end: null, projects: [], fact: 'link:l-twinning', confidence: null, dateInferred: false,
    })
    expect(byId.get('l-egtc')?.towns).toEqual(['at-b', 'at-a'])
  })

  it('ends a joint-project link with its project, and gives it the project\'s fact: one fact told twice', () => {
    expect(byId.get('l-joint')).toMatchObject({ start: '2010-07-01', end: '2013-07-31', projects: ['p-bilateral'], fact: 'project:p-bilateral' })
    expect(byId.get('p-bilateral')?.fact).toBe('project:p-bilateral')
  })

  it('ends a link on its own `until` when the record gives one', () => {
    const dataset = tinyDataset()
    dataset.links = [{ ...makeLink('l-ended', 'at-a', 'si-a', 'cooperation-agreement', '2001'), until: '2005-06' }]
    expect(collectEvidence(dataset)[0]).toMatchObject({ start: '2001', end: '2005-06' })
  })

  it('takes a project\'s towns from the towns its partners represent, each once; three towns are a group', () => {
    expect(byId.get('p-trio')).toMatchObject({
      type: 'project', towns: ['at-b', 'si-b', 'hu-a'], tie: 'group', start: '2017-03', end: '2020-02', projects: ['p-trio'], fact: 'project:p-trio',
    })
  })

  it('gives an activity of the same two towns on the day a link starts the link\'s fact', () => {
    expect(byId.get('act-signing')).toMatchObject({ towns: ['si-b', 'hu-a'], tie: 'direct', start: '2019-09-06', end: '2019-09-06', fact: 'link:l-charter' })
    expect(byId.get('act-meeting')).toMatchObject({ tie: 'group', fact: 'activity:act-meeting' })
  })

  it('marks "all-24" (all towns of the dataset) and records of more than 8 towns as network-wide', () => {
    expect(byId.get('act-whole')?.towns).toEqual([...TOWN_IDS])
    expect(byId.get('p-big-si-at')?.towns).toEqual(BIG_PROJECT_TOWNS)
    expect(evidence.filter((item) => item.tie === 'network').map((item) => item.id)).toEqual(['p-big-si-at', 'act-whole'])
  })

  it('an undated activity has neither start nor end; an activity carries its confidence', () => {
    expect(byId.get('act-undated')).toMatchObject({ start: null, end: null, confidence: 'high' })
  })
})

describe('umbrella projects and beneficiaries', () => {
  function withUmbrella(): Dataset {
    const dataset = tinyDataset()
    dataset.projects = [
      { ...makeProject('p-umbrella', [makePartner('org-at-a', ['at-a', 'at-b', 'at-c'])], '2016', '2020'), role: 'umbrella', parts: ['p-part'] },
      {
        ...makeProject('p-part', [makePartner('org-at-a', ['at-a', 'at-b'])], '2016-05', '2019-10'),
        beneficiaries: [{ towns: ['hu-b', 'hu-c'], output: sameInEveryLanguage('City branding for HU-B and HU-C'), sources: ['https://example.org/branding'] }],
      },
    ]
    dataset.links = []
    dataset.activities = [makeActivity('act-of-umbrella', ['at-a', 'si-a'], '2018', null, 'p-umbrella'), makeActivity('act-of-part', ['at-b', 'si-b'], '2018', null, 'p-part')]
    return dataset
  }

  it('draws nothing for the umbrella record itself: its programme projects are the evidence', () => {
    expect(collectEvidence(withUmbrella()).map((item) => item.id)).toEqual(['p-part', 'act-of-umbrella', 'act-of-part'])
  })

  it('counts the towns a source names as beneficiaries with the project', () => {
    const part = collectEvidence(withUmbrella()).find((item) => item.id === 'p-part')
    expect(part).toMatchObject({ towns: ['at-a', 'at-b', 'hu-b', 'hu-c'], tie: 'group', projects: ['p-part', 'p-umbrella'] })
  })

  it('a project filter on the umbrella keeps its parts and their records; on a part, not the umbrella\'s own activities', () => {
    const onUmbrella = buildNetwork(withUmbrella(), { filter: { kinds: null, project: 'p-umbrella', countries: null, from: null, to: null } })
    expect(onUmbrella.evidence.map((item) => item.id)).toEqual(['p-part', 'act-of-umbrella', 'act-of-part'])
    const onPart = buildNetwork(withUmbrella(), { filter: { kinds: null, project: 'p-part', countries: null, from: null, to: null } })
    expect(onPart.evidence.map((item) => item.id)).toEqual(['p-part', 'act-of-part'])
  })
})

describe('buildNetwork on the tiny dataset: weights by 1/(n-1)', () => {
  const network = buildNetwork(tinyDataset())
  const { graph } = network

  it('makes the direct and group ties worked out by hand', () => {
    expect(edgeRows(graph)).toEqual([
      // l-twinning 1 + p-bilateral (told by l-joint too) 1 + act-meeting 1/2 + p-big 1/8 + act-whole 1/9
      { key: 'at-a|si-a', tie: 'direct', weight: Number((2.5 + WIDE).toFixed(6)), facts: 5,
        kinds: ['town-twinning', 'joint-project', 'project', 'activity'], evidence: ['l-twinning', 'l-joint', 'p-bilateral', 'p-big-si-at', 'act-meeting', 'act-whole'] },
      // l-charter (told by act-signing too) 1 + p-trio 1/2 + wide
      { key: 'hu-a|si-b', tie: 'direct', weight: Number((1.5 + WIDE).toFixed(6)), facts: 4,
        kinds: ['partnership-charter', 'project', 'activity'], evidence: ['l-charter', 'p-trio', 'p-big-si-at', 'act-signing', 'act-whole'] },
      // l-egtc 1 + act-visit 1 + wide
      { key: 'at-a|at-b', tie: 'direct', weight: Number((2 + WIDE).toFixed(6)), facts: 4, kinds: ['egtc', 'project', 'activity'], evidence: ['l-egtc', 'p-big-si-at', 'act-whole', 'act-visit'] },
      { key: 'at-b|si-b', tie: 'group', weight: Number((0.5 + WIDE).toFixed(6)), facts: 3, kinds: ['project', 'activity'], evidence: ['p-trio', 'p-big-si-at', 'act-whole'] },
      { key: 'at-b|hu-a', tie: 'group', weight: Number((0.5 + WIDE).toFixed(6)), facts: 3, kinds: ['project', 'activity'], evidence: ['p-trio', 'p-big-si-at', 'act-whole'] },
      // Made by p-big-si-at (in the order of its towns) as network-wide ties, then brought closer.
      { key: 'at-a|hu-a', tie: 'group', weight: Number((0.5 + WIDE).toFixed(6)), facts: 3, kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'act-meeting', 'act-whole'] },
      // p-undated 1 + act-undated 1 + wide
      { key: 'si-a|si-b', tie: 'direct', weight: Number((2 + WIDE).toFixed(6)), facts: 4, kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'p-undated', 'act-whole', 'act-undated'] },
      { key: 'hu-a|si-a', tie: 'group', weight: Number((0.5 + WIDE).toFixed(6)), facts: 3, kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'act-meeting', 'act-whole'] },
    ])
  })

  it('ties every pair of the ten towns through the network-wide records, with 1/8 + 1/9 or 1/9', () => {
    expect(graph.size).toBe(45)
    expect(graph.filterEdges((_key, edge) => edge.tie === 'network')).toHaveLength(37)
    expect(graph.getEdgeAttribute('at-c|si-c', 'weight')).toBeCloseTo(WIDE, 12)
    expect(graph.getEdgeAttribute('at-c|si-c', 'evidence')).toEqual(['p-big-si-at', 'act-whole'])
    expect(graph.getEdgeAttribute('at-a|hu-d', 'weight')).toBeCloseTo(NINTH, 12)
  })

  it('makes a town\'s summed weights the number of records it takes part in', () => {
    const strength = (town: string) => graph.reduceEdges(town, (sum, _key, edge) => sum + edge.weight, 0)
    // at-a: l-twinning, p-bilateral (= l-joint), act-meeting, l-egtc, act-visit, p-big-si-at, act-whole.
    expect(strength('at-a')).toBeCloseTo(7, 12)
    // hu-a: l-charter (= act-signing), p-trio, act-meeting, p-big-si-at, act-whole.
    expect(strength('hu-a')).toBeCloseTo(5, 12)
    expect(strength('hu-d')).toBeCloseTo(1, 12)
  })

  it('no group record outweighs the same number of bilateral ones: one of 8 towns adds 1/7 to each pair', () => {
    const eight = tinyDataset()
    eight.links = [makeLink('l-one', 'at-a', 'at-b', 'town-twinning', '2000')]
    eight.projects = []
    eight.activities = [makeActivity('act-eight', TOWN_IDS.slice(0, 8), '2020')]
    const { graph: g } = buildNetwork(eight)
    expect(g.getEdgeAttributes('at-a|at-b')).toMatchObject({ tie: 'direct', facts: 2 })
    expect(g.getEdgeAttribute('at-a|at-b', 'weight')).toBeCloseTo(1 + 1 / 7, 12)
    expect(g.getEdgeAttribute('at-c|si-a', 'weight')).toBeCloseTo(1 / 7, 12)
    expect(g.getEdgeAttribute('at-c|si-a', 'tie')).toBe('group')
  })

  it('gives each tie its first start and last end among its records', () => {
    // The twinning l-twinning has no end date: the tie is open beyond its last dated record.
    expect(graph.getEdgeAttributes('at-a|si-a')).toMatchObject({ first: '1995-05-20', last: '2019-09', open: true })
    expect(graph.getEdgeAttributes('at-b|hu-a')).toMatchObject({ first: '2008-03-31', last: '2020-02', open: false })
    // Only undated records and p-big/act-whole: the dated ones decide.
    expect(graph.getEdgeAttributes('si-a|si-b')).toMatchObject({ first: '2008-03-31', last: '2018-06-01' })
  })

  it('lists the group and network-wide records apart', () => {
    expect(network.groups.map((item) => item.id)).toEqual(['p-trio', 'act-meeting'])
    expect(network.networkWide.map((item) => item.id)).toEqual(['p-big-si-at', 'act-whole'])
  })

  it('drops links to towns outside the dataset and never makes an edge without evidence', () => {
    expect(graph.hasNode('zz-outside')).toBe(false)
    graph.forEachEdge((key, edge, source, target) => {
      expect(key).toBe(pairKey(source, target))
      expect(edge.evidence.length).toBeGreaterThan(0)
      expect(edge.weight).toBeGreaterThan(0)
    })
  })

  it('gives each node the town\'s country, population, label and names', () => {
    expect(graph.getNodeAttributes('si-b')).toEqual({
      country: 'SI', population: 12_000, label: 'SI-B', chosen: true,
      names: { official: 'SI-B', sl: 'SI-B (sl)', de: 'SI-B (de)', hu: 'SI-B (hu)', en: 'SI-B (en)' },
    })
  })
})

describe('buildNetwork with a period: ties end', () => {
  it('drops a joint project and its link after the project ended; an open twinning stays', () => {
    const { graph } = buildNetwork(tinyDataset(), { filter: { kinds: null, project: null, countries: null, from: '2014-01-01', to: null } })
    const tie = graph.getEdgeAttributes('at-a|si-a')
    expect(tie.evidence).toEqual(['l-twinning', 'act-meeting', 'act-whole'])
    expect(tie.weight).toBeCloseTo(1 + 0.5 + NINTH, 12)
  })

  it('weights a fact by the towns the filter keeps of it: a joint-project link alone ties its two towns fully', () => {
    const { graph } = buildNetwork(tinyDataset(), { filter: { kinds: ['joint-project'], project: null, countries: null, from: null, to: null } })
    expect(graph.size).toBe(1)
    expect(graph.getEdgeAttributes('at-a|si-a')).toMatchObject({ weight: 1, tie: 'direct', evidence: ['l-joint'] })
  })

  it('with a country filter, keeps ties with at least one town inside; the others are partners, not chosen', () => {
    const network = buildNetwork(tinyDataset(), { filter: { kinds: null, project: null, countries: ['HU'], from: null, to: null } })
    expect(network.graph.hasEdge('at-a|si-a')).toBe(false)
    expect(network.graph.hasEdge('at-a|hu-a')).toBe(true)
    expect(network.graph.getNodeAttribute('at-a', 'chosen')).toBe(false)
    expect(network.graph.getNodeAttribute('hu-d', 'chosen')).toBe(true)
  })
})

describe('a small dataset', () => {
  it('a record of every town of a five-town network is network-wide', () => {
    const five = ['a1', 'a2', 's1', 's2', 'h1']
    const small: Dataset = {
      towns: five.map((id, index) => makeTown(id, index < 2 ? 'AT' : index < 4 ? 'SI' : 'HU', 1000, 16, 46.5)),
      organisations: [], projects: [], links: [],
      activities: [makeActivity('all-five', five, '2020'), makeActivity('four', five.slice(0, 4), '2020')],
    }
    expect(collectEvidence(small).map((item) => [item.id, item.tie])).toEqual([['all-five', 'network'], ['four', 'group']])
  })
})
