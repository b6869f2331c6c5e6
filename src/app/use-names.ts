import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTownName } from '../domain/town-names'
import type { Country, Language, Town } from '../domain/town-schema'

export interface Names {
  /** "Ptuj (Pettau)" for a German reader: the official name and the reader's where it differs. */
  display: (id: string) => string
  country: (id: string) => Country | undefined
}

export function useNames(towns: readonly Town[]): Names {
  const { i18n } = useTranslation()
  const language = i18n.language as Language
  return useMemo(() => {
    const byId = new Map(towns.map((town) => [town.id, town]))
    return {
      display: (id: string) => {
        const town = byId.get(id)
        return town ? formatTownName(town, language) : id
      },
      country: (id: string) => byId.get(id)?.country,
    }
  }, [towns, language])
}
