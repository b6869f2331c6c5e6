import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphml } from 'graphology-graphml'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/domain/dataset'
import { buildNetwork, type Network } from '../../../src/domain/network/build-network'
import {
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  exportNetwork,
  networkRecords,
  type ExportEdge,
  type ExportedNetwork,
  type ExportNode,
} from '../../../src/domain/network/export-network'
import { networkFigures } from '../../../src/domain/network/network-metrics'
import { NO_FILTER, type NetworkFilter } from '../../../src/domain/network/network-filter'
import { makeGraph } from './graphs'
import { TOWN_IDS, tinyDataset } from './tiny-dataset'

/**
 * The tiny dataset (tiny-dataset.ts) as the export sees it, worked out by hand. Its records, as facts:
 *   l-twinning at-a si-a (1995-05-20) · p-bilateral at-a si-a (2010-07-01..2013-07-31; l-joint tells
 *   it too) · l-charter si-b hu-a (2019-09-06; act-signing tells it too) · l-egtc at-b at-a (undated) ·
 *   p-trio at-b si-b hu-a (2017-03..2020-02) · p-big-si-at, 9 towns, all but hu-d (2008-03-31..2013-03-30)
 *   · p-undated si-a si-b · act-meeting at-a si-a hu-a (2019-09) · act-whole, all 10 towns (2018-06-01)
 *   · act-visit at-a at-b (2019-05-12) · act-undated si-a si-b.
 * Each adds 1/(n-1) to each of its pairs: 1 for two towns, 1/2 for three, 1/8 for nine, 1/9 for ten.
 * A town's strength is the number of facts it takes part in:
 *   at-a 7 (l-twinning, p-bilateral, l-egtc, p-big, act-meeting, act-whole, act-visit), at-b 5,
 *   at-c 2 (p-big, act-whole), si-a 7, si-b 6, si-c 2, hu-a 5, hu-b 2, hu-c 2, hu-d 1 (act-whole).
 * Every pair of the ten shares act-whole: 45 ties. Direct (a record of just the two): at-a|si-a,
 * si-b|hu-a, at-a|at-b, si-a|si-b. Group (p-trio, act-meeting): at-b|si-b, at-b|hu-a, at-a|hu-a,
 * si-a|hu-a. The other 37 are network-wide.
 * Direct partners: at-a 2, at-b 1, si-a 2, si-b 2, hu-a 1. Partners (direct or group): hu-a 4, the
 * other four of these five 3. First year: at-a and si-a 1995 (the twinning), hu-d 2018, the rest 2008.
 * Betweenness on the 8 direct and group ties: the only pairs of these five towns without a tie are
 * at-a|si-b and at-b|si-a, each joined by three shortest paths of two ties (via si-a, at-b, hu-a and via
 * at-a, si-b, hu-a): hu-a lies on 2/3 + ... = 2 x 1/3, the other four on 1/3; normalised by
 * (n-1)(n-2)/2 = 36 pairs of the ten towns: hu-a 2/3 / 36 = 0.018519, the others 1/3 / 36 = 0.009259.
 */
const STRENGTH = { 'at-a': 7, 'at-b': 5, 'at-c': 2, 'si-a': 7, 'si-b': 6, 'si-c': 2, 'hu-a': 5, 'hu-b': 2, 'hu-c': 2, 'hu-d': 1 }
const DIRECT_PARTNERS = { 'at-a': 2, 'at-b': 1, 'si-a': 2, 'si-b': 2, 'hu-a': 1 }
const PARTNERS = { 'at-a': 3, 'at-b': 3, 'si-a': 3, 'si-b': 3, 'hu-a': 4 }
const FIRST_YEAR = { 'at-a': 1995, 'si-a': 1995, 'hu-d': 2018 }
const BETWEENNESS = { 'at-a': 0.009259, 'at-b': 0.009259, 'si-a': 0.009259, 'si-b': 0.009259, 'hu-a': 0.018519 }

const ONE_NINTH = 1 / 9
const round = (value: number) => Math.round(value * 1e6) / 1e6

