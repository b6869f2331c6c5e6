import type { Map as MapLibreMap } from 'maplibre-gl'
import { townCircleLayer, TOWN_LABEL_LAYER_ID } from './town-layers'

/**
 * What the map shows right now, written on its container as data attributes after each idle:
 * how many town circles are in view and how many labels survived collision, plus the camera.
 * Tests and the benchmark read them; people never see them.
 */
export function writeMapDiagnostics(map: MapLibreMap, element: HTMLElement): void {
  const ids = (layer: string) =>
    new Set(map.queryRenderedFeatures({ layers: [layer] }).map((feature) => String(feature.properties.id)))
  const center = map.getCenter()
  element.dataset.townsInView = String(ids(townCircleLayer.id).size)
  element.dataset.labelsShown = String(ids(TOWN_LABEL_LAYER_ID).size)
  element.dataset.center = `${center.lng.toFixed(5)},${center.lat.toFixed(5)}`
  element.dataset.zoom = map.getZoom().toFixed(4)
}
