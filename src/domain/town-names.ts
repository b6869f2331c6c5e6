import type { Language, Town } from './town-schema'

export interface TownDisplayName {
  official: string
  /** The town's name in the reader's language, when it differs from the official one. */
  local: string | null
}

export function townDisplayName(town: Pick<Town, 'names'>, language: Language): TownDisplayName {
  const local = town.names[language]
  return { official: town.names.official, local: local === town.names.official ? null : local }
}

/** "Ptuj (Pettau)" for a German reader, "Ptuj" for a Slovene one. */
export function formatTownName(town: Pick<Town, 'names'>, language: Language): string {
  const { official, local } = townDisplayName(town, language)
  return local === null ? official : `${official} (${local})`
}

/** The language an official name is written in, so that screen readers pronounce it right. */
export function langOfOfficialName(town: Pick<Town, 'country'>): Language {
  return town.country === 'AT' ? 'de' : town.country === 'SI' ? 'sl' : 'hu'
}
