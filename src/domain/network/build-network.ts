import Graph from 'graphology'
import type { Dataset } from '../dataset'
import type { Country, Town, TownNames } from '../town-schema'
import { collectEvidence, type EdgeKind, type Evidence } from './evidence'
import { filterEvidence, NO_FILTER, type NetworkFilter } from './network-filter'

export interface TownNode {
  country: Country
  population: number
  label: string
  names: TownNames
}

export interface CooperationEdge {
  /** Number of distinct facts (records) behind the edge. */
  weight: number
  kinds: EdgeKind[]
  /** Ids of the records behind the edge, as in data/. */
  evidence: string[]
}

export type NetworkGraph = Graph<TownNode, CooperationEdge>

export interface Network {
  graph: NetworkGraph
  /** Shared-layer records (whole network, whole partnerships) that passed the filter. */
  shared: Evidence[]
  /** Every evidence record that passed the filter, pairwise and shared. */
  evidence: Evidence[]
}

export interface BuildOptions {
  filter?: NetworkFilter
  /** Draw shared-layer records as lines too (one per pair of their towns). */
  sharedAsLines?: boolean
}

/** The key of the pair, whatever the order: "a|b" with a < b. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

/**
 * One undirected graph of the member towns: an edge joins two towns when a record says they work
 * together (a bilateral link, a project both take part in, an activity involving both), one edge per
 * pair, with its kinds, a weight and the ids of the records behind it. No edge without evidence.
 */
export function buildNetwork(dataset: Dataset, options: BuildOptions = {}): Network {
  const filter = options.filter ?? NO_FILTER
  const countries = filter.countries
  const towns = new Map(dataset.towns.map((town) => [town.id, town]))
  const chosen = (town: Town | undefined) => town !== undefined && (countries === null || countries.includes(town.country))

  const graph: NetworkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false })
  const addNode = (town: Town) => {
    if (!graph.hasNode(town.id)) {
      graph.addNode(town.id, { country: town.country, population: town.population.value, label: town.names.official, names: town.names })
    }
  }
  dataset.towns.filter((town) => chosen(town)).forEach(addNode)

  const evidence = filterEvidence(collectEvidence(dataset), filter)
  const facts = new Map<string, Set<string>>()
  for (const item of evidence) {
    if (item.shared && !options.sharedAsLines) continue
    item.towns.forEach((a, index) => {
      for (const b of item.towns.slice(index + 1)) {
        const townA = towns.get(a)
        const townB = towns.get(b)
        // With a country filter, a line is kept when at least one of its towns is in those countries.
        if (!townA || !townB || !(chosen(townA) || chosen(townB))) continue
        addNode(townA)
        addNode(townB)
        const key = pairKey(a, b)
        if (!graph.hasEdge(key)) graph.addUndirectedEdgeWithKey(key, a, b, { weight: 0, kinds: [], evidence: [] })
        const edge = graph.getEdgeAttributes(key)
        if (!edge.kinds.includes(item.kind)) edge.kinds.push(item.kind)
        if (!edge.evidence.includes(item.id)) edge.evidence.push(item.id)
        const edgeFacts = facts.get(key) ?? new Set<string>()
        edgeFacts.add(item.fact)
        facts.set(key, edgeFacts)
        edge.weight = edgeFacts.size
      }
    })
  }
  const shared = evidence.filter((item) => item.shared && item.towns.some((town) => chosen(towns.get(town))))
  return { graph, shared, evidence }
}

export type { Evidence, EdgeKind }

/**
 * The displayed network plus every edge of one town from the complete network (shared layer included),
 * so that a selected town shows all its links while the rest of the map stays as filtered.
 */
export function withTownEdges(display: NetworkGraph, complete: NetworkGraph, town: string): NetworkGraph {
  if (!complete.hasNode(town)) return display
  const graph = display.copy()
  complete.forEachEdge(town, (key, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (!graph.hasNode(source)) graph.addNode(source, sourceAttributes)
    if (!graph.hasNode(target)) graph.addNode(target, targetAttributes)
    if (!graph.hasEdge(key)) graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes, kinds: [...attributes.kinds], evidence: [...attributes.evidence] })
  })
  return graph
}
