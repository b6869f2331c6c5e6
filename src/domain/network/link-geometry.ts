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
  /** True when the towns are so near that the tie is drawn as a loop beside them. */
  loop: boolean
}

type Point = [number, number]

const mercator = ([lon, lat]: Point): Point => [lon, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI]
const unmercator = ([x, y]: Point): Point => [x, (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90]

/**
 * The least offset of a curve's control point, in Web Mercator degrees (about 4.5 km at 47° N), so that
 * a short tie still bends a little (its middle some 2 km off the straight line).
 */
export const MIN_BULGE = 0.06

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

/**
 * Towns nearer than this (Web Mercator degrees, about 4.5 km at 47° N) have overlapping circles on the
 * map: a curve between them would hide beneath them, so their tie is drawn as a loop beside them.
 */
export const LOOP_BELOW = 0.06
/**
 * How far a loop reaches out from its towns, in Web Mercator degrees (about 9 km at 47° N): for Bad
 * Radkersburg and Gornja Radgona (1.5 km apart) some 24 px beyond their centres on a phone's first view
 * and 34 px at 1280 px, clear of their circles, with room inside the loop.
 */
export const LOOP_REACH = 0.12

const SPREAD = Math.PI / 4

/**
 * A loop from a to b reaching `reach` out in `direction` (a vector in Web Mercator): a cubic curve whose
 * control points leave a and b at 45° either side of the direction, a teardrop with room inside.
 */
export function loopLine(a: Point, b: Point, direction: Point, reach = LOOP_REACH, segments = 24): Point[] {
  const [x0, y0] = mercator(a)
  const [x3, y3] = mercator(b)
  const length = Math.hypot(direction[0], direction[1]) || 1
  const [ux, uy] = [direction[0] / length, direction[1] / length]
  // The middle of the curve lies 3/4 · L · cos(spread) out from the chord's middle.
  const arm = reach / (0.75 * Math.cos(SPREAD))
  const turn = (angle: number): Point => [ux * Math.cos(angle) - uy * Math.sin(angle), ux * Math.sin(angle) + uy * Math.cos(angle)]
  // a's control point leans away from b, so that the loop does not cross itself.
  const side = turn(SPREAD)[0] * (x3 - x0) + turn(SPREAD)[1] * (y3 - y0) > 0 ? -1 : 1
  const [p1x, p1y] = turn(side * SPREAD)
  const [p2x, p2y] = turn(-side * SPREAD)
  const [x1, y1, x2, y2] = [x0 + arm * p1x, y0 + arm * p1y, x3 + arm * p2x, y3 + arm * p2y]
  const points: Point[] = []
  for (let step = 0; step <= segments; step += 1) {
    const t = step / segments
    const u = 1 - t
    const [c0, c1, c2, c3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t]
    points.push(unmercator([c0 * x0 + c1 * x1 + c2 * x2 + c3 * x3, c0 * y0 + c1 * y1 + c2 * y2 + c3 * y3]))
  }
  return points
}

/**
 * The way a loop between a and b should point: of 24 directions, the one whose far end lies farthest
 * from every other town (the first such, counted anticlockwise from east, on a tie).
 */
export function freeDirection(a: Point, b: Point, others: readonly Point[], reach = LOOP_REACH): Point {
  return roomiest(loopRoom(a, b, others.map(mercator), reach))
}

const DIRECTIONS: readonly Point[] = Array.from({ length: 24 }, (_, step) => [Math.cos((step * Math.PI) / 12), Math.sin((step * Math.PI) / 12)])

/** For each of the 24 directions, how far the far end of a loop from a to b lies from the nearest of `places` (in Web Mercator). */
function loopRoom(a: Point, b: Point, places: readonly Point[], reach: number): number[] {
  const [x0, y0] = mercator(a)
  const [x1, y1] = mercator(b)
  const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2]
  return DIRECTIONS.map(([dx, dy]) => {
    const [ex, ey] = [mx + dx * reach, my + dy * reach]
    let nearest = Infinity
    for (const [x, y] of places) nearest = Math.min(nearest, Math.hypot(x - ex, y - ey))
    return nearest
  })
}

function roomiest(room: readonly number[]): Point {
  let best: Point = [0, 1]
  let most = -Infinity
  room.forEach((value, step) => {
    if (value > most + 1e-12) [best, most] = [DIRECTIONS[step] as Point, value]
  })
  return best
}

/**
 * freeDirection for many loops among many towns: each far end's nearest town is found in a grid of the towns
 * (ring by ring of cells outwards from the far end's cell, until no cell left can hold a nearer one), not by
 * measuring every town. The same direction as freeDirection.
 */
