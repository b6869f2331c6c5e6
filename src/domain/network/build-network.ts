import Graph from 'graphology'
import type { Dataset } from '../dataset'
import { earliestDay, latestDay, type PartialDate } from '../partial-date'
import type { Country, Town, TownNames } from '../town-schema'
import { closestTie, collectEvidence, type EdgeKind, type Evidence, type TieKind } from './evidence'
import { filterEvidence, NO_FILTER, type NetworkFilter } from './network-filter'

export interface TownNode {
  country: Country
  population: number
  label: string
  names: TownNames
  /** False for a town outside a country filter that is in the graph as a partner of one inside it. */
  chosen: boolean
}

export interface CooperationEdge {
  /**
   * The strength of the tie: each distinct fact behind it adds 1/(n-1), n being the number of towns
   * the fact names (Newman 2001). A record of two towns adds 1, one of eight towns 1/7 to each pair.
   */
  weight: number
  /** The number of distinct facts behind the tie (records telling the same fact count once). */
  facts: number
  /** The closest kind among its records: direct, group or network-wide. */
  tie: TieKind
  kinds: EdgeKind[]
  /** Ids of the records behind the tie, as in data/. */
  evidence: string[]
  /** The first start and the last end (or start) among its records; null when none is dated. */
  first: PartialDate | null
  last: PartialDate | null
  /** True when a link of the tie has no end date: it may still be in force after `last`. */
  open: boolean
}

export type NetworkGraph = Graph<TownNode, CooperationEdge>

export interface Network {
  /** Every tie between two towns that a record of the filter names: direct, group and network-wide. */
  graph: NetworkGraph
  /** Every record that passed the filter. */
  evidence: Evidence[]
  /** Records of 3 to 8 towns that passed the filter: drawn as one shape each, not as all their pairs. */
  groups: Evidence[]
  /** Records of more than 8 towns (or all of them) that passed the filter: listed, not drawn. */
  networkWide: Evidence[]
}

export interface BuildOptions {
  filter?: NetworkFilter
}

/** The key of the pair, whatever the order: "a|b" with a < b. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

/** The number of towns each fact names: the union of the towns of the records telling it. */
function factSizes(evidence: readonly Evidence[]): Map<string, number> {
  const towns = new Map<string, Set<string>>()
  for (const item of evidence) {
    const set = towns.get(item.fact) ?? new Set<string>()
    item.towns.forEach((town) => set.add(town))
    towns.set(item.fact, set)
  }
  return new Map([...towns].map(([fact, set]) => [fact, set.size]))
}

function earlier(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (a === null) return b
  if (b === null) return a
  return earliestDay(b) < earliestDay(a) ? b : a
}

function later(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (a === null) return b
  if (b === null) return a
  return latestDay(b) > latestDay(a) ? b : a
}

/**
 * The network as the records say it: the hypergraph of the records (each a set of towns with a time
 * span) seen as one undirected graph of towns. An edge joins two towns when a record of the filter names
 * both, with the closest tie kind among its records, a weight by the 1/(n-1) rule, its kinds, dates and
 * the ids of its records. No edge without evidence.
 */
export function buildNetwork(dataset: Dataset, options: BuildOptions = {}): Network {
  const filter = options.filter ?? NO_FILTER
  const countries = filter.countries
  const towns = new Map(dataset.towns.map((town) => [town.id, town]))
  const chosen = (town: Town | undefined) => town !== undefined && (countries === null || countries.includes(town.country))

  const graph: NetworkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false })
  const addNode = (town: Town) => {
    if (!graph.hasNode(town.id)) {
      graph.addNode(town.id, { country: town.country, population: town.population.value, label: town.names.official, names: town.names, chosen: chosen(town) })
    }
  }
  dataset.towns.filter((town) => chosen(town)).forEach(addNode)

  const evidence = filterEvidence(collectEvidence(dataset), filter)
  const sizes = factSizes(evidence)
  const facts = new Map<string, Set<string>>()
  const ties = new Map<string, TieKind[]>()
  for (const item of evidence) {
    const share = 1 / Math.max(1, (sizes.get(item.fact) ?? item.towns.length) - 1)
    item.towns.forEach((a, index) => {
      for (const b of item.towns.slice(index + 1)) {
        const townA = towns.get(a)
        const townB = towns.get(b)
        // With a country filter, a tie is kept when at least one of its towns is in those countries.
        if (!townA || !townB || !(chosen(townA) || chosen(townB))) continue
        addNode(townA)
        addNode(townB)
        const key = pairKey(a, b)
        if (!graph.hasEdge(key)) {
          graph.addUndirectedEdgeWithKey(key, a, b, { weight: 0, facts: 0, tie: item.tie, kinds: [], evidence: [], first: null, last: null, open: false })
        }
        const edge = graph.getEdgeAttributes(key)
        if (!edge.kinds.includes(item.kind)) edge.kinds.push(item.kind)
        if (!edge.evidence.includes(item.id)) edge.evidence.push(item.id)
        const edgeTies = [...(ties.get(key) ?? []), item.tie]
        ties.set(key, edgeTies)
        edge.tie = closestTie(edgeTies)
        edge.first = earlier(edge.first, item.start)
        edge.last = later(edge.last, item.end ?? item.start)
        if (item.type === 'link' && item.end === null) edge.open = true
        const edgeFacts = facts.get(key) ?? new Set<string>()
        if (!edgeFacts.has(item.fact)) {
          edgeFacts.add(item.fact)
          edge.weight += share
          edge.facts = edgeFacts.size
        }
        facts.set(key, edgeFacts)
      }
    })
  }
  const touchesChosen = (item: Evidence) => item.towns.some((town) => chosen(towns.get(town)))
  return {
    graph,
    evidence,
    groups: evidence.filter((item) => item.tie === 'group' && touchesChosen(item)),
    networkWide: evidence.filter((item) => item.tie === 'network' && touchesChosen(item)),
  }
}

export type { Evidence, EdgeKind, TieKind }
