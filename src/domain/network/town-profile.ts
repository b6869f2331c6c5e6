import type { Dataset } from '../dataset'
import { earliestDay, parsePartialDate } from '../partial-date'
import type { Project, ProjectBeneficiary } from '../project-schema'
import type { Network } from './build-network'
import type { Evidence } from './evidence'
import { evidenceDetails, type EvidenceDetail, type EvidenceIndex } from './evidence-details'
import { roundStrength, sharedRank, type NetworkFigures } from './network-metrics'

/** A town the selected town shares a direct tie with: a record naming just the two. */
export interface DirectPartner {
  town: string
  linkKey: string
  /** The weight of the whole tie (direct, group and network-wide records of the pair). */
  weight: number
  crossBorder: boolean
  /** The records naming just the two towns. */
  records: EvidenceDetail[]
}

/** A record of 3 to 8 towns the selected town belongs to. */
export interface GroupMembership {
  record: EvidenceDetail
  /** The other towns of the record. */
  towns: string[]
}

export interface TownProject {
  project: Project
  /** A partner (through the organisation that represents the town), or a beneficiary its sources name. */
  as: 'partner' | 'beneficiary'
  /** The organisations representing the town in the project (partners only). */
  organisations: string[]
  /** The outputs that name the town as a beneficiary, each with the sources that name it (beneficiaries only). */
  beneficiaryOf: ProjectBeneficiary[]
}

export interface TownProfile {
  town: string
  /** Direct partners, most records naming just the two first (then the stronger tie, then by id). */
  direct: DirectPartner[]
  /** Group records the town belongs to, oldest first. */
  groups: GroupMembership[]
  /** Network-wide records (more than 8 towns) the town belongs to, oldest first. */
  networkWide: EvidenceDetail[]
  /** The year of the town's first dated record, in the current filter. */
  memberSince: number | null
  projects: TownProject[]
  /** The number of records (distinct facts) the town takes part in: the sum of its tie weights. */
  strength: number
  /** Competition rank by strength among the towns of the network ("1, 2, 2, 4"), and how many share it. */
  rank: number | null
  sharedRank: number
  of: number
  /** Direct partners across a border. */
  crossBorderDirect: number
}

function byStart(a: { start: string | null; id: string }, b: { start: string | null; id: string }): number {
  if (a.start === null || b.start === null) return a.start === b.start ? a.id.localeCompare(b.id) : a.start === null ? 1 : -1
  return earliestDay(a.start).localeCompare(earliestDay(b.start)) || a.id.localeCompare(b.id)
}

/** The projects a town takes part in: as a partner through the organisation representing it, or as a named beneficiary. */
export function townProjects(townId: string, projects: readonly Project[]): TownProject[] {
  return projects.flatMap((project): TownProject[] => {
    if (project.role === 'umbrella') return []
    const organisations = project.partners.filter((partner) => partner.towns.includes(townId)).map((partner) => partner.organisation)
    if (organisations.length > 0) return [{ project, as: 'partner', organisations, beneficiaryOf: [] }]
    const beneficiaryOf = (project.beneficiaries ?? []).filter((entry) => entry.towns.includes(townId))
    return beneficiaryOf.length > 0 ? [{ project, as: 'beneficiary', organisations: [], beneficiaryOf }] : []
  })
}

/**
 * Everything the mayor's view shows about one town, from the network of the current filter: its direct
 * partners with the records that name just the two, the groups it belongs to, the network-wide records,
 * its projects, and its strength with a rank that ties share.
 */
export function townProfile(townId: string, dataset: Dataset, network: Network, figures: NetworkFigures, index: EvidenceIndex): TownProfile {
  const { graph } = network
  const mine = (item: Evidence) => item.towns.includes(townId)
  const direct: DirectPartner[] = graph.hasNode(townId)
    ? graph.reduceEdges(townId, (list: DirectPartner[], key, attributes, source, target, sourceAttributes, targetAttributes) => {
        if (attributes.tie !== 'direct') return list
        const records = evidenceDetails(index, attributes.evidence).filter((record) => record.tie === 'direct')
        const town = source === townId ? target : source
        return [...list, { town, linkKey: key, weight: roundStrength(attributes.weight), crossBorder: sourceAttributes.country !== targetAttributes.country, records }]
      }, [])
    : []
  direct.sort((a, b) => b.records.length - a.records.length || b.weight - a.weight || a.town.localeCompare(b.town))

  const groups = network.groups.filter(mine).sort(byStart).flatMap((item) =>
    evidenceDetails(index, [item.id]).map((record) => ({ record, towns: item.towns.filter((town) => town !== townId) })),
  )
  const networkWide = evidenceDetails(index, network.networkWide.filter(mine).sort(byStart).map((item) => item.id))
  const years = network.evidence.filter(mine).flatMap((item) => (item.start === null ? [] : [parsePartialDate(item.start)?.year ?? Infinity]))
  const own = figures.perTown.find((town) => town.id === townId)
  const ranking = own === undefined ? null : sharedRank(own.strength, figures.perTown.map((town) => town.strength))
  return {
    town: townId,
    direct,
    groups,
    networkWide,
    memberSince: years.length === 0 ? null : Math.min(...years),
    projects: townProjects(townId, dataset.projects),
    strength: own?.strength ?? 0,
    rank: ranking?.rank ?? null,
    sharedRank: ranking?.shared ?? 0,
    of: figures.perTown.length,
    crossBorderDirect: direct.filter((partner) => partner.crossBorder).length,
  }
}