/** The ties that are not network-wide, in the order the records first name them. */
const CLOSE_TIES: ExportEdge[] = [
  {
    source: 'at-a', target: 'si-a', tie: 'direct', weight: round(1 + 1 + 1 / 8 + 1 / 2 + ONE_NINTH), first: '1995-05-20', last: '2019-09', open: true,
    kinds: ['town-twinning', 'joint-project', 'project', 'activity'],
    evidence: ['l-twinning', 'l-joint', 'p-bilateral', 'p-big-si-at', 'act-meeting', 'act-whole'],
  },
  {
    source: 'si-b', target: 'hu-a', tie: 'direct', weight: round(1 + 1 / 2 + 1 / 8 + ONE_NINTH), first: '2008-03-31', last: '2020-02', open: true,
    kinds: ['partnership-charter', 'project', 'activity'], evidence: ['l-charter', 'p-trio', 'p-big-si-at', 'act-signing', 'act-whole'],
  },
  {
    // The EGTC link is undated: the tie's dates come from the other records.
    source: 'at-b', target: 'at-a', tie: 'direct', weight: round(1 + 1 / 8 + ONE_NINTH + 1), first: '2008-03-31', last: '2019-05-12', open: true,
    kinds: ['egtc', 'project', 'activity'], evidence: ['l-egtc', 'p-big-si-at', 'act-whole', 'act-visit'],
  },
  {
    source: 'at-b', target: 'si-b', tie: 'group', weight: round(1 / 2 + 1 / 8 + ONE_NINTH), first: '2008-03-31', last: '2020-02', open: false,
    kinds: ['project', 'activity'], evidence: ['p-trio', 'p-big-si-at', 'act-whole'],
  },
  {
    source: 'at-b', target: 'hu-a', tie: 'group', weight: round(1 / 2 + 1 / 8 + ONE_NINTH), first: '2008-03-31', last: '2020-02', open: false,
    kinds: ['project', 'activity'], evidence: ['p-trio', 'p-big-si-at', 'act-whole'],
  },
  {
    source: 'at-a', target: 'hu-a', tie: 'group', weight: round(1 / 8 + 1 / 2 + ONE_NINTH), first: '2008-03-31', last: '2019-09', open: false,
    kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'act-meeting', 'act-whole'],
  },
  {
    // p-undated and act-undated weigh 1 each but give no dates.
    source: 'si-a', target: 'si-b', tie: 'direct', weight: round(1 + 1 / 8 + ONE_NINTH + 1), first: '2008-03-31', last: '2018-06-01', open: false,
    kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'p-undated', 'act-whole', 'act-undated'],
  },
  {
    source: 'si-a', target: 'hu-a', tie: 'group', weight: round(1 / 8 + 1 / 2 + ONE_NINTH), first: '2008-03-31', last: '2019-09', open: false,
    kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'act-meeting', 'act-whole'],
  },
]

function tinyNetwork(filter: Partial<NetworkFilter> = {}, dataset: Dataset = tinyDataset()): Network {
  return buildNetwork(dataset, { filter: { ...NO_FILTER, ...filter } })
}

/** Only the four bilateral links: at-a|si-a (twinning, and the joint-project link of p-bilateral), si-b|hu-a, at-b|at-a. */
const LINKS_ONLY: Partial<NetworkFilter> = { kinds: ['town-twinning', 'partnership-charter', 'egtc', 'joint-project'] }

/** The flat attributes the XML formats carry, for comparing a parsed file with the records. */
function flatNode({ id: _id, names, ...rest }: ExportNode) {
  return { ...rest, name_official: names.official, name_sl: names.sl, name_de: names.de, name_hu: names.hu, name_en: names.en }
}

function flatEdge({ source: _source, target: _target, open, kinds, evidence, ...rest }: ExportEdge) {
  return { ...rest, open: String(open), kinds: kinds.join(';'), evidence: evidence.join(';') }
}

function expectSameNetwork(parsed: Graph, expected: ExportedNetwork) {
  expect(parsed.type).toBe('undirected')
  expect(parsed.nodes()).toEqual(expected.nodes.map((node) => node.id))
  for (const node of expected.nodes) expect(parsed.getNodeAttributes(node.id)).toEqual(flatNode(node))
  expect(parsed.size).toBe(expected.edges.length)
  for (const edge of expected.edges) {
    const key = parsed.edge(edge.source, edge.target)
    expect(key, `${edge.source} - ${edge.target}`).toBeDefined()
    expect(parsed.getEdgeAttributes(key)).toEqual(flatEdge(edge))
  }
}

