import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { activitiesOfTown, filterActivities } from '../domain/activities/activity-filter'
import { sortActivitiesByDate } from '../domain/activities/activity-order'
import { tiedTowns } from '../domain/emphasis'
import { isFiltered, withKnownProject } from '../domain/network/network-filter'
import { formatTownName } from '../domain/town-names'
import type { Language } from '../domain/town-schema'
import { PrintProfile } from '../features/export/print-profile'
import { useFilterText } from '../features/export/use-picture-texts'
import { PrintMap } from '../features/map/print-map'
import { useNames } from './use-names'
import { useNetwork } from './use-network'

import type { PrintTownProps } from './print-town'

/**
 * The profile from the same domain functions as the town panel: the network of the view's filter with
 * group records as stars, the town's activities, and a map of its ties drawn as SVG.
 */
export function PrintedTown({ dataset, view, address }: PrintTownProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const filterKey = JSON.stringify(view.filter)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => withKnownProject(view.filter, dataset.projects), [filterKey, dataset.projects])
  const town = dataset.towns.find((candidate) => candidate.id === view.town) ?? null
  const { profile, links, groupFeatures } = useNetwork(dataset, filter, false, town?.id ?? null)
  const names = useNames(dataset.towns)
  const activities = useMemo(
    () => (town === null ? [] : sortActivitiesByDate(activitiesOfTown(filterActivities(dataset.activities, filter, dataset.towns), town.id))),
    [dataset, filter, town],
  )
  const ties = useMemo(() => tiedTowns(profile), [profile])
  const filterText = useFilterText(filter, dataset.projects)
  if (town === null || profile === null) return null
  return (
    <PrintProfile
      town={town}
      profile={profile}
      activities={activities}
      townName={names.display}
      filter={isFiltered(filter) ? filterText : null}
      address={address}
      contentKey={`${town.id}|${filterKey}`}
      map={<PrintMap towns={dataset.towns} links={links} groups={groupFeatures} tiedTowns={ties} townId={town.id} label={t('print.mapLabel', { town: formatTownName(town, language) })} />}
    />
  )
}
