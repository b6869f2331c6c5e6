import type { Feature, FeatureCollection, LineString, Point } from 'geojson'
import type { Evidence } from './evidence'

/** The towns one or more group records name together, drawn as one star: a hub with a spoke to each town. */
export interface GroupShape {
  /** The sorted town ids joined by "|": the same set of towns is one shape, whatever records name it. */
  key: string
  towns: string[]
  /** Ids of the records naming exactly these towns, oldest first as given. */
  records: string[]
}

export interface GroupShapeProperties {
  key: string
  /** Records behind the shape. */
  count: number
  /** Towns of the shape. */
  size: number
  part: 'hub' | 'spoke'
  /** The spoke's town (spokes only). */
  town?: string
}

type Position = [number, number]

/** Group records merged by their set of towns, largest sets first (drawn first, beneath smaller ones). */
export function groupShapes(groups: readonly Evidence[]): GroupShape[] {
  const shapes = new Map<string, GroupShape>()
  for (const item of groups) {
    const towns = [...item.towns].sort()
    const key = towns.join('|')
    const shape = shapes.get(key) ?? { key, towns, records: [] }
    if (!shape.records.includes(item.id)) shape.records.push(item.id)
    shapes.set(key, shape)
  }
  return [...shapes.values()].sort((a, b) => b.towns.length - a.towns.length || b.records.length - a.records.length || a.key.localeCompare(b.key))
}

const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI
const latitude = (y: number) => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90

/** The centre of the towns in Web Mercator (the mean of their positions), where a star's spokes meet. */
export function hubOf(positions: readonly Position[]): Position {
  const x = positions.reduce((sum, [lon]) => sum + lon, 0) / positions.length
  const y = positions.reduce((sum, [, lat]) => sum + mercatorY(lat), 0) / positions.length
  return [x, latitude(y)]
}

/** Each shape as a hub point and straight spokes from the hub to its towns; towns without a position are left out. */
export function groupStarFeatures(
  shapes: readonly GroupShape[],
  position: (town: string) => Position | undefined,
): FeatureCollection<Point | LineString, GroupShapeProperties> {
  const features: Feature<Point | LineString, GroupShapeProperties>[] = []
  for (const shape of shapes) {
    const placed = shape.towns.flatMap((town) => {
      const at = position(town)
      return at ? [[town, at] as const] : []
    })
    if (placed.length < 2) continue
    const hub = hubOf(placed.map(([, at]) => at))
    const common = { key: shape.key, count: shape.records.length, size: shape.towns.length }
    for (const [town, at] of placed) {
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [hub, at] }, properties: { ...common, part: 'spoke', town } })
    }
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: hub }, properties: { ...common, part: 'hub' } })
  }
  return { type: 'FeatureCollection', features: features.map((feature, index) => ({ ...feature, id: index })) }
}
