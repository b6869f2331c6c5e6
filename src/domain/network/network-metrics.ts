import type Graph from 'graphology'
import louvain from 'graphology-communities-louvain'
import betweennessCentrality from 'graphology-metrics/centrality/betweenness'
import { density } from 'graphology-metrics/graph/density'
import { COUNTRIES, type Country } from '../town-schema'

type AnyGraph = Graph<{ country: Country }, { weight: number }>

/** Links between and within countries: matrix[a][b] = matrix[b][a] = number of edges. */
export type CountryMatrix = Record<Country, Record<Country, number>>

export interface TownFigures {
  id: string
  degree: number
  weightedDegree: number
  /** Normalised betweenness (0..1): the share of shortest paths between other towns through this one. */
  betweenness: number
  community: number
  /** Share of this town's links that cross a border (null without links). */
  crossBorderShare: number | null
}

export interface NetworkFigures {
  towns: number
  links: number
  density: number
  crossBorderLinks: number
  /** null when there are no links. */
  crossBorderShare: number | null
  matrix: CountryMatrix
  perTown: TownFigures[]
  communities: string[][]
  modularity: number | null
}

export function emptyMatrix(): CountryMatrix {
  const row = () => Object.fromEntries(COUNTRIES.map((country) => [country, 0])) as Record<Country, number>
  return Object.fromEntries(COUNTRIES.map((country) => [country, row()])) as CountryMatrix
}

export function countryMatrix(graph: AnyGraph): CountryMatrix {
  const matrix = emptyMatrix()
  graph.forEachEdge((_edge, _attributes, _source, _target, source, target) => {
    matrix[source.country][target.country] += 1
    if (source.country !== target.country) matrix[target.country][source.country] += 1
  })
  return matrix
}

/** A small deterministic random source (mulberry32), so communities are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Louvain communities on the weighted graph, each a list of town ids, largest first. */
export function communities(graph: AnyGraph): { groups: string[][]; modularity: number | null } {
  if (graph.size === 0) return { groups: graph.nodes().map((node) => [node]), modularity: null }
  const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(24) })
  const groups = new Map<number, string[]>()
  for (const [node, community] of Object.entries(result.communities)) {
    groups.set(community, [...(groups.get(community) ?? []), node])
  }
  const sorted = [...groups.values()].map((group) => group.sort()).sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''))
  return { groups: sorted, modularity: result.modularity }
}

export function networkFigures(graph: AnyGraph): NetworkFigures {
  // Shortest paths counted in links: graphology would otherwise read `weight` (records behind a link,
  // a strength) as a distance, so that the strongest links became the longest.
  const betweenness = graph.order > 2 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : {}
  const { groups, modularity } = communities(graph)
  const communityOf = new Map(groups.flatMap((group, index) => group.map((node) => [node, index] as const)))
  let crossBorderLinks = 0
  graph.forEachEdge((_edge, _attributes, _source, _target, source, target) => {
    if (source.country !== target.country) crossBorderLinks += 1
  })
  const perTown = graph.nodes().map((id): TownFigures => {
    let weightedDegree = 0
    let crossing = 0
    graph.forEachEdge(id, (_edge, attributes, _source, _target, source, target) => {
      weightedDegree += attributes.weight
      if (source.country !== target.country) crossing += 1
    })
    const degree = graph.degree(id)
    return {
      id,
      degree,
      weightedDegree,
      betweenness: betweenness[id] ?? 0,
      community: communityOf.get(id) ?? -1,
      crossBorderShare: degree === 0 ? null : crossing / degree,
    }
  })
  return {
    towns: graph.order,
    links: graph.size,
    density: graph.order < 2 ? 0 : density(graph),
    crossBorderLinks,
    crossBorderShare: graph.size === 0 ? null : crossBorderLinks / graph.size,
    matrix: countryMatrix(graph),
    perTown,
    communities: groups,
    modularity,
  }
}

/** Towns by weighted degree (then degree, then id), strongest first. */
export function rankByWeightedDegree(perTown: readonly TownFigures[]): TownFigures[] {
  return [...perTown].sort((a, b) => b.weightedDegree - a.weightedDegree || b.degree - a.degree || a.id.localeCompare(b.id))
}
