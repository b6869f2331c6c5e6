import { utcMonth, utcYear } from 'd3'
import type { Activity, ActivityKind } from '../activity-schema'
import { parsePartialDate } from '../partial-date'

export interface HistogramBin {
  /** First day of the bin (UTC). */
  start: Date
  /** First day after the bin. */
  end: Date
  /** Activities per kind that start in the bin. */
  counts: Partial<Record<ActivityKind, number>>
  total: number
}

export interface ActivityHistogram {
  interval: 'month' | 'quarter'
  bins: HistogramBin[]
  /**
   * Activities whose date is known only to the year: they cannot be put in a month or quarter
   * without inventing one, so they are counted per year.
   */
  yearOnly: HistogramBin[]
  /** Activities without any date: they cannot be placed in time at all. */
  undated: number
}

const QUARTER = utcMonth.every(3)

function floor(interval: 'month' | 'quarter', date: Date): Date {
  return interval === 'month' ? utcMonth.floor(date) : (QUARTER?.floor(date) ?? utcMonth.floor(date))
}

function offset(interval: 'month' | 'quarter', date: Date): Date {
  return interval === 'month' ? utcMonth.offset(date, 1) : utcMonth.offset(date, 3)
}

function add(bin: HistogramBin, kind: ActivityKind) {
  bin.counts[kind] = (bin.counts[kind] ?? 0) + 1
  bin.total += 1
}

/**
 * Activities per month or quarter from `from` to `to` (inclusive years), by the month they start in.
 * A multi-day activity counts once, in the bin where it starts.
 */
export function activityHistogram(
  activities: readonly Activity[],
  interval: 'month' | 'quarter',
  [fromYear, toYear]: [number, number],
): ActivityHistogram {
  const bins: HistogramBin[] = []
  for (let start = new Date(Date.UTC(fromYear, 0, 1)); start.getUTCFullYear() <= toYear; start = offset(interval, start)) {
    bins.push({ start, end: offset(interval, start), counts: {}, total: 0 })
  }
  const yearOnly: HistogramBin[] = []
  for (let year = fromYear; year <= toYear; year += 1) {
    yearOnly.push({ start: new Date(Date.UTC(year, 0, 1)), end: utcYear.offset(new Date(Date.UTC(year, 0, 1)), 1), counts: {}, total: 0 })
  }
  let undated = 0
  for (const activity of activities) {
    const date = activity.start === null ? null : parsePartialDate(activity.start)
    if (date === null) {
      undated += 1
      continue
    }
    if (date.year < fromYear || date.year > toYear) continue
    if (date.precision === 'year') {
      const bin = yearOnly[date.year - fromYear]
      if (bin) add(bin, activity.kind)
      continue
    }
    const start = floor(interval, new Date(Date.UTC(date.year, (date.month ?? 1) - 1, 1)))
    const bin = bins.find((candidate) => candidate.start.getTime() === start.getTime())
    if (bin) add(bin, activity.kind)
  }
  return { interval, bins, yearOnly, undated }
}

/** The years the dated activities span, widened to whole years. */
export function activityYears(activities: readonly Activity[]): [number, number] | null {
  const years: number[] = []
  for (const activity of activities) {
    for (const value of [activity.start, activity.end]) {
      const date = value === null ? null : parsePartialDate(value)
      if (date) years.push(date.year)
    }
  }
  if (years.length === 0) return null
  return [Math.min(...years), Math.max(...years)]
}

/** A bin's counts by category (agreement, event, product), for a stacked bar. */
export function countsByCategory(bin: HistogramBin, categoryOf: (kind: ActivityKind) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [kind, count] of Object.entries(bin.counts) as [ActivityKind, number][]) {
    const category = categoryOf(kind)
    counts[category] = (counts[category] ?? 0) + count
  }
  return counts
}
