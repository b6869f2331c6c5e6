import { z } from './zod'

/**
 * A date as precise as its source: "2019", "2019-09" or "2019-09-06".
 * Never widened to a day the source does not give.
 */
export type PartialDate = string

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export type DatePrecision = 'year' | 'month' | 'day'

export interface ParsedPartialDate {
  year: number
  month?: number
  day?: number
  precision: DatePrecision
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function parsePartialDate(value: string): ParsedPartialDate | null {
  const match = PARTIAL_DATE.exec(value)
  if (!match) return null
  const year = Number(match[1])
  if (match[2] === undefined) return { year, precision: 'year' }
  const month = Number(match[2])
  if (month < 1 || month > 12) return null
  if (match[3] === undefined) return { year, month, precision: 'month' }
  const day = Number(match[3])
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day, precision: 'day' }
}

export const partialDateSchema = z
  .string()
  .refine((value) => parsePartialDate(value) !== null, {
    message: 'not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
  })

/** First day covered by a partial date, as YYYY-MM-DD ("2019-09" -> "2019-09-01"). */
export function earliestDay(value: PartialDate): string {
  const date = parsePartialDate(value)
  if (!date) throw new Error(`not a partial date: ${value}`)
  const month = date.month ?? 1
  const day = date.day ?? 1
  return `${pad4(date.year)}-${pad2(month)}-${pad2(day)}`
}

/** Last day covered by a partial date, as YYYY-MM-DD ("2019-09" -> "2019-09-30"). */
export function latestDay(value: PartialDate): string {
  const date = parsePartialDate(value)
  if (!date) throw new Error(`not a partial date: ${value}`)
  const month = date.month ?? 12
  const day = date.day ?? daysInMonth(date.year, month)
  return `${pad4(date.year)}-${pad2(month)}-${pad2(day)}`
}

/** True when a period may be ordered as given: start's first day is not after end's last day. */
export function isOrderedPeriod(start: PartialDate, end: PartialDate): boolean {
  return earliestDay(start) <= latestDay(end)
}

function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

function pad4(value: number): string {
  return String(value).padStart(4, '0')
}
