import type { Activity } from '../activity-schema'
import { earliestDay } from '../partial-date'

export type SortDirection = 'ascending' | 'descending'

/**
 * Activities by date: by the first day they may have started, a more precise date first when two
 * start on the same day ("2019-03-07" before "2019-03" before "2019"), undated ones last, then by id.
 */
export function sortActivitiesByDate(activities: readonly Activity[], direction: SortDirection = 'ascending'): Activity[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...activities].sort((a, b) => {
    if (a.start === null || b.start === null) {
      if (a.start === b.start) return a.id.localeCompare(b.id)
      return a.start === null ? 1 : -1
    }
    const byDay = earliestDay(a.start).localeCompare(earliestDay(b.start))
    if (byDay !== 0) return sign * byDay
    return b.start.length - a.start.length || a.id.localeCompare(b.id)
  })
}
