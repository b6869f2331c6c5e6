import type { Map as MapLibreMap } from 'maplibre-gl'
import { GROUP_HUB_LAYER_ID } from './group-layers'
import { LINK_LAYER_IDS } from './link-layers'
import { LEADER_LAYER_ID, SELECTED_TOWN_LAYER_ID, TOWN_CIRCLE_LAYER_ID, TOWN_LABEL_LAYER_ID } from './town-layers'

/**
 * What the map shows right now, written on its container as data attributes after each idle:
 * how many town circles and links are in view and how many labels survived collision, which ties are
 * drawn as lines, how many group stars and label leader lines, the selected town drawn, plus the camera.
 * Tests and the benchmark read them; people never see them.
 */
export function writeMapDiagnostics(map: MapLibreMap, element: HTMLElement): void {
  const ids = (layers: string[], property = 'id') =>
    new Set(map.queryRenderedFeatures({ layers }).map((feature) => String(feature.properties[property])))
  const has = (layer: string) => map.getLayer(layer) !== undefined
  const center = map.getCenter()
  const links = ids([...LINK_LAYER_IDS], 'key')
  element.dataset.townsInView = String(ids([TOWN_CIRCLE_LAYER_ID]).size)
  element.dataset.labelsShown = String(ids([TOWN_LABEL_LAYER_ID]).size)
  element.dataset.linksShown = String(links.size)
  element.dataset.linkKeys = [...links].sort().join(' ')
  element.dataset.groupStars = String(has(GROUP_HUB_LAYER_ID) ? ids([GROUP_HUB_LAYER_ID], 'key').size : 0)
  element.dataset.selected = [...ids([SELECTED_TOWN_LAYER_ID])].join(' ')
  element.dataset.leaders = String(has(LEADER_LAYER_ID) ? ids([LEADER_LAYER_ID]).size : 0)
  element.dataset.center = `${center.lng.toFixed(5)},${center.lat.toFixed(5)}`
  element.dataset.zoom = map.getZoom().toFixed(4)
}
