import type { Confidence, Conflict } from '../common-schemas'
import type { LocalizedText } from '../localized-text'
import type { Dataset } from '../dataset'
import type { PartialDate } from '../partial-date'
import { collectEvidence, tieKindOf, type EdgeKind, type TieKind } from './evidence'

/** One record behind a tie, as the reader sees it: what it is, whom it names, when, and where it is written. */
export interface EvidenceDetail {
  type: 'link' | 'project' | 'activity'
  id: string
  kind: EdgeKind
  /** The record's own title (projects and activities); links are named by their kind. */
  title: LocalizedText | null
  /** The member towns the record names, and how closely that ties them. */
  towns: string[]
  tie: TieKind
  start: PartialDate | null
  /** null: no end date known (for a link: none recorded; it may still be in force). */
  end: PartialDate | null
  /** What the record says in words (a link's notes, an activity's description), where it has any. */
  description: LocalizedText | null
  /** The keepers' notes on the record (sources, doubts), where they are not its description. */
  notes: LocalizedText | null
  conflicts: Conflict[]
  /** How sure the sources are (activities and some links); null where the data does not say. */
  confidence: Confidence | null
  /** True when the date was worked out from the source, not stated in it. */
  dateInferred: boolean
  /** False when the record is outside City Cooperation (a twinning, a project of two towns). */
  cityCooperation: boolean
  sources: string[]
}

export type EvidenceIndex = ReadonlyMap<string, EvidenceDetail>

/** Every link, project and activity by id, built once per dataset. */
export function indexEvidence(dataset: Dataset): EvidenceIndex {
  const collected = new Map(collectEvidence(dataset).map((item) => [item.id, item]))
  const size = dataset.towns.length
  const scope = (id: string, towns: string[]) => {
    const item = collected.get(id)
    return { towns: item?.towns ?? towns, tie: item?.tie ?? tieKindOf(towns.length, size), end: item?.end }
  }
  const details = new Map<string, EvidenceDetail>()
  for (const link of dataset.links) {
    const { towns, tie, end } = scope(link.id, [link.from, link.to])
    details.set(link.id, {
      type: 'link', id: link.id, kind: link.kind, title: null, towns, tie,
      start: link.since, end: end ?? link.until, description: link.notes ?? null, notes: null, conflicts: [],
      confidence: link.confidence ?? null, dateInferred: false, cityCooperation: false, sources: link.sources,
    })
  }
  const roles = new Map(dataset.projects.map((project) => [project.id, project.role]))
  for (const project of dataset.projects) {
    const { towns, tie } = scope(project.id, project.partners.flatMap((partner) => partner.towns))
    details.set(project.id, {
      type: 'project', id: project.id, kind: 'project', title: project.name, towns, tie,
      start: project.period.start, end: project.period.end, description: project.goals ?? null, notes: project.notes ?? null,
      conflicts: project.conflicts ?? [], confidence: null, dateInferred: false,
      cityCooperation: project.role !== 'related', sources: project.sources,
    })
  }
  for (const activity of dataset.activities) {
    const { towns, tie } = scope(activity.id, activity.towns)
    const projectRole = activity.project === null ? null : roles.get(activity.project)
    details.set(activity.id, {
      type: 'activity', id: activity.id, kind: 'activity', title: activity.title, towns, tie,
      start: activity.start, end: activity.end, description: activity.description ?? null, notes: activity.notes ?? null,
      conflicts: [], confidence: activity.confidence, dateInferred: activity.dateInferred ?? false,
      cityCooperation: activity.cityCooperation ?? projectRole !== 'related', sources: activity.sources,
    })
  }
  return details
}

/** The records behind the given ids, in the order given; ids not in the index are skipped. */
export function evidenceDetails(index: EvidenceIndex, ids: readonly string[]): EvidenceDetail[] {
  return ids.flatMap((id) => {
    const detail = index.get(id)
    return detail ? [detail] : []
  })
}
