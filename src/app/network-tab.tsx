import { useTranslation } from 'react-i18next'
import type { Dataset } from '../domain/dataset'
import type { Network } from '../domain/network/build-network'
import type { NetworkFigures } from '../domain/network/network-metrics'
import { projectLabel } from '../domain/project-label'
import { ExportMenu } from '../features/network/export-menu'
import { NetworkDashboard } from '../features/network/network-dashboard'
import { NetworkFilters } from '../features/network/network-filters'
import type { FilterState } from '../url-state/filter-params'
import type { Names } from './use-names'
import { readerTitle } from '../domain/activity-title'

export interface NetworkTabProps {
  dataset: Dataset
  filterState: FilterState
  onFilterStateChange: (change: Partial<FilterState>) => void
  network: Network
  figures: NetworkFigures
  names: Names
  onSelectTown: (id: string) => void
  /** The towns of a group or network-wide record under the pointer or focus (null: none). */
  onHighlightShared: (towns: readonly string[] | null) => void
}

/** Filters, figures and export of the network, side by side in the sidebar. */
export function NetworkTab(props: NetworkTabProps) {
  const { dataset, filterState, names } = props
  const { t, i18n } = useTranslation()
  const official = new Map(dataset.towns.map((town) => [town.id, town.names.official]))
  const projects = dataset.projects.map((project) => ({ id: project.id, label: projectLabel(project) }))
  // Group and network-wide records are projects and activities.
  const titles = new Map<string, string>([
    ...dataset.projects.map((project) => [`project:${project.id}`, projectLabel(project)] as const),
    ...dataset.activities.map((activity) => [`activity:${activity.id}`, readerTitle(activity, i18n.language)] as const),
  ])
  return (
    <div className="network-tab">
      <NetworkFilters filter={filterState.filter} onChange={(filter) => props.onFilterStateChange({ filter })} projects={projects} />
      <NetworkDashboard
        figures={props.figures}
        groups={props.network.groups}
        networkWide={props.network.networkWide}
        groupLines={filterState.groupLines}
        onGroupLinesChange={(groupLines) => props.onFilterStateChange({ groupLines })}
        onHighlightTowns={props.onHighlightShared}
        recordTitle={(record) => titles.get(`${record.type}:${record.id}`) ?? record.id}
        townName={names.display}
        officialName={(id) => official.get(id) ?? id}
        countryOf={names.country}
        onSelectTown={props.onSelectTown}
      />
      <h3>{t('export.title')}</h3>
      <ExportMenu network={props.network} />
    </div>
  )
}
