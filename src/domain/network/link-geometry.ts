import { scaleSqrt } from 'd3'
import type { Feature, FeatureCollection, LineString } from 'geojson'
import type { EdgeKind, TieKind } from './evidence'
import type { NetworkGraph } from './build-network'

/** How a link is drawn: formal bilateral agreements, joint projects, joint activities. */
export type LinkCategory = 'agreement' | 'project' | 'activity'

export const LINK_CATEGORIES: readonly LinkCategory[] = ['agreement', 'project', 'activity']

export function linkCategory(kinds: readonly EdgeKind[]): LinkCategory {
  if (kinds.some((kind) => kind !== 'project' && kind !== 'activity' && kind !== 'joint-project')) return 'agreement'
  if (kinds.some((kind) => kind === 'project' || kind === 'joint-project')) return 'project'
  return 'activity'
}

export interface LinkProperties {
  key: string
  source: string
  target: string
  weight: number
  width: number
  category: LinkCategory
  tie: TieKind
}

type Point = [number, number]

const mercator = ([lon, lat]: Point): Point => [lon, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI]
const unmercator = ([x, y]: Point): Point => [x, (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90]

/**
 * The least offset of a curve's control point, in Web Mercator degrees (about 18 km at 47° N): the curve
 * of two neighbouring towns (Bad Radkersburg and Gornja Radgona, 1.5 km apart) then bulges about 9 km,
 * some 20 px at the first view, out from under their circles instead of hiding beneath them.
 */
export const MIN_BULGE = 0.24

/**
 * A quadratic curve from a to b, bent to the left of the direction a -> b by `bend` times the
 * chord's length, and at least `minBulge` (in Web Mercator, so it looks the same on the map at every
 * latitude).
 */
export function curvedLine(a: Point, b: Point, bend = 0.18, segments = 24, minBulge = MIN_BULGE): Point[] {
  const [x0, y0] = mercator(a)
  const [x2, y2] = mercator(b)
  const [dx, dy] = [x2 - x0, y2 - y0]
  const chord = Math.hypot(dx, dy)
  const scale = chord === 0 ? 0 : Math.max(bend, minBulge / chord)
  const [cx, cy] = [(x0 + x2) / 2 - dy * scale, (y0 + y2) / 2 + dx * scale]
  const points: Point[] = []
  for (let step = 0; step <= segments; step += 1) {
    const t = step / segments
    const u = 1 - t
    points.push(unmercator([u * u * x0 + 2 * u * t * cx + t * t * x2, u * u * y0 + 2 * u * t * cy + t * t * y2]))
  }
  return points
}

export const LINK_WIDTH_RANGE: readonly [number, number] = [1.5, 7]

/** Line width by weight: area-like (square root), so that a strong link does not swamp the map. */
export function linkWidthScale(maxWeight: number) {
  return scaleSqrt().domain([0, Math.max(1, maxWeight)]).range(LINK_WIDTH_RANGE).clamp(true)
}

/**
 * The network's ties of the given kinds (direct ties by default) as curved lines; each pair once, always
 * bent the same way (from the smaller id).
 */
export function linkLines(
  graph: NetworkGraph,
  position: (town: string) => Point | undefined,
  ties: readonly TieKind[] = ['direct'],
): FeatureCollection<LineString, LinkProperties> {
  let maxWeight = 1
  graph.forEachEdge((_key, attributes) => {
    if (ties.includes(attributes.tie)) maxWeight = Math.max(maxWeight, attributes.weight)
  })
  const width = linkWidthScale(maxWeight)
  const features: Feature<LineString, LinkProperties>[] = []
  graph.forEachEdge((key, attributes, source, target) => {
    if (!ties.includes(attributes.tie)) return
    const [from, to] = source < target ? [source, target] : [target, source]
    const a = position(from)
    const b = position(to)
    if (!a || !b) return
    features.push({
      type: 'Feature',
      id: features.length,
      geometry: { type: 'LineString', coordinates: curvedLine(a, b) },
      properties: {
        key, source: from, target: to, weight: attributes.weight, width: width(attributes.weight),
        category: linkCategory(attributes.kinds), tie: attributes.tie,
      },
    })
  })
  // Lighter links first, so that strong ones are drawn on top.
  features.sort((x, y) => x.properties.weight - y.properties.weight)
  return { type: 'FeatureCollection', features }
}
