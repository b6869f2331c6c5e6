import 'maplibre-gl/dist/maplibre-gl.css'
import type { FeatureCollection, LineString, Point } from 'geojson'
import * as maplibregl from 'maplibre-gl'
import { setWorkerUrl, type Map as MapLibreMap, type MapLayerMouseEvent } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import MapGL, { AttributionControl, Layer, NavigationControl, Popup, ScaleControl, Source, useMap, type MapRef } from 'react-map-gl/maplibre'
import type { GroupShapeProperties } from '../../domain/network/group-shapes'
import type { LinkProperties } from '../../domain/network/link-geometry'
import type { Town } from '../../domain/town-schema'
import type { Camera } from '../../url-state/view-url'
import { COMPACT_RADIUS_RANGE, firstViewPadding, inDrawingOrder, RADIUS_RANGE, townBounds, townSymbols } from '../../domain/town-symbols'
import type { PlaceGroup } from '../../domain/activities/activity-places'
import { ActivityMarkers } from './activity-markers'
import { ACTIVITY_LAYER_ID } from './activity-layers'
import { countryLabels } from './country-labels'
import { GROUP_INTERACTIVE_IDS, GROUP_SOURCE, groupHighlightLayers, groupLayers } from './group-layers'
import { LINK_LAYER_IDS, LINK_SOURCE, linkHighlightLayer, linkLayers } from './link-layers'
import { mapHit } from './map-hits'
import { writeMapDiagnostics } from './map-diagnostics'
import { LINKS_SLOT, TOWNS_SLOT } from './basemap-layers'
import { basemapStyle, countryLabelLayer, FONT_FAMILY_CSS } from './map-style'
import {
  labelLeaderLayer, LEADER_SOURCE, selectedTownLayer, TOWN_CIRCLE_LAYER_ID, townCircleLayer, townLabelLayer, TOWN_SOURCE,
} from './town-layers'
import { useCompactScreen } from './use-compact-screen'
import { useLabelLayout } from './use-label-layout'
import { useMapCamera, type CameraFit } from './use-map-camera'
import { useMapControlLabels } from './use-map-control-labels'
import { useMapSnapshot } from './map-snapshot'
import { watchContextLoss } from './webgl-support'

setWorkerUrl(workerUrl)

/** Panning stops well before the edges of the shipped basemap. */
const MAX_BOUNDS: [number, number, number, number] = [12, 44.5, 20, 49.5]
const INTERACTIVE = [ACTIVITY_LAYER_ID, TOWN_CIRCLE_LAYER_ID, ...LINK_LAYER_IDS, ...GROUP_INTERACTIVE_IDS]
/** A phone's popup keeps 8 px from the map's left edge and leaves the zoom buttons free on the right. */
const [SHEET_LEFT, SHEET_RIGHT] = [8, 52]

