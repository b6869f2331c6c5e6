import type { NetworkFilter } from '../network/network-filter'
import { formatPartialDate } from '../partial-date-format'
import type { TitledView } from '../view-title'
import type { Country } from '../town-schema'
import type { EdgeKind } from '../network/evidence'

/** The words a filter is described with, in the reader's language. */
export interface FilterWords {
  country: (country: Country) => string
  kind: (kind: EdgeKind) => string
  project: (id: string) => string
  /** "since {{date}}" and "until {{date}}" for a period with one open end. */
  since: (date: string) => string
  until: (date: string) => string
  /** What an unfiltered view shows: "All records". */
  all: string
}

/**
 * The filter in one line, for a picture's caption or a printed page: "Slovenia, Hungary · Joint project ·
 * 1 January 2017 – 31 December 2019"; the words for all records when nothing is narrowed.
 */
export function filterSummary(filter: NetworkFilter, words: FilterWords, locale: string): string {
  const date = (day: string) => formatPartialDate(day, locale)
  const period = filter.from !== null && filter.to !== null
    ? `${date(filter.from)} – ${date(filter.to)}`
    : filter.from !== null ? words.since(date(filter.from)) : filter.to !== null ? words.until(date(filter.to)) : null
  const parts = [
    filter.countries?.map(words.country).join(', '),
    filter.kinds?.map(words.kind).join(', '),
    filter.project === null ? undefined : words.project(filter.project),
    period,
  ].filter((part): part is string => typeof part === 'string' && part !== '')
  return parts.length === 0 ? words.all : parts.join(' · ')
}

/** Ids, tab names and country codes as they go into a file name: lower case, letters, digits and dashes. */
function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}

/**
 * The base of a download's file name: "24-cities-" and what the view shows (the open activity, town,
 * project or tab, else "map"), with the countries of a country filter: "24-cities-ptuj",
 * "24-cities-network-si-hu".
 */
export function exportBaseName(view: TitledView & { filter: Pick<NetworkFilter, 'countries'> }): string {
  const subject = view.activity ?? view.town ?? view.filter.project ?? (view.tab === null || view.tab === 'towns' ? 'map' : view.tab)
  return ['24-cities', slug(subject), ...(view.filter.countries ?? []).map(slug)].filter((part) => part !== '').join('-')
}
