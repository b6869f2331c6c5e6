import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { activityPlaces, isWholeNetwork } from '../domain/activities/activity-filter'
import type { Dataset } from '../domain/dataset'
import { evidenceDetails } from '../domain/network/evidence-details'
import { projectLabel } from '../domain/project-label'
import { ActivityCard } from '../features/activities/activity-card'
import { Timeline } from '../features/activities/timeline'
import { usePlayback } from '../features/activities/use-playback'
import { MapLegend } from '../features/map/map-legend'
import { GroupDetails } from '../features/map/group-details'
import { NetworkMap } from '../features/map/network-map'
import { EvidenceList } from '../features/network/link-evidence'
import { ProjectsPanel } from '../features/projects/projects-panel'
import { TownActivities } from '../features/towns/town-activities'
import { TownList } from '../features/towns/town-list'
import { TownNetwork } from '../features/towns/town-network'
import { TownPanel } from '../features/towns/town-panel'
import type { ViewState } from '../url-state/view-state'
import { ActivitiesTab } from './activities-tab'
import { LinkDetails } from './link-details'
import { NetworkTab } from './network-tab'
import { useActivities } from './use-activities'
import { useNames } from './use-names'
import { useNetwork } from './use-network'
import { ErrorBoundary } from '../shared/error-boundary'
import { SidebarTabs, type Tab } from './sidebar-tabs'
import { useFilterState } from './use-view-state'
import { readerTitle } from '../domain/activity-title'

interface ExplorerProps {
  dataset: Dataset
  view: ViewState
  onViewChange: (change: Partial<ViewState>) => void
}

