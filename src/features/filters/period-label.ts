/** Whole years, whole months, or days: how precisely a period of ISO days is worth writing. */
function precision(from: string | null, to: string | null): 'year' | 'month' | 'day' {
  const lastOfMonth = (day: string) => {
    const date = new Date(`${day}T00:00:00Z`)
    date.setUTCDate(date.getUTCDate() + 1)
    return date.getUTCDate() === 1
  }
  const startsYear = from === null || from.endsWith('-01-01')
  const endsYear = to === null || to.endsWith('-12-31')
  if (startsYear && endsYear) return 'year'
  const startsMonth = from === null || from.endsWith('-01')
  const endsMonth = to === null || lastOfMonth(to)
  return startsMonth && endsMonth ? 'month' : 'day'
}

const OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
}

export interface PeriodLabel {
  /** Both ends ("2017–2019"), only a start ("since March 2019") or only an end. */
  ends: 'both' | 'from' | 'to'
  text: string
}

/**
 * A period of ISO days as people write it in the reader's language: whole years as years ("2017–2019",
 * "2019"), whole months as months ("März–Mai 2019"), otherwise days; an open end is left to the caller's
 * words ("since …", "until …"). Null without either end.
 */
export function periodLabel(from: string | null, to: string | null, locale: string): PeriodLabel | null {
  if (from === null && to === null) return null
  const format = new Intl.DateTimeFormat(locale, OPTIONS[precision(from, to)])
  const date = (day: string) => new Date(`${day}T00:00:00Z`)
  if (from !== null && to !== null) return { ends: 'both', text: format.formatRange(date(from), date(to)) }
  return from !== null ? { ends: 'from', text: format.format(date(from)) } : { ends: 'to', text: format.format(date(to as string)) }
}