describe('export formats', () => {
  it('offers gexf, graphml, csv and json with their media types', () => {
    expect(EXPORT_FORMATS).toEqual(['gexf', 'graphml', 'csv', 'json'])
    expect(EXPORT_MEDIA_TYPES).toEqual({ gexf: 'application/gexf+xml', graphml: 'application/graphml+xml', csv: 'text/csv', json: 'application/json' })
  })
})

describe('networkRecords of the tiny dataset', () => {
  const records = networkRecords(tinyNetwork())

  it('gives every town, in dataset order, with the strength, partners, first year and betweenness worked out by hand', () => {
    expect(records.nodes.map((node) => node.id)).toEqual([...TOWN_IDS])
    for (const node of records.nodes) {
      const id = node.id as keyof typeof STRENGTH
      expect(node, id).toMatchObject({
        strength: STRENGTH[id],
        directPartners: DIRECT_PARTNERS[id as keyof typeof DIRECT_PARTNERS] ?? 0,
        partners: PARTNERS[id as keyof typeof PARTNERS] ?? 0,
        firstYear: FIRST_YEAR[id as keyof typeof FIRST_YEAR] ?? 2008,
        betweenness: BETWEENNESS[id as keyof typeof BETWEENNESS] ?? 0,
      })
    }
    expect(records.nodes[0]).toEqual({
      id: 'at-a', label: 'AT-A', country: 'AT', population: 10_000,
      names: { official: 'AT-A', sl: 'AT-A (sl)', de: 'AT-A (de)', hu: 'AT-A (hu)', en: 'AT-A (en)' },
      strength: 7, directPartners: 2, partners: 3, firstYear: 1995, betweenness: 0.009259, community: records.nodes[0]?.community,
    })
  })

  it('gives each town the community of the network figures; a town without direct or group ties is a community of its own', () => {
    const figures = networkFigures(tinyNetwork().graph)
    for (const node of records.nodes) expect(node.community).toBe(figures.perTown.find((town) => town.id === node.id)?.community)
    const alone = ['at-c', 'si-c', 'hu-b', 'hu-c', 'hu-d'].map((id) => records.nodes.find((node) => node.id === id)?.community)
    expect(new Set(alone).size).toBe(5)
    const others = new Set(records.nodes.filter((node) => !['at-c', 'si-c', 'hu-b', 'hu-c', 'hu-d'].includes(node.id)).map((node) => node.community))
    for (const community of alone) expect(others.has(community as number)).toBe(false)
  })

  it('has a strength that is the sum of the town’s tie weights: the number of records it takes part in', () => {
    for (const node of records.nodes) {
      const sum = records.edges.filter((edge) => edge.source === node.id || edge.target === node.id).reduce((total, edge) => total + edge.weight, 0)
      expect(sum, node.id).toBeCloseTo(node.strength, 4)
    }
  })

  it('gives all 45 ties: the direct and group ones with tie, weight, first and last date, kinds and evidence', () => {
    expect(records.edges).toHaveLength(45)
    expect(records.edges.filter((edge) => edge.tie !== 'network')).toEqual(CLOSE_TIES)
    expect(records.edges.filter((edge) => edge.tie === 'network')).toHaveLength(37)
  })

  it('gives network-wide ties their 1/(n-1) shares: 1/8 + 1/9 inside p-big-si-at, 1/9 to hu-d', () => {
    expect(records.edges.find((edge) => edge.source === 'at-c' && edge.target === 'hu-b')).toEqual({
      source: 'at-c', target: 'hu-b', tie: 'network', weight: round(1 / 8 + ONE_NINTH), first: '2008-03-31', last: '2018-06-01', open: false,
      kinds: ['project', 'activity'], evidence: ['p-big-si-at', 'act-whole'],
    })
    const huD = records.edges.filter((edge) => edge.source === 'hu-d' || edge.target === 'hu-d')
    expect(huD).toHaveLength(9)
    for (const edge of huD) expect(edge).toMatchObject({ tie: 'network', weight: 0.111111, first: '2018-06-01', last: '2018-06-01', open: false, kinds: ['activity'], evidence: ['act-whole'] })
  })

  it('copies lists, so the export does not share arrays with the graph', () => {
    const network = tinyNetwork()
    const copy = networkRecords(network)
    copy.edges[0]?.evidence.push('changed')
    copy.nodes[0]!.names.en = 'changed'
    expect(network.graph.getEdgeAttribute('at-a|si-a', 'evidence')).toEqual(CLOSE_TIES[0]?.evidence)
    expect(network.graph.getNodeAttribute('at-a', 'names').en).toBe('AT-A (en)')
  })
})

