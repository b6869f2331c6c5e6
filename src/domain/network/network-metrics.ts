import type Graph from 'graphology'
import louvain from 'graphology-communities-louvain'
import betweennessCentrality from 'graphology-metrics/centrality/betweenness'
import { density } from 'graphology-metrics/graph/density'
import { COUNTRIES, type Country } from '../town-schema'
import type { TieKind } from './evidence'

type AnyGraph = Graph<{ country: Country; chosen?: boolean }, { weight: number; tie: TieKind; facts?: number }>

/** Ties between and within countries: matrix[a][b] = matrix[b][a] = number of ties. */
export type CountryMatrix = Record<Country, Record<Country, number>>

/** The ties that paths, density, the matrix and communities count: direct and group ties. */
export const PATH_TIES: readonly TieKind[] = ['direct', 'group']

export interface TownFigures {
  id: string
  /**
   * The sum of the town's tie weights: each record it shares with n-1 other towns adds 1/(n-1) to each
   * of those ties, so this is the number of records (distinct facts) the town takes part in.
   */
  strength: number
  /** Towns it shares a direct tie with (a record naming just the two). */
  directPartners: number
  /** Towns it shares a direct or group tie with. */
  partners: number
  /** Normalised betweenness (0..1) on direct and group ties, counted in ties (not weights). */
  betweenness: number
  community: number
  /** Share of its direct and group ties that cross a border (null without any). */
  crossBorderShare: number | null
}

export interface NetworkFigures {
  /** Towns of the filter (those of its countries); their partners abroad are not counted. */
  towns: number
  /** Ties by kind; `links` counts direct and group ties, those drawn or countable as paths. */
  ties: Record<TieKind, number>
  links: number
  /** Density of the direct and group ties. */
  density: number
  crossBorderLinks: number
  /** null when there are no direct or group ties. */
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

/** The given graph with only the ties of the given kinds (all nodes kept). */
export function withTies<G extends AnyGraph>(graph: G, kinds: readonly TieKind[]): G {
  const sub = graph.emptyCopy() as G
  graph.forEachEdge((key, attributes, source, target) => {
    if (kinds.includes(attributes.tie)) sub.addUndirectedEdgeWithKey(key, source, target, attributes)
  })
  return sub
}

export function countryMatrix(graph: AnyGraph): CountryMatrix {
  const matrix = emptyMatrix()
  graph.forEachEdge((_edge, attributes, _source, _target, source, target) => {
    if (!PATH_TIES.includes(attributes.tie)) return
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

/** Sums of 1/(n-1) are rounded here, so that 1/7 taken seven times is 1 again. */
export function roundStrength(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

export interface FiguresOptions {
  /**
   * Betweenness and communities (Louvain), the costly part (a second and more at 1,000 towns): false
   * leaves them out (betweenness 0, community -1, no communities, modularity null) for views that show
   * neither, such as the map, the town panel and the presentation. Default true.
   */
  analysis?: boolean
}

export function networkFigures(graph: AnyGraph, { analysis = true }: FiguresOptions = {}): NetworkFigures {
  const paths = withTies(graph, PATH_TIES)
  // Shortest paths counted in ties: graphology would otherwise read `weight` (a strength) as a distance,
  // so that the strongest ties became the longest.
  const betweenness = analysis && paths.order > 2 ? betweennessCentrality(paths, { normalized: true, getEdgeWeight: null }) : {}
  const { groups, modularity } = analysis ? communities(paths) : { groups: [], modularity: null }
  const communityOf = new Map(groups.flatMap((group, index) => group.map((node) => [node, index] as const)))
  const ties: Record<TieKind, number> = { direct: 0, group: 0, network: 0 }
  graph.forEachEdge((_edge, attributes) => {
    ties[attributes.tie] += 1
  })
  let crossBorderLinks = 0
  paths.forEachEdge((_edge, _attributes, _source, _target, source, target) => {
    if (source.country !== target.country) crossBorderLinks += 1
  })
  const perTown = graph.filterNodes((_id, attributes) => attributes.chosen !== false).map((id): TownFigures => {
    let strength = 0
    let directPartners = 0
    graph.forEachEdge(id, (_edge, attributes) => {
      strength += attributes.weight
      if (attributes.tie === 'direct') directPartners += 1
    })
    let crossing = 0
    paths.forEachEdge(id, (_edge, _attributes, _source, _target, source, target) => {
      if (source.country !== target.country) crossing += 1
    })
    const partners = paths.degree(id)
    return {
      id,
      strength: roundStrength(strength),
      directPartners,
      partners,
      betweenness: betweenness[id] ?? 0,
      community: communityOf.get(id) ?? -1,
      crossBorderShare: partners === 0 ? null : crossing / partners,
    }
  })
  return {
    // The towns of the filter; partners outside a country filter are in the graph but not counted.
    towns: perTown.length,
    ties,
    links: paths.size,
    density: paths.order < 2 ? 0 : density(paths),
    crossBorderLinks,
    crossBorderShare: paths.size === 0 ? null : crossBorderLinks / paths.size,
    matrix: countryMatrix(graph),
    perTown,
    communities: groups,
    modularity,
  }
}

const EPSILON = 1e-9

/** Towns by strength (then direct partners, then id), strongest first. */
export function rankByStrength(perTown: readonly TownFigures[]): TownFigures[] {
  return [...perTown].sort((a, b) => b.strength - a.strength || b.directPartners - a.directPartners || a.id.localeCompare(b.id))
}

/**
 * Competition ranking ("1, 2, 2, 4"): the rank of a value among all, and how many share it. Values
 * closer than rounding noise are equal.
 */
export function sharedRank(value: number, all: readonly number[]): { rank: number; shared: number } {
  return {
    rank: 1 + all.filter((other) => other > value + EPSILON).length,
    shared: all.filter((other) => Math.abs(other - value) <= EPSILON).length,
  }
}
