import { useMemo } from 'react'
import type { Dataset } from '../domain/dataset'
import { ActivitiesTab } from '../features/activities/activities-tab'
import { ActivityCard } from '../features/activities/activity-card'
import { MapLegend } from '../features/map/map-legend'
import { EvidenceList } from '../features/network/link-evidence'
import { NetworkTab } from '../features/network/network-tab'
import { ProjectsPanel } from '../features/projects/projects-panel'
import { TownActivities } from '../features/towns/town-activities'
import { TownList } from '../features/towns/town-list'
import { TownNetwork } from '../features/towns/town-network'
import { TownPanel } from '../features/towns/town-panel'
import type { ViewStore } from '../url-state/view-store'
import type { View } from '../url-state/view-url'
import type { ExplorerActions } from './explorer'
import { SidebarTabs } from './sidebar-tabs'
import type { useExplorerModel } from './use-explorer-model'

export interface ExplorerSideProps {
  dataset: Dataset
  view: View
  model: ReturnType<typeof useExplorerModel>
  actions: ExplorerActions
  projectName: (id: string) => string
  onViewChange: ViewStore['update']
  onFocusLink: (link: string | null) => void
  onHighlightTowns: (towns: readonly string[] | null) => void
}

/** The sidebar: the tabs (towns, network, activities, projects) and the open town's or activity's panel. */
export function ExplorerSide({ dataset, view, model, actions, projectName, onViewChange, onFocusLink, onHighlightTowns }: ExplorerSideProps) {
  const { tab, names, activities, selected, activity, profile, filter } = model
  const organisations = useMemo(() => new Map(dataset.organisations.map((organisation) => [organisation.id, organisation])), [dataset])
  return (
    <div className="side" id="side" tabIndex={-1}>
      <SidebarTabs tab={tab} onTab={actions.setTab}>
        {tab === 'towns' && (
          <>
            <MapLegend towns={dataset.towns} groupLines={view.groupLines} />
            <TownList towns={dataset.towns} selectedTownId={selected?.id ?? null} onSelectTown={actions.selectTown} />
          </>
        )}
        {tab === 'network' && (
          <NetworkTab
            dataset={dataset}
            filter={filter}
            onFilterChange={actions.setFilter}
            groupLines={view.groupLines}
            onGroupLinesChange={(groupLines) => onViewChange({ groupLines })}
            network={model.network}
            figures={model.figures}
            townName={names.display}
            countryOf={names.country}
            onSelectTown={actions.selectTown}
            onHighlightShared={onHighlightTowns}
          />
        )}
        {tab === 'activities' && (
          <ActivitiesTab
            activities={activities.activities}
            wholeNetwork={activities.wholeNetwork.length}
            townName={names.display}
            selectedActivityId={activity?.id ?? null}
            onSelectActivity={actions.selectActivity}
          />
        )}
        {tab === 'projects' && (
          <ProjectsPanel
            projects={dataset.projects}
            organisations={organisations}
            townName={names.display}
            activeProject={filter.project}
            onFilterProject={(project) => actions.setFilter({ ...filter, project })}
          />
        )}
      </SidebarTabs>
      {selected !== null && profile !== null && (
        <TownPanel town={selected} onClose={actions.close}>
          <TownNetwork
            profile={profile}
            townName={names.display}
            organisationName={(id) => organisations.get(id)?.name ?? id}
            onSelectTown={actions.selectTown}
            onFocusLink={onFocusLink}
            renderEvidence={(evidence) => <EvidenceList evidence={evidence} />}
          />
          <TownActivities activities={activities.ofTown} filtered={activities.filtered} onSelectActivity={actions.selectActivity} />
        </TownPanel>
      )}
      {activity !== null && (
        <ActivityCard
          activity={activity}
          townName={names.display}
          projectName={projectName}
          onSelectTown={actions.selectTown}
          onSelectProject={actions.showProject}
          onClose={actions.close}
        />
      )}
    </div>
  )
}
