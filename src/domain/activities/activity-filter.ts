import { ALL_TOWNS, type Activity } from '../activity-schema'
import type { NetworkFilter } from '../network/network-filter'
import { overlapsPeriod } from '../network/network-filter'
import type { Country, Town } from '../town-schema'

/** True when the source says all towns took part. */
export function isWholeNetwork(activity: Pick<Activity, 'towns'>): boolean {
  return activity.towns.includes(ALL_TOWNS)
}

/**
 * Where an activity is shown on the map: at its host town, else at each town involved.
 * Whole-network activities have no place of their own (they are marked as such instead).
 */
export function activityPlaces(activity: Pick<Activity, 'hostTown' | 'towns'>): string[] {
  if (activity.hostTown !== null) return [activity.hostTown]
  if (isWholeNetwork(activity)) return []
  return [...new Set(activity.towns)]
}

/** The span an activity covers, as evidence for the period filter (a link-like open end is not assumed). */
export function activityInPeriod(activity: Pick<Activity, 'start' | 'end'>, from: string | null, to: string | null): boolean {
  return overlapsPeriod({ type: 'activity', start: activity.start, end: activity.end ?? activity.start }, from, to)
}

/**
 * The activities of the current filter: in the period (multi-day ones count when any of their days is in
 * it), of the project, and involving a town of the chosen countries (whole-network ones always do).
 * With joint activities left out of the kinds of link, there are none.
 */
export function filterActivities(activities: readonly Activity[], filter: NetworkFilter, towns: readonly Town[]): Activity[] {
  if (filter.kinds !== null && !filter.kinds.includes('activity')) return []
  const countryOf = new Map<string, Country>(towns.map((town) => [town.id, town.country]))
  const countries = filter.countries
  return activities.filter(
    (activity) =>
      activityInPeriod(activity, filter.from, filter.to) &&
      (filter.project === null || activity.project === filter.project) &&
      (countries === null ||
        isWholeNetwork(activity) ||
        [...activity.towns, activity.hostTown].some((town) => town !== null && countries.includes(countryOf.get(town) as Country))),
  )
}

/** Activities the map cannot place: neither whole-network, nor with a host or any town. */
export function placelessActivities(activities: readonly Activity[]): Activity[] {
  return activities.filter((activity) => !isWholeNetwork(activity) && activityPlaces(activity).length === 0)
}

/** The activities a town hosted or took part in, including those of all 24 towns ("all-24"). */
export function activitiesOfTown(activities: readonly Activity[], town: string): Activity[] {
  return activities.filter((activity) => activity.hostTown === town || activity.towns.includes(town) || isWholeNetwork(activity))
}
