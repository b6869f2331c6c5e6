import { extent, scaleSqrt } from 'd3'
import type { Feature, FeatureCollection, Point } from 'geojson'
import type { Country, Town } from './town-schema'
import { mapLabel } from './map-label'

export interface TownSymbolProperties {
  id: string
  country: Country
  label: string
  population: number
  /** Circle radius in pixels; the circle's area is proportional to the population. */
  radius: number
}

export const RADIUS_RANGE: readonly [number, number] = [0, 22]
/**
 * On a narrow screen (a phone) the largest circle is smaller: at the first view there, Bad Radkersburg's
 * circle would lie wholly inside Gornja Radgona's, and no label could sit nearer to its own circle.
 */
export const COMPACT_RADIUS_RANGE: readonly [number, number] = [0, 15]
export const COMPACT_BELOW_PX = 600

/** The circles' size range for a window of this width. */
export function radiusRangeFor(windowWidth: number): readonly [number, number] {
  return windowWidth < COMPACT_BELOW_PX ? COMPACT_RADIUS_RANGE : RADIUS_RANGE
}

/** Square-root scale from population to radius, so that area (not radius) follows population. */
export function populationRadiusScale(maxPopulation: number, range: readonly [number, number] = RADIUS_RANGE) {
  return scaleSqrt().domain([0, maxPopulation]).range(range)
}

export function townSymbols(towns: readonly Town[], range: readonly [number, number] = RADIUS_RANGE): FeatureCollection<Point, TownSymbolProperties> {
  const [, max = 1] = extent(towns, (town) => town.population.value)
  const radius = populationRadiusScale(max, range)
  const features: Feature<Point, TownSymbolProperties>[] = towns.map((town) => ({
    type: 'Feature',
    id: town.id,
    geometry: { type: 'Point', coordinates: [town.lon, town.lat] },
    properties: {
      id: town.id,
      country: town.country,
      label: mapLabel(town.names.official),
      population: town.population.value,
      radius: Math.max(4, radius(town.population.value)),
    },
  }))
  return { type: 'FeatureCollection', features }
}

/**
 * The circles in the order the map draws them: the most populous first (so below), smaller towns over
 * larger ones, so that Bad Radkersburg shows beside Gornja Radgona; equal populations by id. The same order
 * gives larger towns' labels the first place in MapLibre's collision. Drawing in the source's order instead
 * of by a sort key keeps one draw call per tile: a data-driven sort key makes one per distinct population
 * (9,160 a frame at 10,000 towns).
 */
export function inDrawingOrder<P extends Pick<TownSymbolProperties, 'id' | 'population'>>(
  symbols: FeatureCollection<Point, P>,
): FeatureCollection<Point, P> {
  const features = [...symbols.features].sort((a, b) =>
    b.properties.population - a.properties.population || (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0))
  return { ...symbols, features }
}

/** [[west, south], [east, north]] around all towns. */
export function townBounds(towns: readonly Town[]): [[number, number], [number, number]] {
  const [west = 0, east = 0] = extent(towns, (town) => town.lon)
  const [south = 0, north = 0] = extent(towns, (town) => town.lat)
  return [[west, south], [east, north]]
}

export interface Padding {
  top: number
  right: number
  bottom: number
  left: number
}

/** Room around the towns in the first view (by the window's width); a little more at the bottom for scale and attribution. */
export function firstViewPadding(windowWidth: number): Padding {
  const side = windowWidth < COMPACT_BELOW_PX ? 36 : 60
  return { top: side, left: side, right: side, bottom: side + 16 }
}

/** A view of the map: Web Mercator with 512 px tiles (as MapLibre), a centre, a zoom and a size in pixels. */
export interface MapView {
  center: [number, number]
  zoom: number
  width: number
  height: number
}

const TILE = 512
const worldX = (lon: number) => (lon + 180) / 360
const worldY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2
const latitudeOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI

/** The view that fits the bounds into a map of this size with padding, as MapLibre's fitBounds does. */
export function fitView(bounds: [[number, number], [number, number]], width: number, height: number, padding: Padding, maxZoom = 14): MapView {
  const [[west, south], [east, north]] = bounds
  const spanX = (worldX(east) - worldX(west)) * TILE
  const spanY = (worldY(south) - worldY(north)) * TILE
  const scale = Math.min((width - padding.left - padding.right) / spanX, (height - padding.top - padding.bottom) / spanY)
  const zoom = Math.min(maxZoom, Math.log2(scale))
  const world = TILE * 2 ** zoom
  // The bounds sit in the middle of the padded area, so the centre moves by half the padding's imbalance.
  const x = (worldX(west) + worldX(east)) / 2 - (padding.left - padding.right) / 2 / world
  const y = (worldY(north) + worldY(south)) / 2 - (padding.top - padding.bottom) / 2 / world
  return { center: [x * 360 - 180, latitudeOf(y)], zoom, width, height }
}

/** Where a place appears in a view, in pixels from the map's top-left corner. */
export function projectToView(view: MapView, lon: number, lat: number): [number, number] {
  const world = TILE * 2 ** view.zoom
  return [
    view.width / 2 + (worldX(lon) - worldX(view.center[0])) * world,
    view.height / 2 + (worldY(lat) - worldY(view.center[1])) * world,
  ]
}
