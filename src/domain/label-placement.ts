/**
 * Chooses where each town's label sits (beside, above, below or off a corner of its circle, near or
 * farther out) so that no label overlaps another label or another town's circle, none is cut at the
 * edge of the view, and none sits nearer to another town's circle than to its own. A label that must
 * move far gets a leader line. In screen pixels of one view; pure and deterministic: the map feeds it
 * projected points and measured label sizes.
 */
import { SpatialGrid } from './spatial-grid'

export const ANCHORS = ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'] as const
export type Anchor = (typeof ANCHORS)[number]

export interface LabelInput {
  id: string
  /** Centre of the town's circle, in pixels. */
  x: number
  y: number
  radius: number
  /** Label size in pixels. */
  width: number
  height: number
}

export interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

/**
 * One place a label may take: which point of the label (its anchor, as MapLibre names them: "left" is
 * the middle of its left edge) sits at (dx, dy) from the circle's centre, and how far the label then is
 * from the circle's edge (gap).
 */
export interface Candidate {
  anchor: Anchor
  dx: number
  dy: number
  gap: number
}

const DIAGONAL = Math.SQRT1_2
/** Cosine and sine of the corners' steps off the horizontal: 15°, 30°, 60°, 75°. */
const CORNER_TURNS = [15, 30, 60, 75].map((degrees) => [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)] as const)

/** The label's box when its anchor sits at (dx, dy) from the circle's centre. */
export function candidateBox(item: LabelInput, { anchor, dx, dy }: Pick<Candidate, 'anchor' | 'dx' | 'dy'>): Box {
  const [px, py] = [item.x + dx, item.y + dy]
  const { width: w, height: h } = item
  const x0 = anchor.endsWith('left') ? px : anchor.endsWith('right') ? px - w : px - w / 2
  const y0 = anchor.startsWith('top') ? py : anchor.startsWith('bottom') ? py - h : py - h / 2
  return { x0, y0, x1: x0 + w, y1: y0 + h }
}

/** The usual place for an anchor, `gap` pixels off the circle ("left": the label to the right of the circle). */
export function standardCandidate(item: Pick<LabelInput, 'radius'>, anchor: Anchor, gap: number): Candidate {
  const o = item.radius + gap
  const d = o * DIAGONAL
  const offsets: Record<Anchor, [number, number]> = {
    left: [o, 0], right: [-o, 0], top: [0, o], bottom: [0, -o],
    'top-left': [d, d], 'top-right': [-d, d], 'bottom-left': [d, -d], 'bottom-right': [-d, -d],
  }
  const [dx, dy] = offsets[anchor]
  return { anchor, dx, dy, gap }
}

export function labelBox(item: LabelInput, anchor: Anchor, gap: number): Box {
  return candidateBox(item, standardCandidate(item, anchor, gap))
}

/**
 * Every place for a label at one gap, the usual eight first; then corners at 15° steps, labels above and
 * below slid sideways by eighths of their width, and labels beside slid up and down by quarters of their
 * height. Each touches the ring `gap` pixels off the circle.
 */
export function candidatesAt(item: LabelInput, gap: number): Candidate[] {
  const o = item.radius + gap
  const d = o * DIAGONAL
  const [w, h] = [item.width, item.height]
  const places: Candidate[] = []
  const at = (anchor: Anchor, dx: number, dy: number) => places.push({ anchor, dx, dy, gap })
  // The usual eight (as standardCandidate puts them).
  at('left', o, 0); at('right', -o, 0); at('top', 0, o); at('bottom', 0, -o)
  at('top-left', d, d); at('top-right', -d, d); at('bottom-left', d, -d); at('bottom-right', -d, -d)
  for (const [cos, sin] of CORNER_TURNS) {
    const [c, s] = [cos * o, sin * o]
    at('top-left', c, s); at('top-right', -c, s); at('bottom-left', c, -s); at('bottom-right', -c, -s)
  }
  at('top-left', 0, o); at('top-right', 0, o); at('bottom-left', 0, -o); at('bottom-right', 0, -o)
  for (const eighths of [1, 2, 3]) {
    const dx = (eighths * w) / 8
    at('top', dx, o); at('top', -dx, o); at('bottom', dx, -o); at('bottom', -dx, -o)
  }
  for (const quarters of [1, 2]) {
    const dy = (quarters * h) / 4
    at('left', o, dy); at('left', o, -dy); at('right', -o, dy); at('right', -o, -dy)
  }
  return places
}

