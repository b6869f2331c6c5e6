import type { Map as MapLibreMap } from 'maplibre-gl'
import { ACTIVITY_LAYER_ID } from './activity-layers'
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
  element.dataset.labelsShown = String(has(TOWN_LABEL_LAYER_ID) ? ids([TOWN_LABEL_LAYER_ID]).size : 0)
  element.dataset.linksShown = String(links.size)
  element.dataset.linkKeys = [...links].sort().join(' ')
  element.dataset.groupStars = String(has(GROUP_HUB_LAYER_ID) ? ids([GROUP_HUB_LAYER_ID], 'key').size : 0)
  element.dataset.selected = [...ids([SELECTED_TOWN_LAYER_ID])].join(' ')
  element.dataset.leaders = String(has(LEADER_LAYER_ID) ? ids([LEADER_LAYER_ID]).size : 0)
  writeActivityMarks(map, element)
  element.dataset.center = `${center.lng.toFixed(5)},${center.lat.toFixed(5)}`
  element.dataset.zoom = map.getZoom().toFixed(4)
}

/** At most this many activity marks are written with their pixels (a test clicks one; the benchmark has 50,000). */
const MARKS_WRITTEN = 200

/** The activity marks drawn: how many, and the first ones as `activity@x,y` (the mark's centre in the map's pixels). */
function writeActivityMarks(map: MapLibreMap, element: HTMLElement): void {
  const marks = map.getLayer(ACTIVITY_LAYER_ID) ? map.queryRenderedFeatures({ layers: [ACTIVITY_LAYER_ID] }) : []
  element.dataset.activityMarks = String(marks.length)
  element.dataset.activityPoints = marks.slice(0, MARKS_WRITTEN).flatMap((mark) => {
    const { activity, offset } = mark.properties as { activity: string; offset: [number, number] }
    if (mark.geometry.type !== 'Point') return []
    const [lon = 0, lat = 0] = mark.geometry.coordinates
    const at = map.project([lon, lat])
    return [`${activity}@${(at.x + offset[0]).toFixed(1)},${(at.y + offset[1]).toFixed(1)}`]
  }).join(' ')
}
