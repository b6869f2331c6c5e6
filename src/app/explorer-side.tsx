import { lazy, Suspense, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset } from '../domain/dataset'
import { MapLegend } from '../features/map/map-legend'
import { EvidenceList } from '../features/network/link-evidence'
import { TownActivities } from '../features/towns/town-activities'
import { TownList } from '../features/towns/town-list'
import { TownNetwork } from '../features/towns/town-network'
import { TownPanel } from '../features/towns/town-panel'
import { BottomSheet } from '../shared/bottom-sheet'
import type { ViewStore } from '../url-state/view-store'
import type { Tab, View } from '../url-state/view-url'
import type { ExplorerActions } from './explorer'
import { MapDetailsPanel } from './map-details-panel'
import { SidebarTabs } from './sidebar-tabs'
import { usePreloadAfterFirstView } from './use-preload-after-first-view'
import type { useExplorerModel } from './use-explorer-model'
import type { PhoneSheet } from './use-sheet-snap'

// The first view is the map and the town list: the other tabs and the activity card are chunks of their own,
// loaded when they first open (the service worker has them all for offline use).
const CHUNKS = {
  network: () => import('../features/network/network-tab'),
  projects: () => import('../features/projects/projects-panel'),
  activities: () => import('../features/activities/activities-tab'),
  card: () => import('../features/activities/activity-card'),
}
const NetworkTab = lazy(() => CHUNKS.network().then((module) => ({ default: module.NetworkTab })))
const ProjectsPanel = lazy(() => CHUNKS.projects().then((module) => ({ default: module.ProjectsPanel })))
const ActivitiesTab = lazy(() => CHUNKS.activities().then((module) => ({ default: module.ActivitiesTab })))
const ActivityCard = lazy(() => CHUNKS.card().then((module) => ({ default: module.ActivityCard })))
const ALL_CHUNKS = Object.values(CHUNKS)

/** On a phone, the sidebar lies in a bottom sheet over the map, with what the map area holds on a wide screen. */
export interface SheetParts extends PhoneSheet {
  /** The timeline, at the top of the Activities tab. */
  timeline: ReactNode
  /** A tapped tie's or star's details, over everything else in the sheet. */
  mapDetails: { key: string; content: ReactNode; onClose: () => void } | null
}

export interface ExplorerSideProps {
  dataset: Dataset
  view: View
  model: ReturnType<typeof useExplorerModel>
  actions: ExplorerActions
  projectName: (id: string) => string
  onViewChange: ViewStore['update']
  onFocusLink: (link: string | null) => void
  onHighlightTowns: (towns: readonly string[] | null) => void
  /** On a phone: the sheet's parts; null on a wide screen. */
  sheet: SheetParts | null
}

/**
 * The sidebar: the tabs (towns, network, activities, projects) and the open town's or activity's panel. On a
 * phone it lies in a bottom sheet over the map, with the timeline in the Activities tab and a tapped tie's details.
 */
export function ExplorerSide(props: ExplorerSideProps) {
  const { dataset, view, model, actions, projectName, onViewChange, onFocusLink, onHighlightTowns, sheet } = props
  const { t } = useTranslation()
  usePreloadAfterFirstView(ALL_CHUNKS)
  const { tab, names, activities, selected, activity, profile, filter } = model
  const organisations = useMemo(() => new Map(dataset.organisations.map((organisation) => [organisation.id, organisation])), [dataset])
  // A tab chosen in the peeking sheet is one to look at: the sheet opens halfway.
  const setTab = (next: Tab) => {
    actions.setTab(next)
    if (sheet?.snap === 'peek') sheet.setSnap('half')
  }
  const offMap = activities.wholeNetwork.length + activities.placeless.length
  return (
    <BottomSheet
      enabled={sheet !== null}
      snap={sheet?.snap ?? 'peek'}
      onSnapChange={(snap) => sheet?.setSnap(snap)}
      label={t('sheet.label')}
      handleLabel={(at) => t(`sheet.handle.${at}`)}
      onHeightsChange={sheet?.setHeights}
    >
      <div className="side" id="side" tabIndex={-1}>
        <SidebarTabs tab={tab} onTab={setTab}>
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
          {tab === 'activities' && sheet !== null && (
            <div className="sheet-timeline">
              {sheet.timeline}
              {offMap > 0 && (
                <p className="hint whole-network-hint">
                  {activities.wholeNetwork.length > 0 && t('activities.wholeNetworkNote', { count: activities.wholeNetwork.length })}
                  {activities.placeless.length > 0 && ` ${t('activities.placelessNote', { count: activities.placeless.length })}`}
                </p>
              )}
            </div>
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
          <Suspense fallback={<p className="loading" role="status">{t('lazy.loading')}</p>}>
            <ActivityCard
              activity={activity}
              townName={names.display}
              projectName={projectName}
              onSelectTown={actions.selectTown}
              onSelectProject={actions.showProject}
              onClose={actions.close}
            />
          </Suspense>
        )}
        {sheet?.mapDetails && (
          <MapDetailsPanel detailsKey={sheet.mapDetails.key} onClose={sheet.mapDetails.onClose}>
            {sheet.mapDetails.content}
          </MapDetailsPanel>
        )}
      </div>
    </BottomSheet>
  )
}
