import { extent, scaleSqrt } from 'd3'
import type { Feature, FeatureCollection, Point } from 'geojson'
import type { Country, Town } from './town-schema'

export interface TownSymbolProperties {
  id: string
  country: Country
  label: string
  population: number
  /** Circle radius in pixels; the circle's area is proportional to the population. */
  radius: number
}

export const RADIUS_RANGE: readonly [number, number] = [0, 22]

/** Square-root scale from population to radius, so that area (not radius) follows population. */
export function populationRadiusScale(maxPopulation: number) {
  return scaleSqrt().domain([0, maxPopulation]).range(RADIUS_RANGE)
}

export function townSymbols(towns: readonly Town[]): FeatureCollection<Point, TownSymbolProperties> {
  const [, max = 1] = extent(towns, (town) => town.population.value)
  const radius = populationRadiusScale(max)
  const features: Feature<Point, TownSymbolProperties>[] = towns.map((town) => ({
    type: 'Feature',
    id: town.id,
    geometry: { type: 'Point', coordinates: [town.lon, town.lat] },
    properties: {
      id: town.id,
      country: town.country,
      label: town.names.official,
      population: town.population.value,
      radius: Math.max(4, radius(town.population.value)),
    },
  }))
  return { type: 'FeatureCollection', features }
}

/** [[west, south], [east, north]] around all towns. */
export function townBounds(towns: readonly Town[]): [[number, number], [number, number]] {
  const [west = 0, east = 0] = extent(towns, (town) => town.lon)
  const [south = 0, north = 0] = extent(towns, (town) => town.lat)
  return [[west, south], [east, north]]
}
