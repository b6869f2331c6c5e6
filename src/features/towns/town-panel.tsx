import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useDismiss } from '../../shared/use-dismiss'
import { langOfOfficialName, townDisplayName } from '../../domain/town-names'
import { LANGUAGES, type Language, type Town } from '../../domain/town-schema'
import { COUNTRY_COLOURS } from '../../shared/country-palette'
import { languageLabel } from '../../domain/language'
import { DataText } from '../../shared/data-text'
import { ExternalLink } from '../../shared/external-link'

/** "de.wikipedia.org/wiki/Radkersburg" for a source link: short, but says where it leads. */
export function sourceLabel(url: string): string {
  try {
    const parsed = new URL(url)
    return decodeURIComponent(`${parsed.host}${parsed.pathname}`).replace(/\/$/, '')
  } catch {
    return url
  }
}

export interface TownPanelProps {
  town: Town
  onClose: () => void
  /** The town's place in the network (the mayor's view), shown first. */
  children?: ReactNode
}

/**
 * A town at a glance: names in four languages (historical ones marked), population with its year and
 * source, website, country, region, and the notes of the sources (folded: they are long).
 */
export function TownPanel({ town, onClose, children }: TownPanelProps) {
  const { t, i18n } = useTranslation()
  const close = useDismiss(onClose)
  const language = i18n.language as Language
  const name = townDisplayName(town, language)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [town.id])
  const number = new Intl.NumberFormat(language)
  // A name the data marks as historical (Hungarian "Regede" for Bad Radkersburg) is said to be one.
  const historical = (code: Language) => (town.historicalNames ?? []).includes(code)
  return (
    <aside className="town-panel" aria-labelledby="town-panel-title" data-town={town.id}>
      <header>
        <span className="swatch" style={{ background: COUNTRY_COLOURS[town.country] }} aria-hidden="true" />
        <h2 id="town-panel-title" tabIndex={-1} ref={heading}>
          <span lang={langOfOfficialName(town)}>{name.official}</span>
          {name.local !== null && <span className="local" lang={language}> ({name.local})</span>}
        </h2>
        {/* The mayor's one-pager: the app prints the town's profile on one A4 page (its print stylesheet). */}
        <button type="button" className="print-button" onClick={() => window.print()} title={t('print.hint')}>{t('print.button')}</button>
        <button type="button" className="close" onClick={close} aria-label={t('panel.close')}>×</button>
      </header>
      {name.local !== null && historical(language) && (
        <p className="hint historical-note">{t('town.historicalName', { name: name.local })}</p>
      )}
      {children}
      <h3>{t('panel.facts')}</h3>
      <dl>
        <dt>{t('panel.country')}</dt>
        <dd>{t(`country.${town.country}`)}</dd>
        <dt>{t('panel.region')}</dt>
        <dd>{town.region}</dd>
        <dt>{t('panel.population')}</dt>
        <dd>
          {t('panel.populationValue', { value: number.format(town.population.value), year: town.population.year })}{' '}
          <ExternalLink href={town.population.source}>{t('panel.source')}</ExternalLink>
        </dd>
        <dt>{t('panel.website')}</dt>
        <dd>
          {town.website === null ? t('panel.unknown') : <ExternalLink href={town.website}>{new URL(town.website).host}</ExternalLink>}
        </dd>
      </dl>
      <h3>{t('panel.names')}</h3>
      <dl className="names">
        <div className="name-row">
          <dt>{t('panel.official')}</dt>
          <dd lang={langOfOfficialName(town)}>{town.names.official}</dd>
        </div>
        {LANGUAGES.map((code) => (
          <div key={code} className="name-row" data-language={code}>
            <dt>{languageLabel(code, language)}</dt>
            <dd>
              <span lang={code}>{town.names[code]}</span>
              {historical(code) && (
                <span className="badge historical" title={t('town.historicalName', { name: town.names[code] })}>{t('town.historical')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {town.notes && (
        <details className="evidence-notes town-notes">
          <summary>{t('evidence.notes')}</summary>
          <DataText as="p" value={town.notes} />
        </details>
      )}
      <h3>{t('panel.sources')}</h3>
      <ul className="sources">
        {town.sources.map((source) => (
          <li key={source}>
            <ExternalLink href={source}>{sourceLabel(source)}</ExternalLink>
          </li>
        ))}
      </ul>
    </aside>
  )
}
