import { ALL_TOWNS } from '../activity-schema'
import type { Confidence } from '../common-schemas'
import type { Dataset } from '../dataset'
import { LINK_KINDS, type LinkKind } from '../link-schema'
import type { PartialDate } from '../partial-date'
import type { Project } from '../project-schema'

/** What kind of record says two towns work together. */
export type EdgeKind = LinkKind | 'project' | 'activity'

export const EDGE_KINDS: readonly EdgeKind[] = [...LINK_KINDS, 'project', 'activity']

/**
 * How closely a record ties its towns: `direct` when it names just two, `group` when it names 3 to
 * MAX_GROUP_TOWNS, `network` (network-wide) when it names more, or every town of the network.
 */
export type TieKind = 'direct' | 'group' | 'network'

export const TIE_KINDS: readonly TieKind[] = ['direct', 'group', 'network']

/**
 * The largest group a record can name and still be a group tie. Eight is the largest group of one
 * country (the East Styrian towns, which cooperate as eight); a record of more towns is network-wide.
 */
export const MAX_GROUP_TOWNS = 8

/** One record as evidence of cooperation between the towns it involves: a set of towns with a time span. */
export interface Evidence {
  type: 'link' | 'project' | 'activity'
  id: string
  kind: EdgeKind
  /** Member towns involved, each once. */
  towns: string[]
  tie: TieKind
  start: PartialDate | null
  /**
   * The end of the span: a link's `until` (or its project's end), a project's end, an activity's end or
   * its start. null: no end date known (a link still open, or an undated record).
   */
  end: PartialDate | null
  /** The project the record belongs to, and the umbrella project that project is part of. */
  projects: string[]
  /**
   * The fact counted for weights: a joint-project link and the project record itself are one fact told
   * twice, and so are a link and the activity that made it on the day it starts; they share a fact key.
   */
  fact: string
  confidence: Confidence | null
  dateInferred: boolean
}

function unique(towns: readonly string[]): string[] {
  return [...new Set(towns)]
}

/** The tie kind of a record of `count` towns in a network of `allTowns`. */
export function tieKindOf(count: number, allTowns: number): TieKind {
  if (count <= 2) return 'direct'
  if (count > MAX_GROUP_TOWNS || (allTowns > 0 && count >= allTowns)) return 'network'
  return 'group'
}

/** The member towns a project names: its partners' towns and the beneficiaries its sources name. */
export function projectTowns(project: Project): string[] {
  return unique([
    ...project.partners.flatMap((partner) => partner.towns),
    ...(project.beneficiaries ?? []).flatMap((beneficiary) => beneficiary.towns),
  ])
}

/** A project id and the umbrella projects it is part of. */
function projectChain(projectId: string | null, umbrellaOf: ReadonlyMap<string, string>): string[] {
  if (projectId === null) return []
  const umbrella = umbrellaOf.get(projectId)
  return umbrella === undefined ? [projectId] : [projectId, umbrella]
}

/**
 * Every record of the dataset that involves at least two member towns, as evidence. An umbrella
 * project (one record describing two programme projects) is no evidence of its own: its parts are.
 */
export function collectEvidence(dataset: Dataset): Evidence[] {
  const known = new Set(dataset.towns.map((town) => town.id))
  const inNetwork = (towns: readonly string[]) => unique(towns.filter((town) => known.has(town)))
  const tie = (towns: readonly string[]) => tieKindOf(towns.length, known.size)
  const umbrellaOf = new Map(
    dataset.projects.flatMap((project) => (project.role === 'umbrella' ? (project.parts ?? []).map((part) => [part, project.id] as const) : [])),
  )
  const projectEnd = new Map(dataset.projects.map((project) => [project.id, project.period.end]))
  const evidence: Evidence[] = []

  for (const link of dataset.links) {
    const towns = inNetwork([link.from, link.to])
    if (towns.length < 2) continue
    evidence.push({
      type: 'link',
      id: link.id,
      kind: link.kind,
      towns,
      tie: 'direct',
      start: link.since,
      // A joint-project link lasts as long as its project.
      end: link.until ?? (link.project === null ? null : projectEnd.get(link.project) ?? null),
      projects: projectChain(link.project, umbrellaOf),
      fact: link.project === null ? `link:${link.id}` : `project:${link.project}`,
      confidence: link.confidence ?? null,
      dateInferred: false,
    })
  }

  for (const project of dataset.projects) {
    if (project.role === 'umbrella') continue
    const towns = inNetwork(projectTowns(project))
    if (towns.length < 2) continue
    evidence.push({
      type: 'project',
      id: project.id,
      kind: 'project',
      towns,
      tie: tie(towns),
      start: project.period.start,
      end: project.period.end,
      projects: projectChain(project.id, umbrellaOf),
      fact: `project:${project.id}`,
      confidence: null,
      dateInferred: false,
    })
  }

  // An activity of the same two towns on the day a link starts is the event that made the link
  // (the charter signed, the EGTC founded): one fact, told by two records.
  const linkFacts = new Map(
    evidence.filter((item) => item.type === 'link' && item.start !== null).map((item) => [`${[...item.towns].sort().join('|')}@${item.start}`, item.fact]),
  )

  for (const activity of dataset.activities) {
    const towns = activity.towns.includes(ALL_TOWNS) ? [...known] : inNetwork(activity.towns)
    if (towns.length < 2) continue
    const sameEvent = linkFacts.get(`${[...towns].sort().join('|')}@${activity.start}`)
    evidence.push({
      type: 'activity',
      id: activity.id,
      kind: 'activity',
      towns,
      tie: activity.towns.includes(ALL_TOWNS) ? 'network' : tie(towns),
      start: activity.start,
      end: activity.end ?? activity.start,
      projects: projectChain(activity.project, umbrellaOf),
      fact: sameEvent ?? `activity:${activity.id}`,
      confidence: activity.confidence,
      dateInferred: activity.dateInferred ?? false,
    })
  }
  return evidence
}

/** The closest of the given tie kinds (direct before group before network). */
export function closestTie(ties: Iterable<TieKind>): TieKind {
  let best: TieKind = 'network'
  for (const tie of ties) {
    if (TIE_KINDS.indexOf(tie) < TIE_KINDS.indexOf(best)) best = tie
  }
  return best
}
