import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { activityCategory } from '../../domain/activities/activity-categories'
import { activityPlaces, isWholeNetwork } from '../../domain/activities/activity-filter'
import { sortActivitiesByDate, type SortDirection } from '../../domain/activities/activity-order'
import type { Activity } from '../../domain/activity-schema'
import { formatPeriod } from '../../domain/partial-date-format'
import { ActivityMark } from '../../shared/activity-mark'
import { readerTitle } from '../../domain/activity-title'
import type { Language } from '../../domain/localized-text'

export interface ActivityListProps {
  activities: readonly Activity[]
  townName: (id: string) => string
  selectedActivityId: string | null
  onSelectActivity: (id: string) => void
}

/** The activities of the current filter as a table, sortable by date. */
export function ActivityList({ activities, townName, selectedActivityId, onSelectActivity }: ActivityListProps) {
  const { t, i18n } = useTranslation()
  const [direction, setDirection] = useState<SortDirection>('ascending')
  const sorted = sortActivitiesByDate(activities, direction)
  return (
    <table className="activity-list">
      <caption>{t('activities.count', { count: activities.length })}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={direction}>
            <button type="button" className="sort" onClick={() => setDirection(direction === 'ascending' ? 'descending' : 'ascending')}>
              {t('activities.date')} <span aria-hidden="true">{direction === 'ascending' ? '↑' : '↓'}</span>
            </button>
          </th>
          <th scope="col">{t('activities.activity')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((activity) => {
          const places = activityPlaces(activity)
          return (
            <tr key={activity.id} data-activity={activity.id} aria-current={activity.id === selectedActivityId || undefined}>
              <td className="date">{formatPeriod(activity.start, activity.end, i18n.language) ?? t('activities.undated')}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onSelectActivity(activity.id)}>
                  <ActivityMark category={activityCategory(activity.kind)} /> {readerTitle(activity, i18n.language as Language)}
                </button>
                <span className="where">
                  {isWholeNetwork(activity) ? t('activities.wholeNetwork') : places.map(townName).join(', ')}
                </span>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
