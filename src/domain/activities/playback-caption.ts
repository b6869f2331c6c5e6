import type { Dataset } from '../dataset'
import type { LinkKind } from '../link-schema'
import type { LocalizedText } from '../localized-text'
import { earliestDay, parsePartialDate, type PartialDate } from '../partial-date'

/**
 * What playback says while it runs: the year it has reached, shown large, and the records that start as
 * it reaches them ("2019: Forum24, pact signed at Hartberg castle"). Pure: the component words it.
 */
export type CaptionRecord =
  | { kind: 'activity' | 'project'; id: string; start: PartialDate; title: LocalizedText }
  /** A link is named by its two towns and its kind, which the component words. */
  | { kind: 'link'; id: string; start: PartialDate; towns: readonly [string, string]; linkKind: LinkKind }

export interface PlaybackCaption {
  /** The year of the current end of the period. */
  year: number
  /**
   * What started in that year up to the current end, oldest first (newest last); the step that crosses
   * into a new year also brings what started in the last days of the year before (each line has its date).
   */
  records: CaptionRecord[]
  /** What starts in the newly reached time: (previous end, current end]; each is announced once. */
  fresh: CaptionRecord[]
}

export type CaptionData = Pick<Dataset, 'activities' | 'projects' | 'links'>

const KIND_ORDER: Record<CaptionRecord['kind'], number> = { project: 0, link: 1, activity: 2 }

/** Every record with a start, with the first day of its start (a partial date counts at its first day). */
function dated(data: CaptionData): { day: string; record: CaptionRecord }[] {
  const records: CaptionRecord[] = [
    ...data.activities.flatMap((activity) =>
      activity.start === null ? [] : [{ kind: 'activity' as const, id: activity.id, start: activity.start, title: activity.title }]),
    ...data.projects.flatMap((project) =>
      project.role === 'umbrella' || project.period.start === null
        ? []
        : [{ kind: 'project' as const, id: project.id, start: project.period.start, title: project.name }]),
    ...data.links.flatMap((link) =>
      link.since === null
        ? []
        : [{ kind: 'link' as const, id: link.id, start: link.since, towns: [link.from, link.to] as const, linkKind: link.kind }]),
  ]
  return records
    .filter((record) => parsePartialDate(record.start) !== null)
    .map((record) => ({ day: earliestDay(record.start), record }))
    .sort((a, b) => a.day.localeCompare(b.day) || KIND_ORDER[a.record.kind] - KIND_ORDER[b.record.kind] || a.record.id.localeCompare(b.record.id))
}

/**
 * The caption for a playback that has moved the end of the period from `previousEnd` to `end` (ISO days,
 * as the filter carries them). Without a previous end, or after a jump back (playing again from the
 * start), what started in the year so far is new. `periodStart` (the filter's `from`) leaves out what
 * started before the period the playback grows.
 */
export function playbackCaption(data: CaptionData, end: string, previousEnd: string | null, periodStart: string | null = null): PlaybackCaption {
  const year = Number(end.slice(0, 4))
  const yearStart = `${end.slice(0, 4)}-01-01`
  const fromDay = previousEnd === null || previousEnd >= end ? null : previousEnd
  const records: CaptionRecord[] = []
  const fresh: CaptionRecord[] = []
  for (const { day, record } of dated(data)) {
    if (day > end || (periodStart !== null && day < periodStart)) continue
    const isFresh = fromDay === null ? day >= yearStart : day > fromDay
    if (isFresh) fresh.push(record)
    if (isFresh || day >= yearStart) records.push(record)
  }
  return { year, records, fresh }
}

/** The newest `limit` records (newest last) and how many earlier ones are left out ("+N more"). */
export function newestRecords<T>(records: readonly T[], limit: number): { shown: T[]; more: number } {
  const more = Math.max(0, records.length - limit)
  return { shown: records.slice(more), more }
}
