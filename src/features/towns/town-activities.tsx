import { useTranslation } from 'react-i18next'
import type { Activity } from '../../domain/activity-schema'
import { formatPeriod } from '../../domain/partial-date-format'
import { readerTitle } from '../../domain/activity-title'

export interface TownActivitiesProps {
  /** The town's activities, in date order. */
  activities: readonly Activity[]
  onSelectActivity: (id: string) => void
}

/** The activities a town took part in or hosted, by date. */
export function TownActivities({ activities, onSelectActivity }: TownActivitiesProps) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="town-activities-title">
      <h3 id="town-activities-title">{t('activities.ofTown', { count: activities.length })}</h3>
      {activities.length === 0 ? (
        <p className="hint">{t('activities.noneForTown')}</p>
      ) : (
        <ol className="town-activities">
          {activities.map((activity) => (
            <li key={activity.id} data-activity={activity.id}>
              <span className="date">{formatPeriod(activity.start, activity.end, i18n.language) ?? t('activities.undated')}</span>
              <button type="button" className="link-button" onClick={() => onSelectActivity(activity.id)}>
                {readerTitle(activity, i18n.language)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
