import type { Map as MapLibreMap } from 'maplibre-gl'
import { LINK_LAYER_IDS } from './link-layers'
import { TOWN_CIRCLE_LAYER_ID, TOWN_LABEL_LAYER_ID } from './town-layers'

/**
 * What the map shows right now, written on its container as data attributes after each idle:
 * how many town circles and links are in view and how many labels survived collision, plus the camera.
 * Tests and the benchmark read them; people never see them.
 */
export function writeMapDiagnostics(map: MapLibreMap, element: HTMLElement): void {
  const ids = (layers: string[], property = 'id') =>
    new Set(map.queryRenderedFeatures({ layers }).map((feature) => String(feature.properties[property])))
  const center = map.getCenter()
  element.dataset.townsInView = String(ids([TOWN_CIRCLE_LAYER_ID]).size)
  element.dataset.labelsShown = String(ids([TOWN_LABEL_LAYER_ID]).size)
  element.dataset.linksShown = String(ids([...LINK_LAYER_IDS], 'key').size)
  element.dataset.center = `${center.lng.toFixed(5)},${center.lat.toFixed(5)}`
  element.dataset.zoom = map.getZoom().toFixed(4)
}
