import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useDismiss } from '../../shared/use-dismiss'
import { activityCategory } from '../../domain/activities/activity-categories'
import { isWholeNetwork } from '../../domain/activities/activity-filter'
import type { Activity } from '../../domain/activity-schema'
import { formatPeriod } from '../../domain/partial-date-format'
import { ActivityMark } from '../../shared/activity-mark'
import { ExternalLink } from '../../shared/external-link'
import { DataText, useDataText } from '../../shared/data-text'

export interface ActivityCardProps {
  activity: Activity
  townName: (id: string) => string
  projectName: (id: string) => string
  onSelectTown: (id: string) => void
  onSelectProject: (id: string) => void
  onClose: () => void
}

/**
 * One activity: title in the reader's language (a translation marked, its original one click away), dates, kind, towns, project, how
 * sure the sources are (medium or low confidence, an inferred date, outside City Cooperation), the
 * description, the notes of the sources (folded) and the sources.
 */
export function ActivityCard({ activity, townName, projectName, onSelectTown, onSelectProject, onClose }: ActivityCardProps) {
  const { t, i18n } = useTranslation()
  const close = useDismiss(onClose)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [activity.id])
  const period = formatPeriod(activity.start, activity.end, i18n.language)
  const title = useDataText(activity.title)
  const towns = isWholeNetwork(activity) ? [] : activity.towns
  // What makes the record less than certain, or not City Cooperation: said beside it.
  const marks = [
    activity.confidence === 'high' ? null : ['confidence', t(`evidence.confidence.${activity.confidence}`)],
    activity.dateInferred === true ? ['inferred', t('evidence.dateInferred')] : null,
    activity.cityCooperation === false ? ['outside', t('evidence.notActivity')] : null,
  ].filter((mark) => mark !== null)
  return (
    <aside className="town-panel activity-card" aria-labelledby="activity-card-title" data-activity={activity.id}>
      <header>
        <ActivityMark category={activityCategory(activity.kind)} size={14} />
        <h2 id="activity-card-title" tabIndex={-1} ref={heading} lang={title.lang}>{title.words}</h2>
        <button type="button" className="close" onClick={close} aria-label={t('panel.close')}>×</button>
      </header>
      {title.mark && <p className="translation">{title.mark}</p>}
      <dl>
        <dt>{t('activities.date')}</dt>
        <dd>{period ?? t('activities.undated')}</dd>
        <dt>{t('activities.kind')}</dt>
        <dd>{t(`activityKind.${activity.kind}`)}</dd>
        {activity.hostTown !== null && (
          <>
            <dt>{t('activities.host')}</dt>
            <dd><button type="button" className="link-button" onClick={() => onSelectTown(activity.hostTown as string)}>{townName(activity.hostTown)}</button></dd>
          </>
        )}
        <dt>{t('activities.towns')}</dt>
        <dd>
          {isWholeNetwork(activity) ? (
            <span className="badge">{t('activities.wholeNetwork')}</span>
          ) : towns.length === 0 ? (
            t('panel.unknown')
          ) : (
            <ul className="inline-list">
              {towns.map((town) => (
                <li key={town}><button type="button" className="link-button" onClick={() => onSelectTown(town)}>{townName(town)}</button></li>
              ))}
            </ul>
          )}
        </dd>
        {activity.project !== null && (
          <>
            <dt>{t('activities.project')}</dt>
            <dd><button type="button" className="link-button" onClick={() => onSelectProject(activity.project as string)}>{projectName(activity.project)}</button></dd>
          </>
        )}
      </dl>
      {marks.length > 0 && (
        <p className="evidence-marks">
          {marks.map(([name, text]) => <span key={name} className={`badge mark-${name}`} data-mark={name}>{text}</span>)}
        </p>
      )}
      {activity.description && <div className="description"><DataText as="p" value={activity.description} /></div>}
      {activity.notes && (
        <details className="evidence-notes">
          <summary>{t('evidence.notes')}</summary>
          <DataText as="p" value={activity.notes} />
        </details>
      )}
      <h3>{t('panel.sources')}</h3>
      <ul className="sources">
        {activity.sources.map((source) => (
          <li key={source}><ExternalLink href={source}>{source.replace(/^https?:\/\//, '')}</ExternalLink></li>
        ))}
      </ul>
    </aside>
  )
}