function loopDirections(towns: readonly (readonly [string, Point])[]) {
  const places = towns.map(([, at]) => mercator(at))
  const size = LOOP_REACH / 2
  let cells: Map<string, number[]> | null = null
  // The cells the towns fill: no ring beyond them holds one.
  let [cx0, cy0, cx1, cy1] = [0, 0, -1, -1]
  const cellOf = (value: number) => Math.floor(value / size)
  const build = () => {
    const grid = new Map<string, number[]>()
    ;[cx0, cy0, cx1, cy1] = [Infinity, Infinity, -Infinity, -Infinity]
    places.forEach(([x, y], id) => {
      const [cx, cy] = [cellOf(x), cellOf(y)]
      ;[cx0, cy0, cx1, cy1] = [Math.min(cx0, cx), Math.min(cy0, cy), Math.max(cx1, cx), Math.max(cy1, cy)]
      const key = `${cx} ${cy}`
      const list = grid.get(key)
      if (list) list.push(id)
      else grid.set(key, [id])
    })
    return grid
  }
  /** The distance from (x, y) to the nearest town other than `from` and `to` (Infinity without one). */
  const nearest = (grid: Map<string, number[]>, x: number, y: number, from: string, to: string) => {
    const [cx, cy] = [cellOf(x), cellOf(y)]
    let best = Infinity
    const visit = (i: number, j: number) => {
      for (const id of grid.get(`${i} ${j}`) ?? []) {
        const town = towns[id]?.[0]
        if (town === from || town === to) continue
        const [px = 0, py = 0] = places[id] ?? []
        best = Math.min(best, Math.hypot(px - x, py - y))
      }
    }
    const last = Math.max(Math.abs(cx - cx0), Math.abs(cx - cx1), Math.abs(cy - cy0), Math.abs(cy - cy1))
    // Ring r: the cells r cells away. After it, every town not yet seen lies at least r cells' widths away.
    for (let ring = 0; ring <= last && best > (ring - 1) * size; ring += 1) {
      if (ring === 0) visit(cx, cy)
      for (let i = cx - ring; i <= cx + ring && ring > 0; i += 1) {
        visit(i, cy - ring)
        visit(i, cy + ring)
      }
      for (let j = cy - ring + 1; j <= cy + ring - 1; j += 1) {
        visit(cx - ring, j)
        visit(cx + ring, j)
      }
    }
    return best
  }
  return (a: Point, b: Point, from: string, to: string): Point => {
    cells ??= build()
    const grid = cells
    const [x0, y0] = mercator(a)
    const [x1, y1] = mercator(b)
    const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2]
    return roomiest(DIRECTIONS.map(([dx, dy]) => nearest(grid, mx + dx * LOOP_REACH, my + dy * LOOP_REACH, from, to)))
  }
}

export const LINK_WIDTH_RANGE: readonly [number, number] = [1.5, 7]

/** Line width by weight: area-like (square root), so that a strong link does not swamp the map. */
export function linkWidthScale(maxWeight: number) {
  return scaleSqrt().domain([0, Math.max(1, maxWeight)]).range(LINK_WIDTH_RANGE).clamp(true)
}

/**
 * The network's ties of the given kinds (direct ties by default) as curved lines; each pair once, always
 * bent the same way (from the smaller id). Towns whose circles overlap get a loop, where other towns leave room.
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
  const placed = graph.nodes().flatMap((node) => {
    const at = position(node)
    return at ? [[node, at] as const] : []
  })
  const loopDirection = loopDirections(placed)
  graph.forEachEdge((key, attributes, source, target) => {
    if (!ties.includes(attributes.tie)) return
    const [from, to] = source < target ? [source, target] : [target, source]
    const a = position(from)
    const b = position(to)
    if (!a || !b) return
    const [x0, y0] = mercator(a)
    const [x1, y1] = mercator(b)
    const near = Math.hypot(x1 - x0, y1 - y0) < LOOP_BELOW
    features.push({
      type: 'Feature',
      id: features.length,
      geometry: { type: 'LineString', coordinates: near ? loopLine(a, b, loopDirection(a, b, from, to)) : curvedLine(a, b) },
      properties: {
        key, source: from, target: to, weight: attributes.weight, width: width(attributes.weight),
        category: linkCategory(attributes.kinds), tie: attributes.tie, loop: near,
      },
    })
  })
  // Lighter links first, so that strong ones are drawn on top.
  features.sort((x, y) => x.properties.weight - y.properties.weight)
  return { type: 'FeatureCollection', features }
}
