import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readerTitle } from '../domain/activity-title'
import type { Dataset } from '../domain/dataset'
import { evidenceDetails } from '../domain/network/evidence-details'
import { orderedPeriod, type NetworkFilter } from '../domain/network/network-filter'
import { projectLabel } from '../domain/project-label'
import { Timeline } from '../features/activities/timeline'
import { PlaybackCaption } from '../features/activities/playback-caption'
import { usePlayback } from '../features/activities/use-playback'
import { ActiveFilters } from '../features/filters/active-filters'
import { FilterAnnouncement } from '../features/filters/filter-announcement'
import { GroupDetails } from '../features/map/group-details'
import { NetworkMap, type MapDetails } from '../features/map/network-map'
import { webGLSupported } from '../features/map/webgl-support'
import type { CameraFit } from '../features/map/use-map-camera'
import { LinkDetails } from '../features/network/link-details'
import { EvidenceList } from '../features/network/link-evidence'
import { ErrorBoundary } from '../shared/error-boundary'
import type { ViewStore } from '../url-state/view-store'
import type { Tab, View } from '../url-state/view-url'
import { ExplorerSide } from './explorer-side'
import { useExplorerModel } from './use-explorer-model'
import { usePhoneLayout } from './use-phone-layout'
import { usePhoneSheet } from './use-sheet-snap'
import type { Language } from '../domain/localized-text'

export interface ExplorerProps {
  dataset: Dataset
  view: View
  onViewChange: ViewStore['update']
  /**
   * 'embed': the map alone, for another site's frame (no timeline, no sidebar, two-finger panning on touch).
   * 'present': a step of a presentation: the map, and the timeline or sidebar only where the step asks for them.
   */
  layout?: 'full' | 'embed' | 'present'
  /** For 'present': where the step's camera goes and what it shows beside the map. */
  step?: { fit: CameraFit; timeline: boolean; sidebar: boolean; scale: number }
}

/** The map without WebGL is a chunk of its own: most readers never load it. */
const SvgMap = lazy(() => import('../features/map/svg-map').then((module) => ({ default: module.SvgMap })))

/** What the reader can do in the explorer, each one URL change (one history entry unless it replaces). */
export interface ExplorerActions {
  selectTown: (town: string | null) => void
  selectActivity: (id: string | null) => void
  setTab: (tab: Tab) => void
  setFilter: (filter: NetworkFilter) => void
  /** Narrow everything to one project and show the Projects tab: one action. */
  showProject: (project: string | null) => void
  close: () => void
}

