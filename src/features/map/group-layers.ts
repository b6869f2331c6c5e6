import type { CircleLayerSpecification, ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl'

/**
 * Group records (3 to 8 towns) as stars: a hub at the towns' centre with a thin spoke to each town, in a
 * calm grey, dotted, that the tie lines (dark, magenta, slate) do not use. Larger sets lie beneath smaller ones.
 */
export const GROUP_SOURCE = 'groups'
export const GROUP_HUB_LAYER_ID = 'group-hub'
export const GROUP_SPOKE_HIT_LAYER_ID = 'group-spoke-hit'
export const GROUP_LAYER_IDS = [GROUP_HUB_LAYER_ID, 'group-spoke'] as const
/** The layers a pointer can hit: the hub and a wide, invisible band along each spoke. */
export const GROUP_INTERACTIVE_IDS = [GROUP_HUB_LAYER_ID, GROUP_SPOKE_HIT_LAYER_ID] as const

const STAR = '#77808c'
const HIGHLIGHT = '#ffd23f'
const isSpoke: ExpressionSpecification = ['==', ['get', 'part'], 'spoke']
const isHub: ExpressionSpecification = ['==', ['get', 'part'], 'hub']
// Smaller sets are drawn over larger ones.
const smallerOnTop: ExpressionSpecification = ['-', 0, ['get', 'size']]

/** Faint while a town is selected and the star is not one of its groups. */
function opacity(full: number, selectedTownId: string | null): ExpressionSpecification | number {
  if (selectedTownId === null) return full
  // The key joins the sorted town ids with "|": look for the whole id between bars.
  return ['case', ['in', `|${selectedTownId}|`, ['concat', '|', ['get', 'key'], '|']], full, full * 0.25]
}

export function groupLayers(selectedTownId: string | null): (LineLayerSpecification | CircleLayerSpecification)[] {
  return [
    {
      id: GROUP_SPOKE_HIT_LAYER_ID,
      type: 'line',
      source: GROUP_SOURCE,
      filter: isSpoke,
      paint: { 'line-color': STAR, 'line-width': 10, 'line-opacity': 0 },
    },
    {
      id: 'group-spoke',
      type: 'line',
      source: GROUP_SOURCE,
      filter: isSpoke,
      layout: { 'line-cap': 'round', 'line-sort-key': smallerOnTop },
      // Dotted, so that no spoke reads as a tie line (those are solid, or dashed for activities).
      paint: { 'line-color': STAR, 'line-width': 2, 'line-opacity': opacity(0.8, selectedTownId), 'line-dasharray': [0, 2.5] },
    },
    {
      id: GROUP_HUB_LAYER_ID,
      type: 'circle',
      source: GROUP_SOURCE,
      filter: isHub,
      layout: { 'circle-sort-key': smallerOnTop },
      paint: {
        'circle-radius': ['+', 3, ['min', ['get', 'count'], 4]],
        'circle-color': '#ffffff',
        'circle-opacity': opacity(0.95, selectedTownId),
        'circle-stroke-color': STAR,
        'circle-stroke-width': 2,
        'circle-stroke-opacity': opacity(1, selectedTownId),
      },
    },
  ]
}

/** The hovered or clicked star: a halo under its spokes and hub, drawn with a filter. */
export function groupHighlightLayers(groupKey: string | null): (LineLayerSpecification | CircleLayerSpecification)[] {
  const mine: ExpressionSpecification = ['==', ['get', 'key'], groupKey ?? '']
  return [
    {
      id: 'group-highlight-spoke',
      type: 'line',
      source: GROUP_SOURCE,
      filter: ['all', mine, isSpoke],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': HIGHLIGHT, 'line-width': 6, 'line-opacity': 0.9 },
    },
    {
      id: 'group-highlight-hub',
      type: 'circle',
      source: GROUP_SOURCE,
      filter: ['all', mine, isHub],
      paint: { 'circle-radius': 11, 'circle-color': HIGHLIGHT, 'circle-opacity': 0.9 },
    },
  ]
}
