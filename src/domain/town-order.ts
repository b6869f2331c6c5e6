import { COUNTRIES, type Country, type Town } from './town-schema'

export interface CountryGroup {
  country: Country
  towns: Town[]
}

/** Towns grouped by country (AT, SI, HU), each group in the alphabetical order of official names. */
export function groupTownsByCountry(towns: readonly Town[], locale = 'en'): CountryGroup[] {
  const collator = new Intl.Collator(locale)
  return COUNTRIES.map((country) => ({
    country,
    towns: towns
      .filter((town) => town.country === country)
      .sort((a, b) => collator.compare(a.names.official, b.names.official)),
  })).filter((group) => group.towns.length > 0)
}
