/** What data:check prints for the broken copies of data/ under tests/fixtures, one line per problem. */
import { readFileSync } from 'node:fs'

export const BROKEN = 'tests/fixtures/broken-data'
export const UNREADABLE = 'tests/fixtures/unreadable-data'

export const BROKEN_DATA_LINES = [
  `${BROKEN}/cities.geojson: record "fehring" field properties.population.year: expected int, received number`,
  // A translation left out: the problem names the field down to its language, and the language in words.
  `${BROKEN}/activities.json: record "egtc-bg-rad-founding-2024-07-01" field description.de: the German text (de) is missing`,
  `${BROKEN}/activities.json: record #2 field id: is missing`,
  `${BROKEN}/links.json: record "bad-radkersburg-gornja-radgona-egtc" field sources[1]: must be an absolute http(s) URL`,
  `${BROKEN}/links.json: record "lendava-murska-sobota-cooperation-agreement" field sources[0]: must be an absolute http(s) URL`,
  `${BROKEN}/links.json: record "bad-radkersburg-gornja-radgona-partner-towns": unknown field "colour"`,
  `${BROKEN}/organisations.json: record "rc-murska-sobota" field id: duplicate id "rc-murska-sobota"`,
  `${BROKEN}/projects.json: record "skupaj" field period.end: "2010-07-01" is before the start "2013-07-31"`,
  `${BROKEN}/activities.json: record "forum24-2019" field towns[2]: unknown town "ptujj" (did you mean "ptuj"?)`,
  `${BROKEN}/links.json: record "bad-radkersburg-gornja-radgona-skupaj" field until: "2009" is before the start "2010-07-01"`,
]

/** This Node's own parser message for the cities.geojson of the unreadable copy (a trailing comma). */
export function parserMessage(): string {
  try {
    JSON.parse(readFileSync(`${UNREADABLE}/cities.geojson`, 'utf8'))
  } catch (error) {
    return (error as Error).message
  }
  throw new Error(`${UNREADABLE}/cities.geojson should not be valid JSON`)
}

/** The one line data:check prints for it: the parser message, its line breaks written as \n. */
export function unreadableLine(): string {
  return `${UNREADABLE}/cities.geojson: not valid JSON: ${parserMessage().replace(/\n/g, '\\n')}`
}
