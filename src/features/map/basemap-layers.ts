import type {
  BackgroundLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl'
import { COUNTRY_COLOURS } from '../../shared/country-palette'

export const FONT_REGULAR = 'Noto Sans Regular'
export const FONT_BOLD = 'Noto Sans SemiBold'

export const backgroundLayer: BackgroundLayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': '#cfe0ea' },
}

/** Land, with the three countries of the network tinted in their legend colours. */
export const countryFillLayer: FillLayerSpecification = {
  id: 'country-fill',
  type: 'fill',
  source: 'countries',
  paint: {
    'fill-color': [
      'match',
      ['get', 'iso'],
      'AT', mix(COUNTRY_COLOURS.AT),
      'SI', mix(COUNTRY_COLOURS.SI),
      'HU', mix(COUNTRY_COLOURS.HU),
      '#f2f0eb',
    ],
  },
}

export const coastLayer: LineLayerSpecification = {
  id: 'coast',
  type: 'line',
  source: 'coast',
  paint: { 'line-color': '#8fb3c9', 'line-width': 1 },
}

export const borderCasingLayer: LineLayerSpecification = {
  id: 'border-casing',
  type: 'line',
  source: 'borders',
  layout: { 'line-join': 'round' },
  paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 3, 10, 6], 'line-opacity': 0.8 },
}

export const borderLayer: LineLayerSpecification = {
  id: 'border',
  type: 'line',
  source: 'borders',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': '#6b6b7b',
    'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 10, 2],
    'line-dasharray': [3, 2],
  },
}

export const countryLabelLayer: SymbolLayerSpecification = {
  id: 'country-label',
  type: 'symbol',
  source: 'country-labels',
  layout: {
    'text-field': ['get', 'name'],
    'text-font': [FONT_REGULAR],
    'text-size': 13,
    'text-letter-spacing': 0.25,
    'text-transform': 'uppercase',
    'text-allow-overlap': false,
    // Country names give way: they never push a town's label off its place.
    'text-ignore-placement': true,
  },
  paint: { 'text-color': '#5b5b6b', 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.5 },
}

/** The legend colour, faded towards white for a calm fill under the symbols. */
function mix(hex: string, share = 0.12): string {
  const channel = (offset: number) => parseInt(hex.slice(offset, offset + 2), 16)
  const fade = (value: number) => Math.round(255 - (255 - value) * share)
  return `rgb(${fade(channel(1))}, ${fade(channel(3))}, ${fade(channel(5))})`
}

/**
 * Empty layers that mark where the app's own layers go (MapLibre has no slots): the links are
 * inserted before LINKS_SLOT, the towns before TOWNS_SLOT, whatever order React mounts them in.
 */
export const LINKS_SLOT = 'slot-links'
export const TOWNS_SLOT = 'slot-towns'

export const slotLayers: BackgroundLayerSpecification[] = [LINKS_SLOT, TOWNS_SLOT].map((id) => ({
  id,
  type: 'background',
  layout: { visibility: 'none' },
  paint: { 'background-opacity': 0 },
}))