export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
  return width > 0 && height > 0 ? width * height : 0
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))

/** The point of a box nearest to a point (the point itself when inside). */
export function nearestPoint(box: Box, x: number, y: number): [number, number] {
  return [clamp(x, box.x0, box.x1), clamp(y, box.y0, box.y1)]
}

/** How far a box is from a circle's edge (0 when they touch or overlap). */
export function boxCircleDistance(box: Box, circle: Pick<LabelInput, 'x' | 'y' | 'radius'>): number {
  const [px, py] = nearestPoint(box, circle.x, circle.y)
  return Math.max(0, Math.hypot(px - circle.x, py - circle.y) - circle.radius)
}

/** A thin line from the edge of the circle towards the label's nearest point, stopping just short of it. */
export function leaderLine(item: LabelInput, box: Box, inset = 1): [[number, number], [number, number]] {
  const [px, py] = nearestPoint(box, item.x, item.y)
  const length = Math.hypot(px - item.x, py - item.y)
  const [ux, uy] = length === 0 ? [0, 0] : [(px - item.x) / length, (py - item.y) / length]
  const end = Math.max(item.radius, length - inset)
  return [[item.x + ux * item.radius, item.y + uy * item.radius], [item.x + ux * end, item.y + uy * end]]
}

const grow = (box: Box, by: number): Box => ({ x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by })
const inView = (item: LabelInput, viewport: Box) => item.x >= viewport.x0 && item.x <= viewport.x1 && item.y >= viewport.y0 && item.y <= viewport.y1
const inside = (box: Box, viewport: Box) => box.x0 >= viewport.x0 && box.x1 <= viewport.x1 && box.y0 >= viewport.y0 && box.y1 <= viewport.y1

export interface PlacementOptions {
  /** Distances from the circle's edge to try, nearest first. */
  gaps?: readonly number[]
  /** The visible area: no label of a town in it is cut at its edge while another place is left. */
  viewport?: Box
  /** A label farther than this from its circle gets a leader line. */
  leaderFrom?: number
  /** Room kept between a label and other labels and circles, so the renderer's own boxes stay clear too. */
  margin?: number
  /** How many steps the search may take before it settles for the least overlap. */
  budget?: number
  /** Areas a label keeps clear of where it can (a tie's loop beside its towns). */
  obstacles?: readonly Box[]
}

export interface LabelPlacement extends Candidate {
  id: string
  box: Box
  /** From the circle's edge to the label, when the label sits far from its circle; null otherwise. */
  leader: [[number, number], [number, number]] | null
  /** True when the place breaks no rule: in view, clear of other labels and circles, nearest its own circle. */
  clear: boolean
}

/**
 * Every label's places in flat arrays: place `option` of label `item` is number item * perItem + rank,
 * its box at [4 * option, 4 * option + 4) of `box` (x0, y0, x1, y1) and the box grown by the margin in `reach`.
 */
interface OptionTable {
  perItem: number
  box: Float64Array
  reach: Float64Array
  /** What breaks the rules on its own (cut, over a circle, nearer another circle), 0 when nothing. */
  fault: Float64Array
  /** Each label's places, best first: least fault, then fewest obstacles covered, then nearest and most usual. */
  sorted: number[][]
}

/** A grid cell about a label and a half wide: a place's neighbourhood spans a few cells. */
function cellSizeFor(items: readonly LabelInput[]): number {
  let sum = 0
  let count = 0
  for (const { width, height } of items) {
    if (Number.isFinite(width + height)) [sum, count] = [sum + width + height, count + 1]
  }
  return count === 0 ? 64 : clamp(sum / count, 8, 512)
}

