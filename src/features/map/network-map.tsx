import 'maplibre-gl/dist/maplibre-gl.css'
import type { FeatureCollection, LineString } from 'geojson'
import { setWorkerUrl, type ExpressionSpecification, type MapLayerMouseEvent } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import MapGL, { AttributionControl, Layer, NavigationControl, Popup, ScaleControl, Source, type MapRef } from 'react-map-gl/maplibre'
import type { LinkProperties } from '../../domain/network/link-geometry'
import type { Town } from '../../domain/town-schema'
import { townBounds, townSymbols } from '../../domain/town-symbols'
import type { PlaceGroup } from '../../domain/activities/activity-places'
import { ActivityMarkers } from './activity-markers'
import { countryLabels } from './country-labels'
import { labelAnchorExpression } from './label-anchors'
import { LINK_LAYER_IDS, LINK_SOURCE, linkHighlightLayer, linkLayers } from './link-layers'
import { writeMapDiagnostics } from './map-diagnostics'
import { LINKS_SLOT, TOWNS_SLOT } from './basemap-layers'
import { basemapStyle, countryLabelLayer, FONT_FAMILY_CSS } from './map-style'
import { selectedTownLayer, TOWN_CIRCLE_LAYER_ID, townCircleLayer, townLabelLayer, TOWN_SOURCE } from './town-layers'
import { useFlyToSelection } from './use-fly-to-selection'
import { useMapControlLabels } from './use-map-control-labels'

setWorkerUrl(workerUrl)

/** Panning stops well before the edges of the shipped basemap. */
const MAX_BOUNDS: [number, number, number, number] = [12, 44.5, 20, 49.5]
const INTERACTIVE = [TOWN_CIRCLE_LAYER_ID, ...LINK_LAYER_IDS]

export interface NetworkMapProps {
  towns: readonly Town[]
  selectedTownId: string | null
  onSelectTown: (townId: string | null) => void
  links: FeatureCollection<LineString, LinkProperties>
  /** Towns to show at full strength (the others fade); null: all. */
  emphasised: readonly string[] | null
  /** A link focused outside the map (a partner in the town profile), highlighted like a hovered one. */
  focusedLink: string | null
  /** What a link's popup says: its evidence, rendered by the app. */
  renderLinkDetails: (linkKey: string) => ReactNode
  /** Activities at their towns; none when the map shows the network alone. */
  activities?: {
    groups: readonly PlaceGroup[]
    selectedId: string | null
    onSelect: (id: string) => void
    title: (id: string) => string
  }
}

interface LinkPopup {
  key: string
  lngLat: [number, number]
  pinned: boolean
}

/** Room around the towns in the first view; a little more at the bottom for scale and attribution. */
function fitPadding() {
  const side = window.innerWidth < 600 ? 36 : 60
  return { top: side, left: side, right: side, bottom: side + 16 }
}