describe('the filter applies: kinds, project, period', () => {
  it('with the bilateral links only, keeps their three direct ties; the joint-project link alone now weighs 1', () => {
    const records = networkRecords(tinyNetwork(LINKS_ONLY))
    // Each rests on a link without an end date: open, it may still be in force after `last`.
    expect(records.edges.map((edge) => [edge.source, edge.target, edge.tie, edge.weight, edge.first, edge.last, edge.open])).toEqual([
      ['at-a', 'si-a', 'direct', 2, '1995-05-20', '2013-07-31', true],
      ['si-b', 'hu-a', 'direct', 1, '2019-09-06', '2019-09-06', true],
      ['at-b', 'at-a', 'direct', 1, '', '', true],
    ])
    expect(records.nodes.map((node) => [node.id, node.strength, node.directPartners, node.firstYear])).toEqual([
      ['at-a', 3, 2, 1995], ['at-b', 1, 1, 0], ['at-c', 0, 0, 0], ['si-a', 2, 1, 1995], ['si-b', 1, 1, 2019],
      ['si-c', 0, 0, 0], ['hu-a', 1, 1, 2019], ['hu-b', 0, 0, 0], ['hu-c', 0, 0, 0], ['hu-d', 0, 0, 0],
    ])
  })

  it('from 2014 on, p-bilateral (2010-07..2013-07) and its joint-project link are evidence no more; the twinning still is', () => {
    const records = networkRecords(tinyNetwork({ from: '2014-01-01' }))
    const tie = records.edges.find((edge) => edge.source === 'at-a' && edge.target === 'si-a')
    expect(tie).toEqual({
      source: 'at-a', target: 'si-a', tie: 'direct', weight: round(1 + 1 / 2 + ONE_NINTH), first: '1995-05-20', last: '2019-09', open: true,
      kinds: ['town-twinning', 'activity'], evidence: ['l-twinning', 'act-meeting', 'act-whole'],
    })
    // p-big-si-at ended in 2013 too: hu-d's ties and at-c's now rest on act-whole alone.
    expect(records.edges.find((edge) => edge.source === 'at-c' && edge.target === 'hu-b')?.evidence).toEqual(['act-whole'])
  })

  it('with a project filter, keeps that project’s records, a group of three weighing 1/2 per pair', () => {
    const records = networkRecords(tinyNetwork({ project: 'p-trio' }))
    expect(records.edges.map((edge) => [edge.source, edge.target, edge.tie, edge.weight])).toEqual([
      ['at-b', 'si-b', 'group', 0.5], ['at-b', 'hu-a', 'group', 0.5], ['si-b', 'hu-a', 'group', 0.5], ['at-a', 'at-b', 'direct', 1],
    ])
  })
})

