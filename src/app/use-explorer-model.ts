import { useMemo } from 'react'
import { playbackBounds } from '../domain/activities/playback'
import type { Dataset } from '../domain/dataset'
import { emphasisedTowns, tiedTowns } from '../domain/emphasis'
import { withKnownProject } from '../domain/network/network-filter'
import type { View } from '../url-state/view-url'
import { useActivities } from './use-activities'
import { useNames } from './use-names'
import { useNetwork } from './use-network'

/**
 * What the explorer shows for a view, each part computed by domain functions once per change: the
 * filter as the data can apply it, the selection, the network and its figures, the mayor's view, the
 * activities, the open tab and what the map emphasises.
 */
export function useExplorerModel(dataset: Dataset, view: View, highlighted: readonly string[] | null) {
  // Each address parses to a new filter object (a pan of the map writes the camera): the network is built
  // again only when the filter's content changes.
  const filterKey = JSON.stringify(view.filter)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => withKnownProject(view.filter, dataset.projects), [filterKey, dataset.projects])
  const selected = dataset.towns.find((town) => town.id === view.town) ?? null
  const activity = dataset.activities.find((candidate) => candidate.id === view.activity) ?? null
  const tab = view.tab ?? (view.activity !== null ? 'activities' : 'towns')
  // Betweenness and communities are shown in the Network tab alone: computed only while it is open.
  const network = useNetwork(dataset, filter, view.groupLines, selected?.id ?? null, tab === 'network')
  const activities = useActivities(dataset, filter, selected?.id ?? null)
  const names = useNames(dataset.towns)
  const countryTowns = useMemo(
    () => (filter.countries === null ? null : dataset.towns.filter((town) => filter.countries?.includes(town.country)).map((town) => town.id)),
    [dataset, filter.countries],
  )
  const { profile } = network
  return {
    filter,
    selected,
    activity,
    ...network,
    activities,
    names,
    /** The tab of the URL, or the Activities tab for an open activity, the Towns tab otherwise. */
    tab,
    tiedTowns: useMemo(() => tiedTowns(profile), [profile]),
    emphasised: emphasisedTowns({ profile, activity, highlighted, countryTowns }),
    playback: playbackBounds(filter.from, activities.years),
  }
}
