import type { FeatureCollection, Point } from 'geojson'

export type LabelledCountry = 'AT' | 'SI' | 'HU' | 'HR' | 'SK'

/** Where each country's name sits in the first view, away from the towns. */
const LABEL_POSITIONS: Record<LabelledCountry, [number, number]> = {
  AT: [15.45, 47.38],
  SI: [15.55, 46.5],
  HU: [17.05, 46.95],
  HR: [16.42, 46.36],
  SK: [17.4, 48.15],
}

export function countryLabels(name: (iso: LabelledCountry) => string): FeatureCollection<Point, { name: string }> {
  return {
    type: 'FeatureCollection',
    features: (Object.entries(LABEL_POSITIONS) as [LabelledCountry, [number, number]][]).map(([iso, coordinates]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: { name: name(iso) },
    })),
  }
}
