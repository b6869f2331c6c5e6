import { useTranslation } from 'react-i18next'
import { isWholeNetwork } from '../../domain/activities/activity-filter'
import type { Activity } from '../../domain/activity-schema'
import { formatPeriod } from '../../domain/partial-date-format'
import { readerTitle } from '../../domain/activity-title'
import type { Language } from '../../domain/localized-text'

export interface TownActivitiesProps {
  /** The town's activities, in date order, with those of all 24 towns. */
  activities: readonly Activity[]
  /** True when a filter is set: then, and only then, the list says it is of the current filter. */
  filtered: boolean
  onSelectActivity: (id: string) => void
}

/** The activities a town took part in or hosted, and those of all 24 towns (marked so), by date. */
export function TownActivities({ activities, filtered, onSelectActivity }: TownActivitiesProps) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="town-activities-title">
      <h3 id="town-activities-title">{t(filtered ? 'activities.count' : 'activities.ofTown', { count: activities.length })}</h3>
      {activities.length === 0 ? (
        <p className="hint">{t(filtered ? 'activities.noneForTown' : 'activities.noneForTownAtAll')}</p>
      ) : (
        <ol className="town-activities">
          {activities.map((activity) => (
            <li key={activity.id} data-activity={activity.id}>
              <span className="date">{formatPeriod(activity.start, activity.end, i18n.language) ?? t('activities.undated')}</span>
              <button type="button" className="link-button" onClick={() => onSelectActivity(activity.id)}>
                {readerTitle(activity, i18n.language as Language)}
              </button>
              {isWholeNetwork(activity) && <span className="badge whole-network">{t('activities.wholeNetwork')}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
