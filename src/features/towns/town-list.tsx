import { useTranslation } from 'react-i18next'
import { groupTownsByCountry } from '../../domain/town-order'
import { langOfOfficialName, townDisplayName } from '../../domain/town-names'
import type { Language, Town } from '../../domain/town-schema'
import { COUNTRY_COLOURS } from '../../shared/country-palette'

export interface TownListProps {
  towns: readonly Town[]
  selectedTownId: string | null
  onSelectTown: (townId: string) => void
}

/** The 24 towns by country, as buttons: everything on the map, reachable by keyboard. */
export function TownList({ towns, selectedTownId, onSelectTown }: TownListProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  return (
    <nav className="town-list" id="town-list" aria-labelledby="town-list-title">
      <h2 id="town-list-title">
        {t('towns.heading')} <span className="count">{towns.length}</span>
      </h2>
      {groupTownsByCountry(towns, language).map((group) => (
        <section key={group.country} aria-labelledby={`towns-${group.country}`}>
          <h3 id={`towns-${group.country}`}>
            <span className="swatch" style={{ background: COUNTRY_COLOURS[group.country] }} aria-hidden="true" />
            {t(`country.${group.country}`)} <span className="count">{group.towns.length}</span>
          </h3>
          <ul>
            {group.towns.map((town) => {
              const name = townDisplayName(town, language)
              return (
                <li key={town.id}>
                  <button
                    type="button"
                    className="town-button"
                    data-town={town.id}
                    aria-pressed={town.id === selectedTownId}
                    onClick={() => onSelectTown(town.id)}
                  >
                    <span className="official" lang={langOfOfficialName(town)}>{name.official}</span>
                    {name.local !== null && <span className="local" lang={language}> ({name.local})</span>}
                  </button>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </nav>
  )
}
