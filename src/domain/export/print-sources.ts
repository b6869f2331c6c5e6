import type { Activity } from '../activity-schema'
import type { TownProfile } from '../network/town-profile'
import type { Town } from '../town-schema'

/**
 * The sources of a town's printed profile, each address once, in the order the page uses them: the town's
 * record and its population count, then the records of its direct partners, its groups, its projects and
 * its activities.
 */
export function printSources(
  town: Pick<Town, 'sources' | 'population'>,
  profile: Pick<TownProfile, 'direct' | 'groups' | 'projects'>,
  activities: readonly Pick<Activity, 'sources'>[],
): string[] {
  return [...new Set([
    ...town.sources,
    town.population.source,
    ...profile.direct.flatMap((partner) => partner.records.flatMap((record) => record.sources)),
    ...profile.groups.flatMap((group) => group.record.sources),
    ...profile.projects.flatMap((entry) => entry.project.sources),
    ...activities.flatMap((activity) => activity.sources),
  ])]
}

/** An address as a reader types it: escaped letters shown as letters ("…/wiki/Fürstenfeld"), the address kept when it cannot be read so. */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}