const pointBox = (x: number, y: number): Box => ({ x0: x, y0: y, x1: x, y1: y })

/** The smallest box around boxes (Math.min and Math.max keep a NaN: such a box is found by every search). */
function union(boxes: readonly Box[]): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity }
  for (const { x0, y0, x1, y1 } of boxes) {
    [box.x0, box.y0, box.x1, box.y1] = [Math.min(box.x0, x0), Math.min(box.y0, y0), Math.max(box.x1, x1), Math.max(box.y1, y1)]
  }
  return box
}

/** Every place of every label at the gaps, nearest gap first: the usual eight, then the others (see candidatesAt). */
const placesOf = (item: LabelInput, gaps: readonly number[]) => {
  const places: Candidate[] = []
  for (const gap of gaps) places.push(...candidatesAt(item, gap))
  return places
}

/**
 * Each label's places, best first, with what each breaks on its own (regardless of the other labels).
 * A label looks only at the circles and obstacles near its places (found in grids of them); the circles
 * are visited in the order of the items, so that what they add up to is what a look at every circle gives.
 */
function optionsOf(items: readonly LabelInput[], gaps: readonly number[], margin: number, cellSize: number, viewport?: Box, obstacles: readonly Box[] = []): OptionTable {
  const circles = new SpatialGrid(cellSize, items.length)
  let maxRadius = 0
  items.forEach((item, index) => {
    circles.insert(index, pointBox(item.x, item.y))
    if (item.radius > maxRadius) maxRadius = item.radius
  })
  const blocks = new SpatialGrid(cellSize, obstacles.length)
  obstacles.forEach((obstacle, index) => blocks.insert(index, obstacle))
  const perGap = candidatesAt({ id: '', x: 0, y: 0, radius: 0, width: 0, height: 0 }, 0).length
  const perItem = perGap * gaps.length
  const table: OptionTable = {
    perItem,
    box: new Float64Array(4 * perItem * items.length),
    reach: new Float64Array(4 * perItem * items.length),
    fault: new Float64Array(perItem * items.length),
    sorted: [],
  }
  const penalty = new Float64Array(perItem)
  const found: number[] = []
  items.forEach((item, itemIndex) => {
    const pulledIn = viewport !== undefined && inView(item, viewport)
    const boxes = placesOf(item, gaps).map((candidate) => candidateBox(item, candidate))
    const owns = boxes.map((box) => boxCircleDistance(box, item))
    const blocking = blocks.search(union(boxes), found).map((index) => obstacles[index] as Box)
    // The circles near the places at each gap, in the order of the items. One counts when it is no farther
    // than max(own, margin) from a box: its centre lies within that plus its radius (and a pixel to spare
    // for rounding) of the box. NaN reaches every circle.
    const nearAt = gaps.map((_gap, step) => {
      const [from, to] = [step * perGap, (step + 1) * perGap]
      const reach = Math.max(margin, ...owns.slice(from, to)) + maxRadius + 1
      return circles.search(grow(union(boxes.slice(from, to)), reach), []).sort((a, b) => a - b)
    })
    const first = itemIndex * perItem
    boxes.forEach((box, rank) => {
      const { x0, y0, x1, y1 } = box
      const option = first + rank
      const at = 4 * option
      ;[table.box[at], table.box[at + 1], table.box[at + 2], table.box[at + 3]] = [x0, y0, x1, y1]
      ;[table.reach[at], table.reach[at + 1], table.reach[at + 2], table.reach[at + 3]] = [x0 - margin, y0 - margin, x1 + margin, y1 + margin]
      const own = owns[rank] as number
      const far = Math.max(own, margin) + 1
      // A town in view keeps its label in view; one outside it is not pulled in.
      let fault = pulledIn && viewport && !inside(box, viewport) ? 1_000_000 : 0
      for (const index of nearAt[Math.floor(rank / perGap)] as number[]) {
        const other = items[index] as LabelInput
        if (other === item) continue
        const { x, y, radius } = other
        // Farther than `far` along one axis alone: too far to count (the exact distance is at least that).
        const dx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0
        const dy = y < y0 ? y0 - y : y > y1 ? y - y1 : 0
        if ((dx > dy ? dx : dy) - radius > far) continue
        // boxCircleDistance(box, other), written out.
        const distance = Math.max(0, Math.hypot(clamp(x, x0, x1) - x, clamp(y, y0, y1) - y) - radius)
        if (distance <= own) fault += 1000 + (own - distance) * 10
        else if (distance < margin) fault += 100
      }
      table.fault[option] = fault
      let covered = 0
      for (const obstacle of blocking) {
        if (overlapArea(box, obstacle) > 0) covered += 1
      }
      penalty[rank] = covered
    })
    const { fault } = table
    table.sorted.push(
      boxes.map((_box, rank) => rank).sort((a, b) => (fault[first + a] as number) - (fault[first + b] as number) || (penalty[a] as number) - (penalty[b] as number) || a - b).map((rank) => first + rank),
    )
  })
  return table
}

