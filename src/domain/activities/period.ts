import { utcDay, utcMonth } from 'd3'

const iso = (date: Date) => date.toISOString().slice(0, 10)
const day = (value: string) => new Date(`${value}T00:00:00Z`)

/**
 * A brushed span widened to whole months: from the first day of the month it starts in to the last day
 * of the month it ends in (a brush from 20 to 28 January selects January).
 */
export function periodFromDates(start: Date, end: Date): { from: string; to: string } {
  const first = utcMonth.floor(start)
  let afterLast = utcMonth.ceil(end)
  if (afterLast <= first) afterLast = utcMonth.offset(first, 1)
  return { from: iso(first), to: iso(utcDay.offset(afterLast, -1)) }
}

/** The period moved by whole months, keeping its length in months (keyboard use of the brush). */
export function shiftPeriod(from: string, to: string, months: number): { from: string; to: string } {
  const start = utcMonth.offset(utcMonth.floor(day(from)), months)
  const afterEnd = utcMonth.offset(utcMonth.ceil(utcDay.offset(day(to), 1)), months)
  return { from: iso(start), to: iso(utcDay.offset(afterEnd, -1)) }
}

/** The end of the period moved by whole months, never before its first month (keyboard resizing). */
export function resizePeriod(from: string, to: string, months: number): { from: string; to: string } {
  const start = utcMonth.floor(day(from))
  const afterEnd = utcMonth.offset(utcMonth.ceil(utcDay.offset(day(to), 1)), months)
  const end = afterEnd <= start ? utcMonth.offset(start, 1) : afterEnd
  return { from: iso(start), to: iso(utcDay.offset(end, -1)) }
}

export function dayToDate(value: string): Date {
  return day(value)
}

export function dateToDay(value: Date): string {
  return iso(value)
}
