import 'maplibre-gl/dist/maplibre-gl.css'
import { setWorkerUrl, type MapLayerMouseEvent } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { useMemo, useRef, useState } from 'react'
import type { ExpressionSpecification } from 'maplibre-gl'
import { useTranslation } from 'react-i18next'
import MapGL, { Layer, NavigationControl, ScaleControl, Source, type MapRef } from 'react-map-gl/maplibre'
import type { Town } from '../../domain/town-schema'
import { townBounds, townSymbols } from '../../domain/town-symbols'
import { countryLabels } from './country-labels'
import { basemapStyle, countryLabelLayer } from './map-style'
import { FONT_FAMILY_CSS } from './map-style'
import { labelAnchorExpression } from './label-anchors'
import { writeMapDiagnostics } from './map-diagnostics'
import { selectedTownLayer, townCircleLayer, townLabelLayer, TOWN_SOURCE } from './town-layers'
import { useFlyToSelection } from './use-fly-to-selection'

setWorkerUrl(workerUrl)

/** Panning stops well before the edges of the shipped basemap. */
const MAX_BOUNDS: [number, number, number, number] = [12, 44.5, 20, 49.5]

export interface NetworkMapProps {
  towns: readonly Town[]
  selectedTownId: string | null
  onSelectTown: (townId: string | null) => void
}

/** Room around the towns in the first view; a little more at the bottom for scale and attribution. */
function fitPadding() {
  const side = window.innerWidth < 600 ? 24 : 60
  return { top: side, left: side, right: side, bottom: side + 16 }
}

export function NetworkMap({ towns, selectedTownId, onSelectTown }: NetworkMapProps) {
  const { t } = useTranslation()
  const mapRef = useRef<MapRef>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)
  const [hovered, setHovered] = useState(false)
  const [anchorOffsets, setAnchorOffsets] = useState<ExpressionSpecification | null>(null)
  const style = useMemo(() => basemapStyle(), [])
  const symbols = useMemo(() => townSymbols(towns), [towns])
  const labels = useMemo(() => countryLabels((iso) => t(`country.${iso}`)), [t])
  const initialViewState = useMemo(
    () => ({ bounds: townBounds(towns), fitBoundsOptions: { padding: fitPadding() } }),
    // The first view only: later changes of towns do not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  useFlyToSelection(mapRef, towns, selectedTownId, ready)

  const onClick = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id
    onSelectTown(typeof id === 'string' ? id : null)
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
        interactiveLayerIds={[townCircleLayer.id]}
        cursor={hovered ? 'pointer' : 'grab'}
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
        onClick={onClick}
        onLoad={onLoad}
        onIdle={onIdle}
        attributionControl={{ compact: true, customAttribution: t('map.attribution') }}
        aria-label={t('map.label')}
      >
        <Source id="country-labels" type="geojson" data={labels}>
          <Layer {...countryLabelLayer} />
        </Source>
        <Source id={TOWN_SOURCE} type="geojson" data={symbols}>
          <Layer {...townCircleLayer} />
          <Layer {...selectedTownLayer(selectedTownId)} />
          <Layer {...townLabelLayer(anchorOffsets)} />
        </Source>
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" />
      </MapGL>
    </div>
  )
}
