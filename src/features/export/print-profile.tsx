import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Activity } from '../../domain/activity-schema'
import { intlLocale } from '../../domain/language'
import { textIn } from '../../domain/localized-text'
import type { EvidenceDetail } from '../../domain/network/evidence-details'
import type { TownProfile } from '../../domain/network/town-profile'
import { formatPartialDate, formatPeriod } from '../../domain/partial-date-format'
import { projectLabel } from '../../domain/project-label'
import { langOfOfficialName, townDisplayName } from '../../domain/town-names'
import type { Language, Town } from '../../domain/town-schema'
import { ExternalLink } from '../../shared/external-link'
import { useFitPage } from './use-fit-page'
import { printSources, readableUrl } from '../../domain/export/print-sources'

export interface PrintProfileProps {
  town: Town
  profile: TownProfile
  /** The town's activities in the filter, oldest first (those of all 24 towns included). */
  activities: readonly Activity[]
  townName: (id: string) => string
  /** The filter in words, or null when nothing is narrowed. */
  filter: string | null
  /** The address of this view, written out at the foot of the page. */
  address: string
  /** The map of the town's ties (an SVG: a WebGL canvas prints badly). */
  map: ReactNode
  /** Changes whenever what the page holds changes (it is fitted to one page again). */
  contentKey: string
}

/**
 * The mayor's one-pager: the town's profile as one A4 page in the reader's language, shown only in print
 * (app.css hides the rest of the page there): name and country, a map of its ties, its standing, direct
 * partners, groups, activities, and the sources with their addresses written out, with the date.
 */
export function PrintProfile({ town, profile, activities, townName, filter, address, map, contentKey }: PrintProfileProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const root = useRef<HTMLElement>(null)
  useFitPage(root, `${contentKey}|${language}`)
  const name = townDisplayName(town, language)
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  const today = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(new Date())
  const when = (record: Pick<EvidenceDetail, 'type' | 'start' | 'end'>) =>
    record.start !== null && record.end === null && record.type === 'link'
      ? t('evidence.since', { date: formatPartialDate(record.start, language) })
      : formatPeriod(record.start, record.end, language) ?? t('evidence.undated')
  const title = (record: EvidenceDetail) => (record.title === null ? t(`kind.${record.kind}`) : textIn(record.title, language))
  const rank = profile.rank === null ? '–' : t('profile.rankValue', { count: profile.rank, of: profile.of, ordinal: true })
  return (
    <article className="print-profile" ref={root} data-town={town.id} aria-labelledby="print-profile-title">
      <header className="print-head">
        <div>
          <h1 id="print-profile-title">
            <span lang={langOfOfficialName(town)}>{name.official}</span>
            {name.local !== null && <span className="local"> ({name.local})</span>}
          </h1>
          <p>
            {t(`country.${town.country}`)} · {town.region} · {t('panel.population')}{' '}
            {t('panel.populationValue', { value: number.format(town.population.value), year: town.population.year })}
          </p>
        </div>
        <p className="print-meta">
          {t('app.title')}
          <br />
          {t('print.date', { date: today })}
        </p>
      </header>
      {filter !== null && <p className="print-filter">{t('print.filter', { filter })}</p>}
      <figure className="print-figure">{map}</figure>
      <dl className="print-standing">
        <div><dt>{t('profile.strength')}</dt><dd>{t('profile.strengthValue', { count: profile.strength, value: number.format(profile.strength) })}</dd></div>
        <div><dt>{t('profile.rank')}</dt><dd>{rank}</dd></div>
        <div><dt>{t('profile.memberSince')}</dt><dd>{profile.memberSince ?? '–'}</dd></div>
      </dl>
      <div className="print-columns">
        <section>
          <h2>{t('profile.direct', { count: profile.direct.length })}</h2>
          {profile.direct.length === 0 ? <p>{t('profile.noDirect')}</p> : (
            <ul>
              {profile.direct.map((partner) => (
                <li key={partner.town}>
                  <strong>{townName(partner.town)}</strong>: {partner.records.map((record) => `${title(record)} (${when(record)})`).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>{t('profile.groups', { count: profile.groups.length })}</h2>
          {profile.groups.length === 0 ? <p>{t('profile.noGroups')}</p> : (
            <ul>
              {profile.groups.map(({ record, towns }) => (
                <li key={record.id}>
                  <strong>{title(record)}</strong> ({when(record)}): {towns.map(townName).join(', ')}
                </li>
              ))}
            </ul>
          )}
          {profile.networkWide.length > 0 && <p>{t('profile.networkWide', { count: profile.networkWide.length })}</p>}
          {profile.projects.length > 0 && (
            <p>{t('profile.projects')}: {profile.projects.map(({ project }) => projectLabel(project, language)).join('; ')}</p>
          )}
        </section>
      </div>
      <section>
        <h2>{t('activities.ofTown', { count: activities.length })}</h2>
        {activities.length === 0 ? <p>{t('activities.noneForTown')}</p> : (
          <ul className="print-activities">
            {activities.map((activity) => (
              <li key={activity.id}>
                {activity.start === null ? t('activities.undated') : formatPartialDate(activity.start, language)}: {textIn(activity.title, language)}{' '}
                ({t(`activityKind.${activity.kind}`)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('panel.sources')}</h2>
        <ol className="print-sources">
          {printSources(town, profile, activities).map((url) => (
            <li key={url}><ExternalLink href={url}>{readableUrl(url)}</ExternalLink></li>
          ))}
        </ol>
      </section>
      <footer className="print-foot">{t('print.online', { address })}</footer>
    </article>
  )
}
