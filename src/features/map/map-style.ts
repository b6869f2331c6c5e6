import type { StyleSpecification } from 'maplibre-gl'
import notoLatin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url'
import notoLatinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url'
import notoLatin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url'
import notoLatinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url'
import {
  backgroundLayer,
  borderCasingLayer,
  borderLayer,
  coastLayer,
  countryFillLayer,
  countryLabelLayer,
  FONT_BOLD,
  FONT_REGULAR,
  slotLayers,
} from './basemap-layers'

/** Unicode ranges of the fontsource subsets (latin, latin-ext): č, š, ž, ő and ű are in latin-ext. */
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD']
const LATIN_EXT = ['U+0100-02AF', 'U+0304', 'U+0308', 'U+0329', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF']

/** The family fontsource registers for the page; the map draws the same files. */
export const FONT_FAMILY_CSS = 'Noto Sans'

const absolute = (url: string) => new URL(url, window.location.href).href

function fontFaces(latin: string, latinExt: string) {
  return [
    { url: absolute(latin), 'unicode-range': LATIN },
    { url: absolute(latinExt), 'unicode-range': LATIN_EXT },
  ]
}

/**
 * The offline basemap: Natural Earth country areas, borders and coast built into public/basemap,
 * and Noto Sans shipped with the app for every label. No request leaves the machine.
 */
export function basemapStyle(): StyleSpecification {
  const base = import.meta.env.BASE_URL
  return {
    version: 8,
    'font-faces': {
      [FONT_REGULAR]: fontFaces(notoLatin400, notoLatinExt400),
      [FONT_BOLD]: fontFaces(notoLatin600, notoLatinExt600),
    },
    sources: {
      countries: { type: 'geojson', data: absolute(`${base}basemap/countries.geojson`), attribution: 'Natural Earth' },
      borders: { type: 'geojson', data: absolute(`${base}basemap/borders.geojson`) },
      coast: { type: 'geojson', data: absolute(`${base}basemap/coast.geojson`) },
    },
    layers: [backgroundLayer, countryFillLayer, coastLayer, borderCasingLayer, borderLayer, ...slotLayers],
  }
}

export { countryLabelLayer }
