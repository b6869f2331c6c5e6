/** Small hand-made network graphs for the metric and export tests. */
import Graph from 'graphology'
import { pairKey, type NetworkGraph } from '../../../src/domain/network/build-network'
import type { EdgeKind, TieKind } from '../../../src/domain/network/evidence'
import type { Country } from '../../../src/domain/town-schema'

export type EdgeSpec = [source: string, target: string, weight?: number, kinds?: EdgeKind[], evidence?: string[], tie?: TieKind]

/** An undirected network graph of the given towns (id, country) and edges (weight 1 and direct unless given). */
export function makeGraph(towns: [id: string, country: Country][], edgeSpecs: EdgeSpec[]): NetworkGraph {
  const graph: NetworkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false })
  towns.forEach(([id, country], index) => {
    const label = id.toUpperCase()
    graph.addNode(id, {
      country,
      population: 1000 * (index + 1),
      label,
      chosen: true,
      names: { official: label, sl: `${label}-sl`, de: `${label}-de`, hu: `${label}-hu`, en: `${label}-en` },
    })
  })
  for (const [source, target, weight = 1, kinds, evidence, tie = 'direct'] of edgeSpecs) {
    graph.addUndirectedEdgeWithKey(pairKey(source, target), source, target, {
      weight,
      facts: 1,
      tie,
      first: null,
      last: null,
      open: false,
      kinds: kinds ?? ['activity'],
      evidence: evidence ?? [`ev-${source}-${target}`],
    })
  }
  return graph
}

/** a - b - c, one town per country. */
export function pathOfThree(): NetworkGraph {
  return makeGraph([['a', 'AT'], ['b', 'SI'], ['c', 'HU']], [['a', 'b', 1], ['b', 'c', 2]])
}

/** Two Austrian and Hungarian triangles joined by one bridge x3 - y1. */
export function twoTriangles(): NetworkGraph {
  return makeGraph(
    [['x1', 'AT'], ['x2', 'AT'], ['x3', 'AT'], ['y1', 'HU'], ['y2', 'HU'], ['y3', 'HU']],
    [['x1', 'x2'], ['x2', 'x3'], ['x1', 'x3'], ['y1', 'y2'], ['y2', 'y3'], ['y1', 'y3'], ['x3', 'y1']],
  )
}