export interface NetworkMapProps {
  towns: readonly Town[]
  selectedTownId: string | null
  onSelectTown: (townId: string | null) => void
  /** Ties drawn as lines: direct ties (and, for analysts, group ties too). */
  links: FeatureCollection<LineString, LinkProperties>
  /** Group records as stars (hub and spokes); empty when group ties are drawn as lines. */
  groups: FeatureCollection<Point | LineString, GroupShapeProperties>
  /** The towns the selected town shares direct or group ties with: selecting it brings them into view. */
  tiedTowns: readonly string[]
  /** Towns to show at full strength (the others fade); null: all. */
  emphasised: readonly string[] | null
  /** A link focused outside the map (a partner in the town profile), highlighted like a hovered one. */
  focusedLink: string | null
  /** What a link's popup says: its evidence, rendered by the app. */
  renderLinkDetails: (linkKey: string) => ReactNode
  /** What a star's popup says: the records behind it and its towns, rendered by the app. */
  renderGroupDetails: (groupKey: string) => ReactNode
  /** The camera in the URL (null: the first view that fits all towns), and where the reader's moves go. */
  camera: Camera | null
  onCameraChange: (camera: Camera) => void
  /** Activities at their towns; none when the map shows the network alone. */
  activities?: {
    groups: readonly PlaceGroup[]
    selectedId: string | null
    onSelect: (id: string) => void
    title: (id: string) => string
  }
  /**
   * For a map inside another page (the embed): one finger or the wheel scrolls the page, two fingers
   * (or Ctrl/⌘ with the wheel) move the map, with a hint in the reader's language. Read once, when the map is made.
   */
  cooperativeGestures?: boolean
  /**
   * Where a tie's or star's details go instead of a popup on the map (on a phone: the bottom sheet): the
   * one open, and where a tap sends the next one (null: closed). Without it, the details are popups.
   */
  details?: { open: MapDetails | null; onChange: (details: MapDetails | null) => void }
  /** Pixels at the map's bottom hidden under something (a half-open sheet): a selection comes into view above them. */
  coveredBottom?: number
  /** A presentation's step: the towns the camera flies to fit. */
  fit?: CameraFit | null
  /** Town labels this many times their usual size, circles by its square root (a projector: read from the back of a hall). */
  scale?: number
  /** Called once if the browser takes the map's WebGL context away while the page runs (the app then draws the simpler map). */
  onWebGLLost?: () => void
}

/**
 * Tells once that the map exists: react-map-gl renders a map's children only then, and its camera (fitted to
 * the towns when it is made) is set. The labels are placed then, before the map has drawn anything.
 */
function MapExists({ onExists }: { onExists: (map: MapLibreMap) => void }) {
  const { current } = useMap()
  useEffect(() => {
    if (current) onExists(current.getMap())
  }, [current, onExists])
  return null
}

/** A tie ('link') or a group's star ('group') whose details are open. */
export interface MapDetails {
  kind: 'link' | 'group'
  key: string
}

interface MapPopup {
  kind: 'link' | 'group'
  key: string
  lngLat: [number, number]
  pinned: boolean
}

