import { useTranslation } from 'react-i18next'
import type { Activity } from '../../domain/activity-schema'
import { ActivityList } from './activity-list'

export interface ActivitiesTabProps {
  activities: readonly Activity[]
  wholeNetwork: number
  townName: (id: string) => string
  selectedActivityId: string | null
  onSelectActivity: (id: string) => void
}

/** The activities of the current filter, as a table sortable by date. */
export function ActivitiesTab(props: ActivitiesTabProps) {
  const { t } = useTranslation()
  return (
    <div className="activities-tab">
      <ActivityList
        activities={props.activities}
        townName={props.townName}
        selectedActivityId={props.selectedActivityId}
        onSelectActivity={props.onSelectActivity}
      />
      {props.wholeNetwork > 0 && <p className="hint">{t('activities.intro', { count: props.wholeNetwork })}</p>}
    </div>
  )
}
