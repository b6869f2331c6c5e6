import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphml } from 'graphology-graphml'
import { describe, expect, it } from 'vitest'
import { buildNetwork, type NetworkGraph } from '../../../src/domain/network/build-network'
import {
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  exportNetwork,
  networkRecords,
  type ExportedNetwork,
} from '../../../src/domain/network/export-network'
import { makeGraph } from './graphs'
import { tinyDataset } from './tiny-dataset'

/**
 * Two triangles x1 x2 x3 (AT) and y1 y2 y3 (HU) joined by x3 - y1; x1 - x2 has weight 2.
 * By hand: degree x1 2, x2 2, x3 3, y1 3, y2 2, y3 2; weighted degree 3, 3, 3, 3, 2, 2;
 * betweenness x3 = y1 = 2 x 6 / (5 x 4) = 0.6, the others 0; communities {x...} = 0, {y...} = 1.
 */
function sample(): NetworkGraph {
  const graph = makeGraph(
    [['x1', 'AT'], ['x2', 'AT'], ['x3', 'AT'], ['y1', 'HU'], ['y2', 'HU'], ['y3', 'HU']],
    [
      ['x1', 'x2', 2, ['town-twinning', 'activity'], ['l-1', 'a-1']],
      ['x2', 'x3'],
      ['x1', 'x3'],
      ['y1', 'y2'],
      ['y2', 'y3'],
      ['y1', 'y3'],
      ['x3', 'y1', 1, ['project'], ['p-bridge']],
    ],
  )
  graph.setNodeAttribute('x1', 'label', 'X & <1> "one"')
  return graph
}

const names = (label: string) => ({ official: label, sl: `${label}-sl`, de: `${label}-de`, hu: `${label}-hu`, en: `${label}-en` })

const EXPECTED: ExportedNetwork = {
  nodes: [
    { id: 'x1', label: 'X & <1> "one"', country: 'AT', population: 1000, names: names('X1'), degree: 2, weightedDegree: 3, betweenness: 0, community: 0 },
    { id: 'x2', label: 'X2', country: 'AT', population: 2000, names: names('X2'), degree: 2, weightedDegree: 3, betweenness: 0, community: 0 },
    { id: 'x3', label: 'X3', country: 'AT', population: 3000, names: names('X3'), degree: 3, weightedDegree: 3, betweenness: 0.6, community: 0 },
    { id: 'y1', label: 'Y1', country: 'HU', population: 4000, names: names('Y1'), degree: 3, weightedDegree: 3, betweenness: 0.6, community: 1 },
    { id: 'y2', label: 'Y2', country: 'HU', population: 5000, names: names('Y2'), degree: 2, weightedDegree: 2, betweenness: 0, community: 1 },
    { id: 'y3', label: 'Y3', country: 'HU', population: 6000, names: names('Y3'), degree: 2, weightedDegree: 2, betweenness: 0, community: 1 },
  ],
  edges: [
    { source: 'x1', target: 'x2', weight: 2, kinds: ['town-twinning', 'activity'], evidence: ['l-1', 'a-1'] },
    { source: 'x2', target: 'x3', weight: 1, kinds: ['activity'], evidence: ['ev-x2-x3'] },
    { source: 'x1', target: 'x3', weight: 1, kinds: ['activity'], evidence: ['ev-x1-x3'] },
    { source: 'y1', target: 'y2', weight: 1, kinds: ['activity'], evidence: ['ev-y1-y2'] },
    { source: 'y2', target: 'y3', weight: 1, kinds: ['activity'], evidence: ['ev-y2-y3'] },
    { source: 'y1', target: 'y3', weight: 1, kinds: ['activity'], evidence: ['ev-y1-y3'] },
    { source: 'x3', target: 'y1', weight: 1, kinds: ['project'], evidence: ['p-bridge'] },
  ],
}

/** The flat attributes the XML formats carry, for comparing a parsed file with the records. */
function flatNode({ id: _id, names: nodeNames, ...rest }: ExportedNetwork['nodes'][number]) {
  return { ...rest, name_official: nodeNames.official, name_sl: nodeNames.sl, name_de: nodeNames.de, name_hu: nodeNames.hu, name_en: nodeNames.en }
}

function expectSameNetwork(parsed: Graph, expected: ExportedNetwork) {
  expect(parsed.type).toBe('undirected')
  expect(parsed.nodes()).toEqual(expected.nodes.map((node) => node.id))
  for (const node of expected.nodes) expect(parsed.getNodeAttributes(node.id)).toEqual(flatNode(node))
  expect(parsed.size).toBe(expected.edges.length)
  for (const edge of expected.edges) {
    const key = parsed.edge(edge.source, edge.target)
    expect(key, `${edge.source} - ${edge.target}`).toBeDefined()
    expect(parsed.getEdgeAttributes(key)).toEqual({ weight: edge.weight, kinds: edge.kinds.join(';'), evidence: edge.evidence.join(';') })
  }
}