/** Map, timeline, lists, dashboards and detail panels over one dataset; the only place the features meet. */
export function Explorer({ dataset, view, onViewChange, layout = 'full', step }: ExplorerProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const full = layout === 'full'
  const withTimeline = full || step?.timeline === true
  const withSidebar = full || step?.sidebar === true
  // A highlight belongs to what was under the pointer or focus: it goes when the view changes.
  const viewKey = JSON.stringify({ ...view, camera: null })
  const [focused, setFocused] = useState<{ key: string; link: string | null } | null>(null)
  const [highlighted, setHighlighted] = useState<{ key: string; towns: readonly string[] | null } | null>(null)
  const focusedLink = focused?.key === viewKey ? focused.link : null
  // On a phone the full page is the map and a bottom sheet: the timeline and a tie's details go into the sheet.
  const sheet = usePhoneLayout() && full
  const [sheetDetails, setSheetDetails] = useState<{ key: string; details: MapDetails | null } | null>(null)
  const mapDetails = sheet && sheetDetails?.key === viewKey ? sheetDetails.details : null
  const model = useExplorerModel(dataset, view, highlighted?.key === viewKey ? highlighted.towns : null)
  const { filter, activities, names, index, network } = model
  // Without WebGL (none at all, or its context lost while the page runs) the simpler SVG map stands in.
  const [simpleMap, setSimpleMap] = useState(() => !webGLSupported())

  const actions = useMemo((): ExplorerActions => ({
    selectTown: (town) => onViewChange({ town, activity: null }),
    selectActivity: (id) => onViewChange({ activity: id, town: null }),
    setTab: (tab) => onViewChange({ tab }),
    setFilter: (next) => onViewChange({ filter: next }),
    showProject: (project) => onViewChange((current) => ({ filter: { ...current.filter, project }, tab: 'projects' })),
    close: () => onViewChange({ town: null, activity: null }),
  }), [onViewChange])
  const setPeriod = useCallback(
    (from: string | null, to: string | null, replace = false) =>
      onViewChange((current) => ({ filter: { ...current.filter, ...orderedPeriod(from, to) } }), { replace }),
    [onViewChange],
  )
  // Playback replaces the entry at every step, so that Back leaves the animation at once.
  const [playback, onPlayback] = usePlayback(model.playback.first, model.playback.last, (to) => setPeriod(filter.from, to, true))
  const activityTitle = (id: string) => {
    const found = dataset.activities.find((candidate) => candidate.id === id)
    return found ? readerTitle(found, language) : id
  }
  const projectName = (id: string) => {
    const project = dataset.projects.find((candidate) => candidate.id === id)
    return project ? projectLabel(project, language) : id
  }
  const showActivities = model.tab === 'activities' || model.activity !== null
  // The sheet opens halfway for what opens in it (a tie's details, an activity, a town) and goes back after.
  const phoneSheet = usePhoneSheet(!sheet ? null
    : mapDetails ? `${mapDetails.kind}:${mapDetails.key}`
      : model.activity ? `activity:${model.activity.id}`
        : model.selected ? `town:${model.selected.id}` : null)
  const linkDetails = (key: string) => <LinkDetails graph={network.graph} linkKey={key} index={index} townName={names.display} />
  const groupDetails = (key: string) => {
    const shape = model.groups.find((candidate) => candidate.key === key)
    return shape && (
      <GroupDetails towns={shape.towns.map(names.display)} records={shape.records.length}>
        <EvidenceList evidence={evidenceDetails(index, shape.records)} />
      </GroupDetails>
    )
  }
  const timeline = withTimeline && (
    <ErrorBoundary fallback={<p className="part-failed" role="alert">{t('app.partFailed')}</p>}>
      <Timeline
        histogram={activities.histogram}
        years={activities.years}
        from={filter.from}
        to={filter.to}
        onPeriodChange={(from, to) => setPeriod(from, to)}
        playback={playback}
        onPlayback={onPlayback}
        onShowList={() => actions.setTab('activities')}
      />
    </ErrorBoundary>
  )

  // What both maps draw: the full MapLibre map, or the SVG one where WebGL is missing or lost.
  const mapProps = {
    towns: dataset.towns,
    selectedTownId: model.selected?.id ?? null,
    onSelectTown: actions.selectTown,
    links: model.links,
    groups: model.groupFeatures,
    tiedTowns: model.tiedTowns,
    emphasised: model.emphasised,
    focusedLink,
    renderLinkDetails: linkDetails,
    renderGroupDetails: groupDetails,
    details: sheet ? { open: mapDetails, onChange: (details: MapDetails | null) => setSheetDetails({ key: viewKey, details }) } : undefined,
    coveredBottom: sheet ? phoneSheet.cover : 0,
    fit: step?.fit,
    scale: step?.scale,
  }
  const mapArea = (
    <div className="map-area" key="map">
      <div className="map-box">
        {/*
          The top-left corner, over the map: the active filters, the note on activities without a place, and playback's
          caption, one under the other. Over the map, not above it: a filter does not resize the map (a resize redraws
          everything). Before the map in the document: the filters come first in the tab order.
        */}
        <div className="map-corner">
          {layout !== 'present' && <ActiveFilters
            filter={filter}
            groupLines={view.groupLines}
            projectName={projectName}
            nothingMatches={network.graph.size === 0 && activities.activities.length === 0}
            onChange={onViewChange}
          />}
          {full && !sheet && showActivities && activities.wholeNetwork.length + activities.placeless.length > 0 && (
            <button type="button" className="whole-network-note" onClick={() => actions.setTab('activities')}>
              {activities.wholeNetwork.length > 0 && t('activities.wholeNetworkNote', { count: activities.wholeNetwork.length })}
              {activities.placeless.length > 0 && ` ${t('activities.placelessNote', { count: activities.placeless.length })}`}
            </button>
          )}
          {withTimeline && <PlaybackCaption data={dataset} playback={playback} from={filter.from} to={filter.to} townName={names.display} />}
        </div>
        <ErrorBoundary fallback={<p className="part-failed" role="alert">{t('app.mapFailed')}</p>}>
          {simpleMap ? (
            <Suspense fallback={<p className="loading" role="status">{t('app.loading')}</p>}>
              <SvgMap {...mapProps} townName={names.display} />
            </Suspense>
          ) : (
            <NetworkMap
              {...mapProps}
              onWebGLLost={() => setSimpleMap(true)}
              camera={view.camera}
              onCameraChange={(camera) => onViewChange({ camera }, { replace: true })}
              cooperativeGestures={layout === 'embed'}
              activities={showActivities
                ? { groups: activities.places, selectedId: model.activity?.id ?? null, onSelect: actions.selectActivity, title: activityTitle }
                : undefined}
            />
          )}
        </ErrorBoundary>
      </div>
      {!sheet && timeline}
    </div>
  )
  const side = withSidebar && (
    <ExplorerSide
      key="side"
      dataset={dataset}
      view={view}
      model={model}
      actions={actions}
      projectName={projectName}
      onViewChange={onViewChange}
      onFocusLink={(link) => setFocused({ key: viewKey, link })}
      onHighlightTowns={(towns) => setHighlighted({ key: viewKey, towns })}
      sheet={sheet ? {
        ...phoneSheet,
        timeline,
        mapDetails: mapDetails && {
          key: `${mapDetails.kind}:${mapDetails.key}`,
          content: mapDetails.kind === 'link' ? linkDetails(mapDetails.key) : groupDetails(mapDetails.key),
          onClose: () => setSheetDetails(null),
        },
      } : null}
    />
  )
  // The tab order follows the screen: on a wide screen the sidebar (left) comes before the map and the
  // timeline; on a phone the sheet lies under the map, and in a presentation the sidebar stands at the right.
  const sideFirst = full && !sheet
  return (
    <>
      {sideFirst ? [side, mapArea] : [mapArea, side]}
      {layout !== 'present' && (
        <FilterAnnouncement
          filterKey={JSON.stringify(filter)}
          filtered={activities.filtered}
          counts={{ towns: model.figures.towns, ties: tieCount(model.figures.ties), activities: activities.activities.length }}
          quiet={playback.status === 'playing'}
        />
      )}
    </>
  )
}

function tieCount(ties: Record<string, number>): number {
  return Object.values(ties).reduce((sum, count) => sum + count, 0)
}