describe('JSON', () => {
  it('exports exactly {nodes, edges} as indented JSON ending in a newline', () => {
    const network = tinyNetwork()
    const text = exportNetwork(network, 'json')
    expect(JSON.parse(text)).toEqual(networkRecords(network))
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['nodes', 'edges'])
    expect(text.startsWith('{\n  "nodes": [\n    {\n      "id": "at-a",')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('an empty network is empty lists', () => {
    expect(JSON.parse(exportNetwork({ graph: makeGraph([], []), evidence: [], groups: [], networkWide: [] }, 'json'))).toEqual({ nodes: [], edges: [] })
  })
})

describe('CSV', () => {
  it('writes one row per tie with the header source,target,tie,weight,first,last,open,kinds,evidence and CRLF line ends', () => {
    expect(exportNetwork(tinyNetwork(LINKS_ONLY), 'csv')).toBe(
      [
        'source,target,tie,weight,first,last,open,kinds,evidence',
        'at-a,si-a,direct,2,1995-05-20,2013-07-31,true,town-twinning;joint-project,l-twinning;l-joint',
        'si-b,hu-a,direct,1,2019-09-06,2019-09-06,true,partnership-charter,l-charter',
        'at-b,at-a,direct,1,,,true,egtc,l-egtc',
        '',
      ].join('\r\n'),
    )
  })

  it('writes shares of a record as decimals', () => {
    expect(exportNetwork(tinyNetwork({ project: 'p-trio' }), 'csv').split('\r\n')[1]).toBe('at-b,si-b,group,0.5,2017-03,2020-02,false,project,p-trio')
  })

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    const dataset = tinyDataset()
    dataset.links = dataset.links.map((link) => (link.id === 'l-charter' ? { ...link, id: 'x,1"y"\n2' } : link))
    const rows = exportNetwork(tinyNetwork(LINKS_ONLY, dataset), 'csv').split('\r\n')
    expect(rows[2]).toBe('si-b,hu-a,direct,1,2019-09-06,2019-09-06,true,partnership-charter,"x,1""y""\n2"')
  })

  it('is the header alone for a network without ties', () => {
    expect(exportNetwork(tinyNetwork({ kinds: ['letter-of-intent'] }), 'csv')).toBe('source,target,tie,weight,first,last,open,kinds,evidence\r\n')
  })
})

describe('GEXF round trip', () => {
  it('reads back the same towns and ties, with tie, weight, dates, kinds and evidence', () => {
    const network = tinyNetwork()
    const text = exportNetwork(network, 'gexf')
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    const parsed = parseGexf(Graph, text)
    expectSameNetwork(parsed, networkRecords(network))
    expect(parsed.size).toBe(45)
    // The GEXF edge ids are the graph's pair keys.
    expect(parsed.edges().slice(0, 3)).toEqual(['at-a|si-a', 'hu-a|si-b', 'at-a|at-b'])
  })

  it('keeps an undated tie, without dates (graphology-gexf writes no value for an empty string)', () => {
    const parsed = parseGexf(Graph, exportNetwork(tinyNetwork(LINKS_ONLY), 'gexf'))
    const undated = parsed.getEdgeAttributes('at-a|at-b')
    expect(undated).toMatchObject({ tie: 'direct', weight: 1, open: 'true', kinds: 'egtc', evidence: 'l-egtc' })
    expect(['', undefined]).toContain(undated.first)
    expect(['', undefined]).toContain(undated.last)
    expect(parsed.getEdgeAttributes('at-a|si-a')).toMatchObject({ first: '1995-05-20', last: '2013-07-31' })
  })
})

describe('GraphML round trip', () => {
  it('reads back the same towns and ties, with tie, weight, dates, kinds and evidence', () => {
    const dataset = tinyDataset()
    dataset.towns[0] = { ...dataset.towns[0]!, names: { ...dataset.towns[0]!.names, official: 'X & <1> "one"' } }
    const network = tinyNetwork({}, dataset)
    const text = exportNetwork(network, 'graphml')
    expect(text).toContain('<key id="node-betweenness" for="node" attr.name="betweenness" attr.type="double"/>')
    expect(text).toContain('<key id="node-strength" for="node" attr.name="strength" attr.type="double"/>')
    expect(text).toContain('<key id="node-directPartners" for="node" attr.name="directPartners" attr.type="int"/>')
    expect(text).toContain('<key id="node-firstYear" for="node" attr.name="firstYear" attr.type="int"/>')
    expect(text).toContain('<key id="edge-tie" for="edge" attr.name="tie" attr.type="string"/>')
    expect(text).toContain('<key id="edge-weight" for="edge" attr.name="weight" attr.type="double"/>')
    expect(text).toContain('<data key="node-label">X &amp; &lt;1&gt; &quot;one&quot;</data>')
    const parsed = parseGraphml(Graph, text)
    expectSameNetwork(parsed, networkRecords(network))
    expect(parsed.getNodeAttribute('at-a', 'label')).toBe('X & <1> "one"')
    expect(parsed.order).toBe(10)
    expect(parsed.size).toBe(45)
  })

  it('round-trips the filtered network too', () => {
    const network = tinyNetwork({ from: '2014-01-01', countries: ['SI'] })
    const parsed = parseGraphml(Graph, exportNetwork(network, 'graphml'))
    expectSameNetwork(parsed, networkRecords(network))
  })
})
