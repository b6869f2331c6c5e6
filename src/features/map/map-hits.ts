import type { MapGeoJSONFeature } from 'maplibre-gl'
import { ACTIVITY_LAYER_ID } from './activity-layers'
import { GROUP_HUB_LAYER_ID, GROUP_SPOKE_HIT_LAYER_ID } from './group-layers'
import { LINK_LAYER_IDS } from './link-layers'
import { TOWN_CIRCLE_LAYER_ID } from './town-layers'

export type MapHit = { kind: 'town'; id: string } | { kind: 'activity'; id: string } | { kind: 'link' | 'group'; key: string }

const LINK_IDS: readonly string[] = LINK_LAYER_IDS

/**
 * What the pointer is on, among the features under it: an activity's mark first (drawn over everything), then
 * a town, a star's hub, a tie line, and last a star's spoke (thin and long, it lies under many other things).
 */
export function mapHit(features: readonly MapGeoJSONFeature[] | undefined): MapHit | null {
  const on = (test: (layer: string) => boolean) => features?.find((feature) => test(feature.layer.id))?.properties
  const activity = on((layer) => layer === ACTIVITY_LAYER_ID)?.activity
  if (typeof activity === 'string') return { kind: 'activity', id: activity }
  const town = on((layer) => layer === TOWN_CIRCLE_LAYER_ID)?.id
  if (typeof town === 'string') return { kind: 'town', id: town }
  const hub = on((layer) => layer === GROUP_HUB_LAYER_ID)?.key
  if (typeof hub === 'string') return { kind: 'group', key: hub }
  const link = on((layer) => LINK_IDS.includes(layer))?.key
  if (typeof link === 'string') return { kind: 'link', key: link }
  const spoke = on((layer) => layer === GROUP_SPOKE_HIT_LAYER_ID)?.key
  if (typeof spoke === 'string') return { kind: 'group', key: spoke }
  return null
}