/** Map, timeline, lists, dashboards and detail panels over one dataset; the only place the features meet. */
export function Explorer({ dataset, view, onViewChange }: ExplorerProps) {
  const { t, i18n } = useTranslation()
  const [urlFilterState, setFilterState] = useFilterState()
  // A project id the data does not know narrows nothing (the project list shows "all projects" too).
  const filterState = useMemo(
    () => (urlFilterState.filter.project === null || dataset.projects.some((project) => project.id === urlFilterState.filter.project)
      ? urlFilterState
      : { ...urlFilterState, filter: { ...urlFilterState.filter, project: null } }),
    [urlFilterState, dataset],
  )
  const { filter } = filterState
  const [tab, setTab] = useState<Tab>(view.activity !== null ? 'activities' : 'towns')
  // A highlight belongs to what was under the pointer or focus: it goes when the view or the filter changes.
  const viewKey = `${view.town}|${view.activity}|${tab}|${JSON.stringify(filterState)}`
  const [focused, setFocused] = useState<{ key: string; link: string | null } | null>(null)
  const [highlighted, setHighlighted] = useState<{ key: string; towns: readonly string[] | null } | null>(null)
  const focusedLink = focused?.key === viewKey ? focused.link : null
  const sharedHighlight = highlighted?.key === viewKey ? highlighted.towns : null
  const setFocusedLink = (link: string | null) => setFocused({ key: viewKey, link })
  const setSharedHighlight = (towns: readonly string[] | null) => setHighlighted({ key: viewKey, towns })
  const towns = dataset.towns
  const selected = towns.find((town) => town.id === view.town) ?? null
  const activity = dataset.activities.find((candidate) => candidate.id === view.activity) ?? null
  const { network, figures, index, links, groups, groupFeatures, profile } = useNetwork(dataset, filterState, selected?.id ?? null)
  const activities = useActivities(dataset, filter, selected?.id ?? null)
  const names = useNames(towns)
  const organisations = useMemo(() => new Map(dataset.organisations.map((organisation) => [organisation.id, organisation])), [dataset])
  const projectName = (id: string) => {
    const project = dataset.projects.find((candidate) => candidate.id === id)
    return project ? projectLabel(project) : id
  }
  const activityTitle = (id: string) => {
    const found = dataset.activities.find((candidate) => candidate.id === id)
    return found ? readerTitle(found, i18n.language) : id
  }

  const selectTown = useCallback((town: string | null) => onViewChange({ town, activity: null }), [onViewChange])
  const selectActivity = useCallback((id: string | null) => onViewChange({ activity: id, town: null }), [onViewChange])
  // A period is kept in order, whichever end the reader set last.
  const setPeriod = (from: string | null, to: string | null, replace = false) => {
    const [start, end] = from !== null && to !== null && from > to ? [to, from] : [from, to]
    setFilterState({ filter: { ...filter, from: start, to: end } }, { replace })
  }
  // Playback grows the period from its start (or the first year of the data) to the end of the data.
  const [playback, onPlayback] = usePlayback(filter.from ?? `${activities.years[0]}-01-01`, `${activities.years[1]}-12-31`, (to) =>
    setPeriod(filter.from, to, true),
  )

  // Closing a panel hands the keyboard focus back to where it was opened from, if that is on screen.
  const closePanel = useCallback(() => {
    const back = view.town !== null ? `.town-button[data-town="${CSS.escape(view.town)}"]`
      : view.activity !== null ? `[data-activity="${CSS.escape(view.activity)}"] button, button[data-activity="${CSS.escape(view.activity)}"]` : null
    if (back === null) return
    onViewChange({ town: null, activity: null })
    const opener = document.querySelector<HTMLButtonElement>(back) ?? document.querySelector<HTMLButtonElement>('.tabs [aria-selected="true"]')
    opener?.focus()
  }, [onViewChange, view.town, view.activity])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !(event.target instanceof Element && event.target.closest('.timeline'))) closePanel()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [closePanel])

  // What the map shows at full strength: the selected town with its direct partners and the towns of its
  // groups (network-wide records would light every town), the open activity's towns,
  // the members of a highlighted shared record, or (with a country filter) the towns still in the network.
  const tiedTowns = profile === null ? [] : [...new Set([...profile.direct.map((partner) => partner.town), ...profile.groups.flatMap((group) => group.towns)])]
  const emphasised = profile !== null
    ? [profile.town, ...tiedTowns]
    : activity !== null && !isWholeNetwork(activity)
      ? [...new Set([...activity.towns, ...activityPlaces(activity)])]
      : sharedHighlight ?? (filter.countries === null ? null : network.graph.nodes())
  const showActivities = tab === 'activities' || activity !== null

  return (
    <>
      <div className="map-area">
        <div className="map-box">
          <ErrorBoundary fallback={<p className="part-failed" role="alert">{t('app.mapFailed')}</p>}>
          <NetworkMap
            towns={towns}
            selectedTownId={selected?.id ?? null}
            onSelectTown={selectTown}
            links={links}
            groups={groupFeatures}
            tiedTowns={tiedTowns}
            emphasised={emphasised}
            focusedLink={focusedLink}
            renderLinkDetails={(key) => <LinkDetails graph={network.graph} linkKey={key} index={index} townName={names.display} />}
            renderGroupDetails={(key) => {
              const shape = groups.find((candidate) => candidate.key === key)
              return shape && (
                <GroupDetails towns={shape.towns.map(names.display)} records={shape.records.length}>
                  <EvidenceList evidence={evidenceDetails(index, shape.records)} />
                </GroupDetails>
              )
            }}
            activities={showActivities ? { groups: activities.places, selectedId: activity?.id ?? null, onSelect: selectActivity, title: activityTitle } : undefined}
          />
          </ErrorBoundary>
          {showActivities && activities.wholeNetwork.length + activities.placeless.length > 0 && (
            <button type="button" className="whole-network-note" onClick={() => setTab('activities')}>
              {activities.wholeNetwork.length > 0 && t('activities.wholeNetworkNote', { count: activities.wholeNetwork.length })}
              {activities.placeless.length > 0 && ` ${t('activities.placelessNote', { count: activities.placeless.length })}`}
            </button>
          )}
        </div>
        <ErrorBoundary fallback={<p className="part-failed" role="alert">{t('app.partFailed')}</p>}>
          <Timeline
            histogram={activities.histogram}
            years={activities.years}
            from={filter.from}
            to={filter.to}
            onPeriodChange={(from, to) => setPeriod(from, to)}
            playback={playback}
            onPlayback={onPlayback}
            onShowList={() => setTab('activities')}
          />
        </ErrorBoundary>
      </div>
      <div className="side" id="side" tabIndex={-1}>
        <SidebarTabs tab={tab} onTab={setTab}>
          {tab === 'towns' && (
            <>
              <MapLegend towns={towns} groupLines={filterState.groupLines} />
              <TownList towns={towns} selectedTownId={selected?.id ?? null} onSelectTown={selectTown} />
            </>
          )}
          {tab === 'network' && (
            <NetworkTab
              dataset={dataset}
              filterState={filterState}
              onFilterStateChange={setFilterState}
              network={network}
              figures={figures}
              names={names}
              onSelectTown={selectTown}
              onHighlightShared={setSharedHighlight}
            />
          )}
          {tab === 'activities' && (
            <ActivitiesTab
              activities={activities.activities}
              wholeNetwork={activities.wholeNetwork.length}
              townName={names.display}
              selectedActivityId={activity?.id ?? null}
              onSelectActivity={selectActivity}
            />
          )}
          {tab === 'projects' && (
            <ProjectsPanel
              projects={dataset.projects}
              organisations={organisations}
              townName={names.display}
              activeProject={filter.project}
              onFilterProject={(project) => setFilterState({ filter: { ...filter, project } })}
            />
          )}
        </SidebarTabs>
        {selected !== null && profile !== null && (
          <TownPanel town={selected} onClose={closePanel}>
            <TownNetwork
              profile={profile}
              townName={names.display}
              organisationName={(id) => organisations.get(id)?.name ?? id}
              onSelectTown={selectTown}
              onFocusLink={setFocusedLink}
              renderEvidence={(evidence) => <EvidenceList evidence={evidence} />}
            />
            <TownActivities activities={activities.ofTown} filtered={activities.filtered} onSelectActivity={selectActivity} />
          </TownPanel>
        )}
        {activity !== null && (
          <ActivityCard
            activity={activity}
            townName={names.display}
            projectName={projectName}
            onSelectTown={selectTown}
            onSelectProject={(project) => {
              setFilterState({ filter: { ...filter, project } })
              setTab('projects')
            }}
            onClose={closePanel}
          />
        )}
      </div>
    </>
  )
}