export function NetworkMap(props: NetworkMapProps) {
  const { towns, selectedTownId, onSelectTown, links, emphasised, focusedLink, renderLinkDetails, activities } = props
  const { t, i18n } = useTranslation()
  const mapRef = useRef<MapRef>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)
  const [cursor, setCursor] = useState<'pointer' | 'grab'>('grab')
  const [popup, setPopup] = useState<LinkPopup | null>(null)
  const [anchorOffsets, setAnchorOffsets] = useState<ExpressionSpecification | null>(null)
  const style = useMemo(() => basemapStyle(), [])
  const symbols = useMemo(() => townSymbols(towns), [towns])
  const townById = useMemo(() => new Map(towns.map((town) => [town.id, town])), [towns])
  const radii = useMemo(() => new Map(symbols.features.map((feature) => [feature.properties.id, feature.properties.radius])), [symbols])
  const labels = useMemo(() => countryLabels((iso) => t(`country.${iso}`)), [t])
  const initialViewState = useMemo(
    () => ({ bounds: townBounds(towns), fitBoundsOptions: { padding: fitPadding() } }),
    // The first view only: later changes of towns do not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  useFlyToSelection(mapRef, towns, selectedTownId, ready)
  useMapControlLabels(containerRef, {
    canvas: t('map.label'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    attribution: t('map.toggleAttribution'),
  }, ready)

  const linkAt = (event: MapLayerMouseEvent) => {
    const feature = event.features?.find((candidate) => candidate.layer.id !== TOWN_CIRCLE_LAYER_ID)
    const key = feature?.properties?.key
    return typeof key === 'string' ? key : null
  }

  const onClick = (event: MapLayerMouseEvent) => {
    const town = event.features?.find((feature) => feature.layer.id === TOWN_CIRCLE_LAYER_ID)?.properties?.id
    if (typeof town === 'string') {
      setPopup(null)
      onSelectTown(town)
      return
    }
    const key = linkAt(event)
    if (key !== null) {
      setPopup({ key, lngLat: [event.lngLat.lng, event.lngLat.lat], pinned: true })
      return
    }
    setPopup(null)
    onSelectTown(null)
  }

  const onMouseMove = (event: MapLayerMouseEvent) => {
    setCursor(event.features && event.features.length > 0 ? 'pointer' : 'grab')
    if (popup?.pinned) return
    const key = linkAt(event)
    setPopup(key === null ? null : { key, lngLat: [event.lngLat.lng, event.lngLat.lat], pinned: false })
  }

  const onLoad = () => {
    const map = mapRef.current?.getMap()
    if (map) setAnchorOffsets(labelAnchorExpression(map, symbols, FONT_FAMILY_CSS))
  }

  const onIdle = () => {
    const map = mapRef.current?.getMap()
    if (map && containerRef.current) writeMapDiagnostics(map, containerRef.current)
    // Ready once the labels stand where the placement put them, not at the very first frame.
    if (ready || anchorOffsets === null) return
    setReady(true)
    performance.mark('map-idle')
  }

  return (
    <div className="map" ref={containerRef} data-map-ready={ready ? 'true' : 'false'}>
      <MapGL
        ref={mapRef}
        initialViewState={initialViewState}
        mapStyle={style}
        maxBounds={MAX_BOUNDS}
        minZoom={6}
        maxZoom={14}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        interactiveLayerIds={INTERACTIVE}
        cursor={cursor}
        onMouseMove={onMouseMove}
        onMouseLeave={() => {
          setCursor('grab')
          if (!popup?.pinned) setPopup(null)
        }}
        onClick={onClick}
        onLoad={onLoad}
        onIdle={onIdle}
        attributionControl={false}
      >
        <AttributionControl key={i18n.language} compact customAttribution={t('map.attribution')} />
        <Source id="country-labels" type="geojson" data={labels}>
          <Layer {...countryLabelLayer} beforeId={LINKS_SLOT} />
        </Source>
        <Source id={LINK_SOURCE} type="geojson" data={links}>
          <Layer {...linkHighlightLayer(popup?.key ?? focusedLink)} beforeId={LINKS_SLOT} />
          {linkLayers(selectedTownId).map((layer) => (
            <Layer key={layer.id} {...layer} beforeId={LINKS_SLOT} />
          ))}
        </Source>
        <Source id={TOWN_SOURCE} type="geojson" data={symbols}>
          <Layer {...townCircleLayer(emphasised)} beforeId={TOWNS_SLOT} />
          <Layer {...selectedTownLayer(selectedTownId)} beforeId={TOWNS_SLOT} />
          <Layer {...townLabelLayer(anchorOffsets, emphasised)} beforeId={TOWNS_SLOT} />
        </Source>
        {popup !== null && (
          <Popup
            longitude={popup.lngLat[0]}
            latitude={popup.lngLat[1]}
            closeButton={popup.pinned}
            closeOnClick={false}
            onClose={() => setPopup(null)}
            maxWidth="340px"
            className="link-popup"
          >
            {renderLinkDetails(popup.key)}
          </Popup>
        )}
        {activities && (
          <ActivityMarkers
            groups={activities.groups}
            towns={townById}
            radius={(town) => radii.get(town) ?? 6}
            selectedActivityId={activities.selectedId}
            onSelectActivity={activities.onSelect}
            title={activities.title}
          />
        )}
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" />
      </MapGL>
    </div>
  )
}
