import { useMemo } from 'react'
import { activitiesOfTown, filterActivities, isWholeNetwork, placelessActivities } from '../domain/activities/activity-filter'
import { activityHistogram, activityYears } from '../domain/activities/activity-histogram'
import { sortActivitiesByDate } from '../domain/activities/activity-order'
import { groupActivitiesByPlace } from '../domain/activities/activity-places'
import type { Dataset } from '../domain/dataset'
import { isFiltered, type NetworkFilter } from '../domain/network/network-filter'

/** The activities of the current filter and what the timeline, the map and the town profile show of them. */
export function useActivities(dataset: Dataset, filter: NetworkFilter, selectedTownId: string | null) {
  const years = useMemo((): [number, number] => activityYears(dataset.activities) ?? [2008, 2024], [dataset])
  const activities = useMemo(() => filterActivities(dataset.activities, filter, dataset.towns), [dataset, filter])
  // The timeline shows the whole time span of the other filters; the brush marks the period within it.
  const timeless = useMemo(
    () => filterActivities(dataset.activities, { ...filter, from: null, to: null }, dataset.towns),
    [dataset, filter],
  )
  const histogram = useMemo(() => activityHistogram(timeless, 'quarter', years), [timeless, years])
  const places = useMemo(() => groupActivitiesByPlace(sortActivitiesByDate(activities)), [activities])
  const wholeNetwork = useMemo(() => activities.filter(isWholeNetwork), [activities])
  // Neither a host nor any town: the map has no place for them; the list and the note count them.
  const placeless = useMemo(() => placelessActivities(activities), [activities])
  // A town's activities include those of all 24 towns (the Forum24 signing is Lendava's too).
  const ofTown = useMemo(
    () => (selectedTownId === null ? [] : sortActivitiesByDate(activitiesOfTown(activities, selectedTownId))),
    [activities, selectedTownId],
  )
  // "In the current filter" is said only when there is one.
  const filtered = isFiltered(filter)
  return { years, activities, histogram, places, wholeNetwork, placeless, ofTown, filtered }
}
