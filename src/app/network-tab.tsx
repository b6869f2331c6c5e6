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
  onHighlightShared: (towns: readonly string[] | null) => void
}

/** Filters, figures and export of the network, side by side in the sidebar. */
export function NetworkTab(props: NetworkTabProps) {
  const { dataset, filterState, names } = props
  const { t, i18n } = useTranslation()
  const projects = dataset.projects.map((project) => ({ id: project.id, label: projectLabel(project) }))
  const titles = new Map<string, string>([
    ...dataset.projects.map((project) => [project.id, projectLabel(project)] as [string, string]),
    ...dataset.activities.map((activity) => [activity.id, readerTitle(activity, i18n.language)] as [string, string]),
  ])
  return (
    <div className="network-tab">
      <NetworkFilters filter={filterState.filter} onChange={(filter) => props.onFilterStateChange({ filter })} projects={projects} />
      <NetworkDashboard
        figures={props.figures}
        shared={props.network.shared}
        sharedLines={filterState.sharedLines}
        onSharedLinesChange={(sharedLines) => props.onFilterStateChange({ sharedLines })}
        onHighlightShared={props.onHighlightShared}
        recordTitle={(record) => titles.get(record.id) ?? record.id}
        townName={names.display}
        countryOf={names.country}
        onSelectTown={props.onSelectTown}
      />
      <h3>{t('export.title')}</h3>
      <ExportMenu graph={props.network.graph} />
    </div>
  )
}
