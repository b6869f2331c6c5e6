import { ALL_TOWNS } from '../activity-schema'
import type { Dataset } from '../dataset'
import { LINK_KINDS, type LinkKind } from '../link-schema'
import type { PartialDate } from '../partial-date'

/** What kind of record says two towns work together. */
export type EdgeKind = LinkKind | 'project' | 'activity'

export const EDGE_KINDS: readonly EdgeKind[] = [...LINK_KINDS, 'project', 'activity']

/**
 * Records that involve more towns than this are the network's shared layer (the whole network,
 * or the whole partnership of a programme project): they are not drawn as one line per pair.
 * Eight is the largest group of one country (the East Styrian towns, which cooperate as eight).
 */
export const MAX_PAIRWISE_TOWNS = 8

/** One record as evidence of cooperation between the towns it involves. */
export interface Evidence {
  type: 'link' | 'project' | 'activity'
  id: string
  kind: EdgeKind
  /** Member towns involved, each once. */
  towns: string[]
  start: PartialDate | null
  /** null with a start: open-ended for a link (still in force), the start itself for an activity. */
  end: PartialDate | null
  /** The project the record belongs to (a joint-project link, a project, an activity of a project). */
  project: string | null
  /** Whole-network or whole-partnership record: the shared layer, not pairwise lines. */
  shared: boolean
  /**
   * The fact counted for an edge's weight: a joint-project link and the project record itself
   * are one fact told twice, so they share a fact key.
   */
  fact: string
}

function unique(towns: readonly string[]): string[] {
  return [...new Set(towns)]
}

function isShared(towns: readonly string[], allTowns: number): boolean {
  return towns.length > MAX_PAIRWISE_TOWNS || (allTowns > 0 && towns.length === allTowns)
}

/** Every record of the dataset that involves at least two member towns, as evidence. */
export function collectEvidence(dataset: Dataset): Evidence[] {
  const known = new Set(dataset.towns.map((town) => town.id))
  const inNetwork = (towns: readonly string[]) => unique(towns.filter((town) => known.has(town)))
  const evidence: Evidence[] = []

  for (const link of dataset.links) {
    const towns = inNetwork([link.from, link.to])
    if (towns.length < 2) continue
    evidence.push({
      type: 'link',
      id: link.id,
      kind: link.kind,
      towns,
      start: link.since,
      end: null,
      project: link.project,
      shared: false,
      fact: link.project === null ? `link:${link.id}` : `project:${link.project}`,
    })
  }

  for (const project of dataset.projects) {
    const towns = inNetwork(project.partners.flatMap((partner) => partner.towns))
    if (towns.length < 2) continue
    evidence.push({
      type: 'project',
      id: project.id,
      kind: 'project',
      towns,
      start: project.period.start,
      end: project.period.end,
      project: project.id,
      shared: isShared(towns, known.size),
      fact: `project:${project.id}`,
    })
  }

  // An activity of the same two towns on the day a link starts is the event that made the link
  // (the charter signed, the EGTC founded): one fact, told by two records.
  const linkFacts = new Map(
    evidence.filter((item) => item.type === 'link' && item.start !== null).map((item) => [`${[...item.towns].sort().join('|')}@${item.start}`, item.fact]),
  )

  for (const activity of dataset.activities) {
    const all = activity.towns.includes(ALL_TOWNS)
    const towns = all ? [...known] : inNetwork(activity.towns)
    if (towns.length < 2) continue
    const sameEvent = linkFacts.get(`${[...towns].sort().join('|')}@${activity.start}`)
    evidence.push({
      type: 'activity',
      id: activity.id,
      kind: 'activity',
      towns,
      start: activity.start,
      end: activity.end ?? activity.start,
      project: activity.project,
      shared: all || isShared(towns, known.size),
      fact: sameEvent ?? `activity:${activity.id}`,
    })
  }
  return evidence
}