export function NetworkMap(props: NetworkMapProps) {
  const { towns, selectedTownId, onSelectTown, links, groups, tiedTowns, emphasised, focusedLink, renderLinkDetails, renderGroupDetails, activities } = props
  const { camera, onCameraChange, cooperativeGestures = false, details, coveredBottom = 0, fit = null, scale = 1 } = props
  const { t, i18n } = useTranslation()
  const mapRef = useRef<MapRef>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  // The MapLibre map, once it exists (react-map-gl makes it after the first render).
  const [map, setMap] = useState<MapLibreMap | null>(null)
  const [ready, setReady] = useState(false)
  const [cursor, setCursor] = useState<'pointer' | 'grab'>('grab')
  const [popup, setPopup] = useState<MapPopup | null>(null)
  // The details shown: the app's (in its sheet) or this map's popup.
  const shown: MapDetails | null = details ? details.open : popup
  const show = (next: MapPopup | null) => (details ? details.onChange(next && { kind: next.kind, key: next.key }) : setPopup(next))
  const style = useMemo(() => basemapStyle(), [])
  const compact = useCompactScreen()
  const symbols = useMemo(() => {
    const [smallest, largest] = compact ? COMPACT_RADIUS_RANGE : RADIUS_RANGE
    const grow = Math.sqrt(scale)
    return townSymbols(towns, [smallest * grow, largest * grow])
  }, [towns, compact, scale])
  const drawnSymbols = useMemo(() => inDrawingOrder(symbols), [symbols])
  // Labels keep clear of the ties' loops and the stars' hubs where they can.
  const obstacles = useMemo(() => [
    ...links.features.filter((feature) => feature.properties.loop).map((feature) => feature.geometry.coordinates),
    ...groups.features.flatMap((feature) => (feature.geometry.type === 'Point' ? [[feature.geometry.coordinates]] : [])),
  ], [links, groups])
  // A presentation's caption covers the map's left: labels keep out from under it (its padding less a margin).
  const coveredLeft = fit === null ? 0 : Math.max(0, (fit.padding.left ?? 0) - 24)
  const [labelLayout, relayoutLabels] = useLabelLayout(map, symbols, FONT_FAMILY_CSS, obstacles, scale, coveredLeft)
  const townById = useMemo(() => new Map(towns.map((town) => [town.id, town])), [towns])
  const radii = useMemo(() => new Map(symbols.features.map((feature) => [feature.properties.id, feature.properties.radius])), [symbols])
  const radius = useCallback((town: string) => radii.get(town) ?? 6, [radii])
  const labels = useMemo(() => countryLabels((iso) => t(`country.${iso}`)), [t])
  const initialViewState = useMemo(
    () => (camera === null
      ? { bounds: townBounds(towns), fitBoundsOptions: { padding: firstViewPadding(window.innerWidth) } }
      : { longitude: camera.lon, latitude: camera.lat, zoom: camera.zoom }),
    // The first view only: later the camera follows the URL through useMapCamera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  useMapCamera(mapRef, { towns, camera, selectedTownId, tiedTowns, onCameraChange, ready, coveredBottom, fit })
  // The Download menu's picture of the view (a PNG at 1x or 2x).
  useMapSnapshot(mapRef)
  useMapControlLabels(containerRef, {
    canvas: t('map.label'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    attribution: t('map.toggleAttribution'),
  }, ready)

  // On a phone a popup hangs from the map's top edge, as wide as the map left of the zoom buttons: beside the
  // pointer it would not fit.
  const popupAt = (event: MapLayerMouseEvent): [number, number] => {
    const map = mapRef.current?.getMap()
    if (!compact || !map) return [event.lngLat.lng, event.lngLat.lat]
    const { lng, lat } = map.unproject([(map.getContainer().clientWidth - SHEET_RIGHT + SHEET_LEFT) / 2, 8])
    return [lng, lat]
  }

  const onClick = (event: MapLayerMouseEvent) => {
    const hit = mapHit(event.features)
    if (hit?.kind === 'activity') {
      show(null)
      activities?.onSelect(hit.id)
      return
    }
    if (hit?.kind === 'town') {
      show(null)
      onSelectTown(hit.id)
      return
    }
    if (hit !== null) {
      show({ kind: hit.kind, key: hit.key, lngLat: popupAt(event), pinned: true })
      return
    }
    show(null)
    onSelectTown(null)
  }

  const onMouseMove = (event: MapLayerMouseEvent) => {
    setCursor(event.features && event.features.length > 0 ? 'pointer' : 'grab')
    // Details that go elsewhere open on a tap, not on hover (there is no hover on a touch screen).
    if (details || popup?.pinned) return
    const hit = mapHit(event.features)
    setPopup(hit === null || hit.kind === 'town' || hit.kind === 'activity' ? null : { kind: hit.kind, key: hit.key, lngLat: popupAt(event), pinned: false })
  }

  const onIdle = () => {
    const map = mapRef.current?.getMap()
    if (map && containerRef.current) writeMapDiagnostics(map, containerRef.current)
    // Each later idle (after a filter change, a move): `npm run bench` times a change to it. A kiosk runs for
    // hours: the marks are cleared now and then, not kept without end.
    if (ready) {
      if (performance.getEntriesByName('map-settled').length >= 200) performance.clearMarks('map-settled')
      performance.mark('map-settled')
    }
    // Ready once the labels stand where the placement put them, not at the very first frame.
    if (ready || labelLayout === null) return
    setReady(true)
    performance.mark('map-idle')
  }

  return (
    <div className="map" ref={containerRef} data-map-ready={ready ? 'true' : 'false'}>
      <MapGL
        ref={mapRef}
        // The module itself: without it react-map-gl imports it dynamically, a round trip before the map is made.
        mapLib={maplibregl}
        initialViewState={initialViewState}
        mapStyle={style}
        maxBounds={MAX_BOUNDS}
        minZoom={6}
        maxZoom={14}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        cooperativeGestures={cooperativeGestures}
        locale={cooperativeGestures ? {
          'CooperativeGesturesHandler.WindowsHelpText': t('embed.gestures.windows'),
          'CooperativeGesturesHandler.MacHelpText': t('embed.gestures.mac'),
          'CooperativeGesturesHandler.MobileHelpText': t('embed.gestures.mobile'),
        } : undefined}
        interactiveLayerIds={INTERACTIVE}
        cursor={cursor}
        onMouseMove={onMouseMove}
        onMouseLeave={() => {
          setCursor('grab')
          if (!popup?.pinned) setPopup(null)
        }}
        onClick={onClick}
        onLoad={(event) => {
          if (props.onWebGLLost) watchContextLoss(event.target, props.onWebGLLost)
        }}
        onMoveEnd={relayoutLabels}
        onResize={relayoutLabels}
        onIdle={onIdle}
        attributionControl={false}
        // Labels appear at once instead of fading in over 300 ms: MapLibre then places all symbols in one frame
        // (with a fade it places them 2 ms a frame, and a frame of a large network drawn in software takes seconds).
        fadeDuration={0}
      >
        <AttributionControl key={i18n.language} compact customAttribution={t('map.attribution')} />
        <Source id="country-labels" type="geojson" data={labels}>
          <Layer {...countryLabelLayer} beforeId={LINKS_SLOT} />
        </Source>
        <Source id={GROUP_SOURCE} type="geojson" data={groups}>
          {groupHighlightLayers(shown?.kind === 'group' ? shown.key : null).map((layer) => (
            <Layer key={layer.id} {...layer} beforeId={LINKS_SLOT} />
          ))}
          {groupLayers(selectedTownId).map((layer) => (
            <Layer key={layer.id} {...layer} beforeId={LINKS_SLOT} />
          ))}
        </Source>
        <Source id={LINK_SOURCE} type="geojson" data={links}>
          <Layer {...linkHighlightLayer(shown?.kind === 'link' ? shown.key : focusedLink)} beforeId={LINKS_SLOT} />
          {linkLayers(selectedTownId).map((layer) => (
            <Layer key={layer.id} {...layer} beforeId={LINKS_SLOT} />
          ))}
        </Source>
        <MapExists onExists={setMap} />
        <Source id={TOWN_SOURCE} type="geojson" data={drawnSymbols}>
          <Layer {...townCircleLayer(emphasised)} beforeId={TOWNS_SLOT} />
          <Layer {...selectedTownLayer(selectedTownId)} beforeId={TOWNS_SLOT} />
          {labelLayout !== null && (
            <Layer {...townLabelLayer(labelLayout.anchorOffsets, emphasised, labelLayout.clear, scale)} beforeId={TOWNS_SLOT} />
          )}
        </Source>
        {labelLayout !== null && (
          <Source id={LEADER_SOURCE} type="geojson" data={labelLayout.leaders}>
            <Layer {...labelLeaderLayer(emphasised)} beforeId={TOWNS_SLOT} />
          </Source>
        )}
        {popup !== null && !details && (
          <Popup
            longitude={popup.lngLat[0]}
            latitude={popup.lngLat[1]}
            closeButton={popup.pinned}
            closeOnClick={false}
            focusAfterOpen={false}
            onClose={() => setPopup(null)}
            anchor={compact ? 'top' : undefined}
            maxWidth={compact ? `calc(100% - ${SHEET_LEFT + SHEET_RIGHT}px)` : '340px'}
            className={compact ? 'link-popup map-popup-sheet' : 'link-popup'}
          >
            {popup.kind === 'link' ? renderLinkDetails(popup.key) : renderGroupDetails(popup.key)}
          </Popup>
        )}
        {activities && (
          <ActivityMarkers
            groups={activities.groups}
            towns={townById}
            radius={radius}
            selectedActivityId={activities.selectedId}
            title={activities.title}
          />
        )}
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" />
      </MapGL>
    </div>
  )
}
