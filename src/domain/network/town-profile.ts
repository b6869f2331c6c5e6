import type { Dataset } from '../dataset'
import type { Project } from '../project-schema'
import type { Network } from './build-network'
import type { EdgeKind, Evidence } from './evidence'
import { evidenceDetails, type EvidenceDetail, type EvidenceIndex } from './evidence-details'
import type { NetworkFigures, TownFigures } from './network-metrics'

export interface PartnerLink {
  town: string
  linkKey: string
  weight: number
  kinds: EdgeKind[]
  crossBorder: boolean
  /** False when only shared-layer records (whole network, whole partnerships) link the two towns. */
  direct: boolean
  evidence: EvidenceDetail[]
}

export interface TownProfile {
  town: string
  /** Partners by the strength of the link (weight), strongest first. */
  partners: PartnerLink[]
  /** Projects the town takes part in, directly or through the partner that represents it. */
  projects: Project[]
  /** Shared-layer records the town belongs to (whole network, whole partnerships). */
  shared: Evidence[]
  /** Share of the listed partners that lie across a border. */
  crossBorderShare: number | null
  /** Weighted degree, rank and betweenness count the displayed network (direct links). */
  weightedDegree: number
  /** 1-based rank by weighted degree among the towns in the network, and how many there are. */
  rank: number | null
  of: number
  betweenness: number
  betweennessRank: number | null
}

/**
 * Everything the mayor's view shows about one town: partners from a network of the current filter that
 * includes the shared layer as lines (so that every link of the town counts), and the town's standing
 * (ranks, betweenness, cross-border share) from `figures`, those of the network as displayed.
 */
export function townProfile(
  townId: string,
  dataset: Dataset,
  network: Network,
  figures: NetworkFigures,
  index: EvidenceIndex,
): TownProfile {
  const { graph } = network
  const sharedIds = new Set(network.shared.map((item) => item.id))
  const partners: PartnerLink[] = graph.hasNode(townId)
    ? graph.mapEdges(townId, (key, attributes, source, target, sourceAttributes, targetAttributes) => ({
        town: source === townId ? target : source,
        linkKey: key,
        weight: attributes.weight,
        kinds: [...attributes.kinds],
        crossBorder: sourceAttributes.country !== targetAttributes.country,
        direct: attributes.evidence.some((id) => !sharedIds.has(id)),
        evidence: evidenceDetails(index, attributes.evidence),
      }))
    : []
  partners.sort((a, b) => Number(b.direct) - Number(a.direct) || b.weight - a.weight || a.town.localeCompare(b.town))

  const projects = dataset.projects.filter((project) =>
    project.partners.some((partner) => partner.towns.includes(townId)),
  )
  const own = figures.perTown.find((town) => town.id === townId)
  // Competition ranking: towns with equal figures share a rank ("1, 2, 2, 4").
  const rankBy = (value: (town: TownFigures) => number) =>
    own === undefined ? null : 1 + figures.perTown.filter((town) => value(town) > value(own)).length
  return {
    town: townId,
    partners,
    projects,
    shared: network.shared.filter((item) => item.towns.includes(townId)),
    // The share among all the town's partners, as listed (network-wide records included).
    crossBorderShare: partners.length === 0 ? null : partners.filter((partner) => partner.crossBorder).length / partners.length,
    weightedDegree: own?.weightedDegree ?? 0,
    rank: rankBy((town) => town.weightedDegree),
    of: figures.perTown.length,
    betweenness: own?.betweenness ?? 0,
    betweennessRank: rankBy((town) => town.betweenness),
  }
}
