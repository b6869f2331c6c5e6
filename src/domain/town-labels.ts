import { placeLabels, type Box, type LabelPlacement } from './label-placement'

/**
 * The town labels of the map: their size by zoom and where they sit in one view (see label-placement.ts).
 * The map and the tests both place them here, so that what a test checks is what the map draws.
 */
/** Town label size by zoom (the map's text-size stops), and the halo around the letters. */
export const LABEL_SIZE_STOPS: readonly (readonly [number, number])[] = [[6, 10], [9, 12.5], [12, 15]]
export const LABEL_HALO = 1.6
/** The nearest a label sits to its circle, in pixels. */
export const LABEL_GAP = 3

/** The label size at a zoom, times `scale` (a projector reads labels from the back of a hall). */
export function labelSizeAt(zoom: number, scale = 1): number {
  return scale * stopSize(zoom)
}

function stopSize(zoom: number): number {
  const stops = LABEL_SIZE_STOPS
  const first = stops[0] ?? [0, 12]
  const last = stops[stops.length - 1] ?? first
  if (zoom <= first[0]) return first[1]
  if (zoom >= last[0]) return last[1]
  for (let index = 1; index < stops.length; index += 1) {
    const [z1, s1] = stops[index] ?? last
    const [z0, s0] = stops[index - 1] ?? first
    if (zoom <= z1) return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0)
  }
  return last[1]
}

export interface TownLabel {
  id: string
  label: string
  /** The circle's centre in pixels of the view, and its radius. */
  x: number
  y: number
  radius: number
  /** Who comes first when there are too many towns to place every label (else the larger circle). */
  population?: number
}

/**
 * The most town labels placed here in one view. Beyond it only this many, the most populous towns in view,
 * are placed, and MapLibre's collision decides for the rest: the map then shows the labels of the larger
 * towns where the placement put them and as many others as fit. More would not fit anyway: in the first
 * view of 240 seeded synthetic towns at 1280x800 px, placing the 50 most populous leaves all 50 clear, 100
 * leave 68 clear, 200 only 50. It also bounds the time, which grows with the number of towns and with how
 * crowded they are (npm run bench: the label placement table).
 */
export const PRECISE_LABEL_LIMIT = 100

/**
 * The towns whose labels are placed: all of them up to PRECISE_LABEL_LIMIT, else the most populous in view
 * (the larger circle where the population is not given; the first on a tie), in their order.
 */
export function townsToPlace<T extends TownLabel>(towns: readonly T[], viewport: Box, limit = PRECISE_LABEL_LIMIT): readonly T[] {
  if (towns.length <= limit) return towns
  const rank = (town: T) => town.population ?? town.radius
  const inView = towns
    .map((town, index) => ({ town, index }))
    .filter(({ town }) => town.x >= viewport.x0 && town.x <= viewport.x1 && town.y >= viewport.y0 && town.y <= viewport.y1)
  if (inView.length <= limit) return inView.map(({ town }) => town)
  const first = inView.sort((a, b) => rank(b.town) - rank(a.town) || a.index - b.index).slice(0, limit)
  return first.sort((a, b) => a.index - b.index).map(({ town }) => town)
}

/**
 * The town labels of one view at a font size: near places first, then farther out by one to four lines
 * of text, where a leader line joins label and circle; clear of the obstacles (a tie's loop) where they can.
 * Of more than PRECISE_LABEL_LIMIT towns only that many are placed (see townsToPlace): the others get no
 * placement, and the renderer's collision decides for them.
 */
export function placeTownLabels(
  towns: readonly TownLabel[],
  size: number,
  measure: (text: string) => number,
  viewport: Box,
  obstacles: readonly Box[] = [],
): LabelPlacement[] {
  const items = townsToPlace(towns, viewport).map(({ id, x, y, radius, label }) => ({ id, x, y, radius, width: measure(label) + LABEL_HALO * 2, height: size * 1.2 }))
  const gaps = [0, 1, 2, 3, 4].map((lines) => LABEL_GAP + lines * size)
  // Two pixels between boxes: MapLibre pads each label's collision box by its text-padding (1 px).
  return placeLabels(items, { gaps, viewport, obstacles, margin: 2, leaderFrom: LABEL_GAP + size / 2 })
}

/** How far labels keep from an obstacle's line or point, in pixels (about half a thick tie line, and a hub). */
export const OBSTACLE_PAD = 5

/** The box a label keeps clear of around an obstacle given by its points in pixels (a loop, a hub). */
export function obstacleBox(points: readonly (readonly [number, number])[], pad = OBSTACLE_PAD): Box {
  const xs = points.map(([x]) => x)
  const ys = points.map(([, y]) => y)
  return { x0: Math.min(...xs) - pad, y0: Math.min(...ys) - pad, x1: Math.max(...xs) + pad, y1: Math.max(...ys) + pad }
}
