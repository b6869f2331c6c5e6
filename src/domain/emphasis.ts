import { activityPlaces, isWholeNetwork } from './activities/activity-filter'
import type { Activity } from './activity-schema'
import type { TownProfile } from './network/town-profile'

export interface EmphasisInput {
  profile: Pick<TownProfile, 'town' | 'direct' | 'groups'> | null
  activity: Activity | null
  /** The towns of a record the reader points at in a list (a group or network-wide record). */
  highlighted: readonly string[] | null
  /** The towns of the filter's countries, when a country filter is set; null without one. */
  countryTowns: readonly string[] | null
}

/** The towns a selected town shares direct or group ties with (network-wide records would light every town). */
export function tiedTowns(profile: Pick<TownProfile, 'direct' | 'groups'> | null): string[] {
  if (profile === null) return []
  return [...new Set([...profile.direct.map((partner) => partner.town), ...profile.groups.flatMap((group) => group.towns)])]
}

/**
 * The towns the map shows at full strength, the others fading; null: all. In order of precedence: the
 * selected town with its direct and group partners, the open activity's towns (not one of all 24 towns),
 * the towns of a record pointed at, or the towns of a country filter.
 */
export function emphasisedTowns({ profile, activity, highlighted, countryTowns }: EmphasisInput): readonly string[] | null {
  if (profile !== null) return [profile.town, ...tiedTowns(profile).filter((town) => town !== profile.town)]
  if (activity !== null && !isWholeNetwork(activity)) return [...new Set([...activity.towns, ...activityPlaces(activity)])]
  return highlighted === null ? countryTowns : [...highlighted]
}