describe('export formats', () => {
  it('offers gexf, graphml, csv and json with their media types', () => {
    expect(EXPORT_FORMATS).toEqual(['gexf', 'graphml', 'csv', 'json'])
    expect(EXPORT_MEDIA_TYPES).toEqual({ gexf: 'application/gexf+xml', graphml: 'application/graphml+xml', csv: 'text/csv', json: 'application/json' })
  })
})

describe('networkRecords and JSON', () => {
  it('gives every town with its figures and every edge with weight, kinds and evidence', () => {
    expect(networkRecords(sample())).toEqual(EXPECTED)
  })

  it('exports exactly {nodes, edges} as indented JSON ending in a newline', () => {
    const text = exportNetwork(sample(), 'json')
    expect(JSON.parse(text)).toEqual(EXPECTED)
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['nodes', 'edges'])
    expect(text.startsWith('{\n  "nodes": [\n    {\n      "id": "x1",')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('rounds betweenness to six decimals (2/3 on the path a-b-c-d -> 0.666667)', () => {
    const graph = makeGraph([['a', 'AT'], ['b', 'AT'], ['c', 'SI'], ['d', 'SI']], [['a', 'b'], ['b', 'c'], ['c', 'd']])
    expect(networkRecords(graph).nodes.map((node) => node.betweenness)).toEqual([0, 0.666667, 0.666667, 0])
  })

  it('copies lists, so the export does not share arrays with the graph', () => {
    const graph = sample()
    const records = networkRecords(graph)
    records.edges[0]?.evidence.push('changed')
    records.nodes[0]!.names.en = 'changed'
    expect(graph.getEdgeAttribute('x1|x2', 'evidence')).toEqual(['l-1', 'a-1'])
    expect(graph.getNodeAttribute('x1', 'names').en).toBe('X1-en')
  })

  it('an empty graph is empty lists', () => {
    expect(JSON.parse(exportNetwork(makeGraph([], []), 'json'))).toEqual({ nodes: [], edges: [] })
  })
})

describe('CSV', () => {
  it('writes one row per edge with the header source,target,weight,kinds,evidence and CRLF line ends', () => {
    expect(exportNetwork(sample(), 'csv')).toBe(
      [
        'source,target,weight,kinds,evidence',
        'x1,x2,2,town-twinning;activity,l-1;a-1',
        'x2,x3,1,activity,ev-x2-x3',
        'x1,x3,1,activity,ev-x1-x3',
        'y1,y2,1,activity,ev-y1-y2',
        'y2,y3,1,activity,ev-y2-y3',
        'y1,y3,1,activity,ev-y1-y3',
        'x3,y1,1,project,p-bridge',
        '',
      ].join('\r\n'),
    )
  })

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    const graph = makeGraph([['a,b', 'AT'], ['c"d', 'SI']], [['a,b', 'c"d', 3, ['egtc', 'project'], ['x,1', 'y"2', 'z\n3']]])
    expect(exportNetwork(graph, 'csv')).toBe('source,target,weight,kinds,evidence\r\n"a,b","c""d",3,egtc;project,"x,1;y""2;z\n3"\r\n')
  })

  it('is the header alone for a graph without edges', () => {
    expect(exportNetwork(makeGraph([['a', 'AT']], []), 'csv')).toBe('source,target,weight,kinds,evidence\r\n')
  })
})

describe('GEXF round trip', () => {
  it('reads back the same towns, edges, weights, kinds and evidence', () => {
    const text = exportNetwork(sample(), 'gexf')
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    const parsed = parseGexf(Graph, text)
    expectSameNetwork(parsed, EXPECTED)
    // The GEXF edge ids are the graph's pair keys.
    expect(parsed.edges()).toEqual(['x1|x2', 'x2|x3', 'x1|x3', 'y1|y2', 'y2|y3', 'y1|y3', 'x3|y1'])
  })

  it('round-trips a network built from the tiny dataset with the shared layer as lines', () => {
    const graph = buildNetwork(tinyDataset(), { sharedAsLines: true }).graph
    const parsed = parseGexf(Graph, exportNetwork(graph, 'gexf'))
    expectSameNetwork(parsed, networkRecords(graph))
    expect(parsed.size).toBe(45)
  })
})

describe('GraphML round trip', () => {
  it('reads back the same towns, edges, weights, kinds and evidence', () => {
    const text = exportNetwork(sample(), 'graphml')
    expect(text).toContain('<key id="node-betweenness" for="node" attr.name="betweenness" attr.type="double"/>')
    expect(text).toContain('<key id="edge-weight" for="edge" attr.name="weight" attr.type="int"/>')
    expect(text).toContain('<data key="node-label">X &amp; &lt;1&gt; &quot;one&quot;</data>')
    const parsed = parseGraphml(Graph, text)
    expectSameNetwork(parsed, EXPECTED)
  })

  it('round-trips a network built from the tiny dataset', () => {
    const graph = buildNetwork(tinyDataset()).graph
    const parsed = parseGraphml(Graph, exportNetwork(graph, 'graphml'))
    expectSameNetwork(parsed, networkRecords(graph))
    expect(parsed.size).toBe(8)
    expect(parsed.order).toBe(10)
  })
})
