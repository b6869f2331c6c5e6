import { useTranslation } from 'react-i18next'
import { readerTitle } from '../../domain/activity-title'
import type { Dataset } from '../../domain/dataset'
import type { Network } from '../../domain/network/build-network'
import type { NetworkFigures } from '../../domain/network/network-metrics'
import type { NetworkFilter } from '../../domain/network/network-filter'
import { projectLabel } from '../../domain/project-label'
import type { Country } from '../../domain/town-schema'
import { ExportMenu } from './export-menu'
import { NetworkDashboard } from './network-dashboard'
import { NetworkFilters } from './network-filters'
import type { Language } from '../../domain/localized-text'

export interface NetworkTabProps {
  dataset: Dataset
  filter: NetworkFilter
  onFilterChange: (filter: NetworkFilter) => void
  /** Group ties as lines (`?groups=lines`) instead of stars. */
  groupLines: boolean
  onGroupLinesChange: (groupLines: boolean) => void
  network: Network
  figures: NetworkFigures
  townName: (id: string) => string
  countryOf: (id: string) => Country | undefined
  onSelectTown: (id: string) => void
  /** The towns of a group or network-wide record under the pointer or focus (null: none). */
  onHighlightShared: (towns: readonly string[] | null) => void
}

/** Filters, figures and export of the network, side by side in the sidebar. */
export function NetworkTab(props: NetworkTabProps) {
  const { dataset } = props
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const official = new Map(dataset.towns.map((town) => [town.id, town.names.official]))
  const projects = dataset.projects.map((project) => ({ id: project.id, label: projectLabel(project, language) }))
  // Group and network-wide records are projects and activities.
  const titles = new Map<string, string>([
    ...dataset.projects.map((project) => [`project:${project.id}`, projectLabel(project, language)] as const),
    ...dataset.activities.map((activity) => [`activity:${activity.id}`, readerTitle(activity, language)] as const),
  ])
  return (
    <div className="network-tab">
      <NetworkFilters filter={props.filter} onChange={props.onFilterChange} projects={projects} />
      <NetworkDashboard
        figures={props.figures}
        groups={props.network.groups}
        networkWide={props.network.networkWide}
        groupLines={props.groupLines}
        onGroupLinesChange={props.onGroupLinesChange}
        onHighlightTowns={props.onHighlightShared}
        recordTitle={(record) => titles.get(`${record.type}:${record.id}`) ?? record.id}
        townName={props.townName}
        officialName={(id) => official.get(id) ?? id}
        countryOf={props.countryOf}
        onSelectTown={props.onSelectTown}
      />
      <h3>{t('export.title')}</h3>
      <ExportMenu network={props.network} />
    </div>
  )
}
