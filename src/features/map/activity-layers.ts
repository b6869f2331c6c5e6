import type { SymbolLayerSpecification } from 'maplibre-gl'
import { ACTIVITY_HIGHLIGHT_ICON } from './activity-icons'

export const ACTIVITY_SOURCE = 'activities'
export const ACTIVITY_LAYER_ID = 'activity-marks'
export const ACTIVITY_HIGHLIGHT_LAYER_ID = 'activity-marks-highlight'

/** Every mark stands where its layout puts it: none hides a label or another mark, and none is hidden. */
const placed = {
  'icon-offset': ['get', 'offset'],
  'icon-allow-overlap': true,
  'icon-ignore-placement': true,
} satisfies SymbolLayerSpecification['layout']

/** The activities' marks at their towns: the shape and colour of their category (activity-icons.ts). */
export const activityLayer: SymbolLayerSpecification = {
  id: ACTIVITY_LAYER_ID,
  type: 'symbol',
  source: ACTIVITY_SOURCE,
  layout: { ...placed, 'icon-image': ['concat', 'activity-', ['get', 'category']] },
}

/**
 * The box behind the mark under the pointer and behind the open activity's marks: the map's feature state
 * ('hover', 'selected'), so that neither re-lays out the marks (50,000 of them stay cheap).
 */
export const activityHighlightLayer: SymbolLayerSpecification = {
  id: ACTIVITY_HIGHLIGHT_LAYER_ID,
  type: 'symbol',
  source: ACTIVITY_SOURCE,
  layout: { ...placed, 'icon-image': ACTIVITY_HIGHLIGHT_ICON },
  paint: {
    'icon-opacity': ['case', ['any', ['boolean', ['feature-state', 'selected'], false], ['boolean', ['feature-state', 'hover'], false]], 1, 0],
  },
}
