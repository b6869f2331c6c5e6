import type { CircleLayerSpecification, ExpressionSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl'
import { COUNTRY_COLOURS } from '../../shared/country-palette'
import { FONT_BOLD } from './basemap-layers'
import { LABEL_HALO, LABEL_SIZE_STOPS } from '../../domain/town-labels'

export const TOWN_SOURCE = 'towns'
export const TOWN_LABEL_LAYER_ID = 'town-label'

/**
 * A paint value: `full` for the emphasised towns, `faint` for the others (`full` for all without emphasis).
 * A `match` on the id looks each town up once; an `in` over the list would search it for every town.
 */
function emphasis(emphasised: readonly string[] | null, full: number | string, faint: number | string): ExpressionSpecification | number | string {
  if (emphasised === null) return full
  if (emphasised.length === 0) return faint
  return ['match', ['get', 'id'], [...new Set(emphasised)], full, faint] as ExpressionSpecification
}

const countryColour: ExpressionSpecification = ['match', ['get', 'country'], 'AT', COUNTRY_COLOURS.AT, 'SI', COUNTRY_COLOURS.SI, 'HU', COUNTRY_COLOURS.HU, '#888888']

export const TOWN_CIRCLE_LAYER_ID = 'town-circle'

/**
 * Towns by country colour, area by population. With emphasis (a selected town and its partners, or the
 * members of a shared record) the other towns fade.
 */
export function townCircleLayer(emphasised: readonly string[] | null): CircleLayerSpecification {
  const faded = (full: number, faint: number) => emphasis(emphasised, full, faint) as ExpressionSpecification | number
  return {
    id: TOWN_CIRCLE_LAYER_ID,
    type: 'circle',
    source: TOWN_SOURCE,
    // Drawn in the source's order (inDrawingOrder): smaller towns over larger ones.
    paint: {
      'circle-radius': ['get', 'radius'],
      'circle-color': countryColour,
      'circle-opacity': faded(0.85, 0.25),
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
      'circle-stroke-opacity': faded(1, 0.3),
    },
  }
}

/** The selected town: a second layer with a filter, drawn over the first (it matches nothing without a selection). */
export const SELECTED_TOWN_LAYER_ID = 'town-selected'

export function selectedTownLayer(townId: string | null): CircleLayerSpecification {
  return {
    id: SELECTED_TOWN_LAYER_ID,
    type: 'circle',
    source: TOWN_SOURCE,
    filter: ['==', ['get', 'id'], townId ?? ''],
    paint: {
      'circle-radius': ['+', ['get', 'radius'], 4],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#1a1a2e',
      'circle-stroke-width': 3,
    },
  }
}

/**
 * Official names beside their circles. Each label tries the sides the placement ranked for it
 * (see label-anchors.ts), so it moves to a free side instead of vanishing in a collision.
 */
export function townLabelLayer(
  anchorOffsets: ExpressionSpecification | null,
  emphasised: readonly string[] | null,
  allowOverlap = false,
  scale = 1,
): SymbolLayerSpecification {
  return {
  id: TOWN_LABEL_LAYER_ID,
  type: 'symbol',
  source: TOWN_SOURCE,
  layout: {
    'text-field': ['get', 'label'],
    'text-font': [FONT_BOLD],
    'text-size': ['interpolate', ['linear'], ['zoom'], ...LABEL_SIZE_STOPS.flatMap(([zoom, size]) => [zoom, size * scale])],
    'text-max-width': 30,
    ...(anchorOffsets === null
      ? { 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': ['+', 0.35, ['/', ['get', 'radius'], 12]] }
      : { 'text-variable-anchor-offset': anchorOffsets }),
    'text-justify': 'auto',
    'text-padding': 1,
    // Where the placement found room for every label, each stands where it put it; else collision decides.
    'text-allow-overlap': allowOverlap,
    // Placed and drawn in the source's order (inDrawingOrder): larger towns' labels first.
    'symbol-z-order': 'source',
  },
  paint: {
    'text-color': emphasis(emphasised, '#1a1a2e', '#8a8a99') as ExpressionSpecification | string,
    'text-halo-color': 'rgba(255,255,255,0.92)',
    'text-halo-width': LABEL_HALO,
  },
  }
}

export const LEADER_SOURCE = 'label-leaders'
export const LEADER_LAYER_ID = 'town-label-leader'

/** Thin lines from a circle to its label where the label had to move far from it. */
export function labelLeaderLayer(emphasised: readonly string[] | null): LineLayerSpecification {
  return {
    id: LEADER_LAYER_ID,
    type: 'line',
    source: LEADER_SOURCE,
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': '#1a1a2e',
      'line-width': 0.8,
      'line-opacity': emphasis(emphasised, 0.7, 0.25) as ExpressionSpecification | number,
    },
  }
}
