import { intlLocale } from './language'
import { parsePartialDate, type PartialDate } from './partial-date'

/**
 * "2019", "September 2019" or "7 March 2019" in the reader's language; never a day the source lacks.
 * A year alone is its digits in every language (Hungarian "2017 óta", not "2017. óta").
 */
export function formatPartialDate(value: PartialDate, locale: string): string {
  const date = parsePartialDate(value)
  if (!date) return value
  if (date.precision === 'year') return String(date.year)
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1))
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'month'
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(utc)
}

/** A period as people write it: "2008 – 2013", "since 1967" is left to the caller's words. */
export function formatPeriod(start: PartialDate | null, end: PartialDate | null, locale: string): string | null {
  if (start === null) return null
  if (end === null || end === start) return formatPartialDate(start, locale)
  return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`
}
