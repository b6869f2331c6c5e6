import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl'
import { LINK_COLOURS, LINK_DASH } from '../../shared/link-palette'

export const LINK_SOURCE = 'links'
export const LINK_LAYER_IDS = ['links-solid', 'links-dashed'] as const

const colour: ExpressionSpecification = [
  'match', ['get', 'category'],
  'agreement', LINK_COLOURS.agreement,
  'project', LINK_COLOURS.project,
  LINK_COLOURS.activity,
]

/** Full strength for the selected town's links (or all links without a selection), faint for the rest. */
function opacity(selectedTownId: string | null): ExpressionSpecification | number {
  if (selectedTownId === null) return 0.75
  return ['case', ['any', ['==', ['get', 'source'], selectedTownId], ['==', ['get', 'target'], selectedTownId]], 0.95, 0.1]
}

export function linkLayers(selectedTownId: string | null): LineLayerSpecification[] {
  const base = {
    type: 'line' as const,
    source: LINK_SOURCE,
    layout: { 'line-cap': 'round' as const, 'line-join': 'round' as const },
  }
  return [
    {
      ...base,
      id: LINK_LAYER_IDS[0],
      filter: ['!=', ['get', 'category'], 'activity'],
      paint: { 'line-color': colour, 'line-width': ['get', 'width'], 'line-opacity': opacity(selectedTownId) },
    },
    {
      ...base,
      id: LINK_LAYER_IDS[1],
      filter: ['==', ['get', 'category'], 'activity'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colour,
        'line-width': ['get', 'width'],
        'line-opacity': opacity(selectedTownId),
        'line-dasharray': [...(LINK_DASH.activity ?? [1, 0])],
      },
    },
  ]
}

/** The link under the pointer or focused in a list: a halo under it, drawn with a filter. */
export function linkHighlightLayer(linkKey: string | null): LineLayerSpecification {
  return {
    id: 'links-highlight',
    type: 'line',
    source: LINK_SOURCE,
    filter: ['==', ['get', 'key'], linkKey ?? ''],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#ffd23f', 'line-width': ['+', ['get', 'width'], 6], 'line-opacity': 0.9 },
  }
}