/**
 * One place per label. Places that break a rule on their own are dropped while others are left; among
 * the rest a depth-first search (the label with the fewest places left goes next, the first of them on a
 * tie) finds places that overlap no other label, each label taking the best place still free. When no such
 * set exists within the budget, the labels, largest circle first, take their best place still free (else
 * their best), and what overlaps is left to the renderer's collision.
 *
 * Near-linear: circles, obstacles, labels' places and placed labels sit in grids, so a place is checked
 * only against its neighbours (the result is the same as checking it against everything).
 */
export function placeLabels(items: readonly LabelInput[], options: PlacementOptions = {}): LabelPlacement[] {
  const gaps = options.gaps ?? [3]
  const margin = options.margin ?? 1
  const cellSize = cellSizeFor(items)
  const count = items.length
  const { perItem, box, reach, fault, sorted } = optionsOf(items, gaps, margin, cellSize, options.viewport, options.obstacles)
  const domains = sorted.map((list) => {
    const clean = list.filter((option) => fault[option] === 0)
    return clean.length > 0 ? clean : list.slice(0, 1)
  })
  const boxOf = (option: number): Box => {
    const at = 4 * option
    return { x0: box[at] as number, y0: box[at + 1] as number, x1: box[at + 2] as number, y1: box[at + 3] as number }
  }
  const reachOf = (option: number): Box => {
    const at = 4 * option
    return { x0: reach[at] as number, y0: reach[at + 1] as number, x1: reach[at + 2] as number, y1: reach[at + 3] as number }
  }
  /** Whether a's box grown by the margin overlaps b's box: overlapArea(grow(a.box, margin), b.box) > 0. */
  const clash = (a: number, b: number) => {
    const [i, j] = [4 * a, 4 * b]
    const width = Math.min(reach[i + 2] as number, box[j + 2] as number) - Math.max(reach[i] as number, box[j] as number)
    const height = Math.min(reach[i + 3] as number, box[j + 3] as number) - Math.max(reach[i + 1] as number, box[j + 1] as number)
    return width > 0 && height > 0 && width * height > 0
  }
  let budget = options.budget ?? 4000
  const chosen: (number | undefined)[] = items.map(() => undefined)
  const found: number[] = []

  // The labels whose places may meet a box: each under the box around all its places.
  const places = new SpatialGrid(cellSize, count)
  domains.forEach((domain, index) => places.insert(index, union(domain.map(boxOf))))
  const neighbours = new Map<number, number[]>()
  const neighboursOf = (option: number) => {
    let list = neighbours.get(option)
    if (!list) neighbours.set(option, (list = places.search(reachOf(option), []).sort((a, b) => a - b)))
    return list
  }

  // The live places of each label, changed in place and put back from the trail on a step back.
  const live = domains.slice()
  const trail: [number, number[]][] = []
  // The label with the fewest live places (the first on a tie) among those not placed: a tree of minima.
  let leaves = 1
  while (leaves < count) leaves *= 2
  const size = new Float64Array(count)
  const tree = new Int32Array(2 * leaves).fill(-1)
  const better = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : (size[b] as number) < (size[a] as number) ? b : a)
  const update = (index: number) => {
    size[index] = chosen[index] === undefined ? (live[index] as number[]).length : Infinity
    let node = leaves + index
    tree[node] = index
    for (node >>= 1; node >= 1; node >>= 1) tree[node] = better(tree[2 * node] as number, tree[2 * node + 1] as number)
  }
  for (let index = 0; index < count; index += 1) {
    size[index] = (live[index] as number[]).length
    tree[leaves + index] = index
  }
  for (let node = leaves - 1; node >= 1; node -= 1) tree[node] = better(tree[2 * node] as number, tree[2 * node + 1] as number)
  const nextLabel = () => {
    const index = count === 0 ? -1 : (tree[1] as number)
    return index >= 0 && chosen[index] === undefined ? index : -1
  }

  const search = (): boolean => {
    const next = nextLabel()
    if (next === -1) return true
    for (const option of live[next] as number[]) {
      if ((budget -= 1) < 0) return false
      chosen[next] = option
      update(next)
      const mark = trail.length
      let open = true
      for (const index of neighboursOf(option)) {
        if (chosen[index] !== undefined) continue
        const domain = live[index] as number[]
        const pruned = domain.filter((other) => !clash(option, other))
        if (pruned.length === domain.length) continue
        trail.push([index, domain])
        live[index] = pruned
        update(index)
        if (pruned.length === 0) {
          open = false
          break
        }
      }
      if (open && search()) return true
      while (trail.length > mark) {
        const [index, domain] = trail.pop() as [number, number[]]
        live[index] = domain
        update(index)
      }
      chosen[next] = undefined
      update(next)
    }
    return false
  }

  // The labels placed so far, by their boxes: whether a place is free asks only its neighbours.
  const clashesWithPlaced = (grid: SpatialGrid, option: number, self: number) =>
    grid.search(reachOf(option), found).some((index) => {
      const other = chosen[index]
      return index !== self && other !== undefined && clash(option, other)
    })

  if (!search()) {
    // No set without overlaps: in order of size, each label takes its best place still free, else its best.
    chosen.fill(undefined)
    const grid = new SpatialGrid(cellSize, count)
    const order = items.map((_item, index) => index).sort((a, b) => (items[b]?.radius ?? 0) - (items[a]?.radius ?? 0))
    for (const index of order) {
      const domain = domains[index] ?? []
      const option = domain.find((candidate) => !clashesWithPlaced(grid, candidate, -1)) ?? domain[0]
      chosen[index] = option
      if (option !== undefined) grid.insert(index, boxOf(option))
    }
  }
  const leaderFrom = options.leaderFrom ?? Infinity
  const grid = new SpatialGrid(cellSize, count)
  chosen.forEach((option, index) => option !== undefined && grid.insert(index, boxOf(option)))
  return items.flatMap((item, index) => {
    const option = chosen[index]
    if (option === undefined) return []
    const candidate = placesOf(item, gaps)[option - index * perItem] as Candidate
    const placed = boxOf(option)
    const leader = candidate.gap > leaderFrom ? leaderLine(item, placed) : null
    const clear = fault[option] === 0 && !clashesWithPlaced(grid, option, index)
    return [{ id: item.id, ...candidate, box: placed, leader, clear }]
  })
}

/** The label's anchor offset in ems for MapLibre's text-variable-anchor-offset. */
export function anchorOffsetEm(candidate: Pick<Candidate, 'dx' | 'dy'>, size: number): [number, number] {
  return [candidate.dx / size, candidate.dy / size]
}
