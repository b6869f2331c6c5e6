import type { Dataset } from '../dataset'
import type { PartialDate } from '../partial-date'
import type { EdgeKind } from './evidence'

/** One record behind a link, as the reader sees it: what it is, when, and where it is written. */
export interface EvidenceDetail {
  type: 'link' | 'project' | 'activity'
  id: string
  kind: EdgeKind
  /** The record's own title (projects and activities); links are named by their kind. */
  title: string | null
  titleEn: string | null
  start: PartialDate | null
  end: PartialDate | null
  /** What the record says in words (a link's notes, an activity's description), where it has any. */
  description: string | null
  sources: string[]
}

export type EvidenceIndex = ReadonlyMap<string, EvidenceDetail>

/** Every link, project and activity by id, built once per dataset. */
export function indexEvidence(dataset: Dataset): EvidenceIndex {
  const details = new Map<string, EvidenceDetail>()
  for (const link of dataset.links) {
    details.set(link.id, {
      type: 'link', id: link.id, kind: link.kind, title: null, titleEn: null,
      start: link.since, end: null, description: link.notes ?? null, sources: link.sources,
    })
  }
  for (const project of dataset.projects) {
    details.set(project.id, {
      type: 'project', id: project.id, kind: 'project', title: project.name, titleEn: null,
      start: project.period.start, end: project.period.end, description: null, sources: project.sources,
    })
  }
  for (const activity of dataset.activities) {
    details.set(activity.id, {
      type: 'activity', id: activity.id, kind: 'activity', title: activity.title, titleEn: activity.titleEn,
      start: activity.start, end: activity.end, description: activity.description ?? null, sources: activity.sources,
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
