import type { Activity } from '../activity-schema'
import { activityPlaces } from './activity-filter'

export interface PlaceGroup {
  town: string
  activities: Activity[]
}

/** Activities grouped by the town where the map shows them, each group in date order as given. */
export function groupActivitiesByPlace(activities: readonly Activity[]): PlaceGroup[] {
  const groups = new Map<string, Activity[]>()
  for (const activity of activities) {
    for (const town of activityPlaces(activity)) {
      const list = groups.get(town)
      if (list) list.push(activity)
      else groups.set(town, [activity])
    }
  }
  return [...groups].map(([town, list]) => ({ town, activities: list }))
}
