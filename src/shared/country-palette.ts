import type { Country } from '../domain/town-schema'

/**
 * Okabe–Ito colours, chosen to stay distinct with the common colour-vision deficiencies:
 * vermillion, blue and bluish green.
 */
export const COUNTRY_COLOURS: Record<Country, string> = {
  AT: '#D55E00',
  SI: '#0072B2',
  HU: '#009E73',
}
