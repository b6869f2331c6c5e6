import { useTranslation } from 'react-i18next'
import { Marker } from 'react-map-gl/maplibre'
import { activityCategory } from '../../domain/activities/activity-categories'
import type { PlaceGroup } from '../../domain/activities/activity-places'
import type { Town } from '../../domain/town-schema'
import { ActivityMark } from '../../shared/activity-mark'

export interface ActivityMarkersProps {
  groups: readonly PlaceGroup[]
  towns: ReadonlyMap<string, Town>
  /** Pixel radius of each town's circle, so the marks sit just below it. */
  radius: (town: string) => number
  selectedActivityId: string | null
  onSelectActivity: (id: string) => void
  title: (activityId: string) => string
}

/**
 * Activities at their towns: one small mark per activity, side by side under the town's circle, so that
 * none hides another. Each mark is a button (keyboard and screen readers reach every activity).
 */
export function ActivityMarkers({ groups, towns, radius, selectedActivityId, onSelectActivity, title }: ActivityMarkersProps) {
  const { t } = useTranslation()
  return groups.map((group) => {
    const town = towns.get(group.town)
    if (!town) return null
    return (
      <Marker key={group.town} longitude={town.lon} latitude={town.lat} anchor="top" offset={[0, radius(group.town) + 2]}>
        <div className="activity-marks" role="group" aria-label={t('activities.at', { town: town.names.official })} data-place={group.town}>
          {group.activities.map((activity) => (
            <button
              key={activity.id}
              type="button"
              className="activity-mark-button"
              aria-pressed={activity.id === selectedActivityId}
              title={title(activity.id)}
              aria-label={title(activity.id)}
              data-activity={activity.id}
              onClick={(event) => {
                event.stopPropagation()
                onSelectActivity(activity.id)
              }}
            >
              <ActivityMark category={activityCategory(activity.kind)} />
            </button>
          ))}
        </div>
      </Marker>
    )
  })
}
