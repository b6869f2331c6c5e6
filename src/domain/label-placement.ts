/**
 * Chooses where each town's label sits (beside, above, below or off a corner of its circle, near or
 * farther out) so that no label overlaps another label or another town's circle, none is cut at the
 * edge of the view, and none sits nearer to another town's circle than to its own. A label that must
 * move far gets a leader line. In screen pixels of one view; pure and deterministic: the map feeds it
 * projected points and measured label sizes.
 */
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
  const [w, h] = [item.width, item.height]
  const at = (anchor: Anchor, dx: number, dy: number): Candidate => ({ anchor, dx, dy, gap })
  const corners = [15, 30, 60, 75].flatMap((degrees) => {
    const [c, s] = [Math.cos((degrees * Math.PI) / 180) * o, Math.sin((degrees * Math.PI) / 180) * o]
    return [at('top-left', c, s), at('top-right', -c, s), at('bottom-left', c, -s), at('bottom-right', -c, -s)]
  })
  const slides = [1, 2, 3].flatMap((eighths) => {
    const dx = (eighths * w) / 8
    return [at('top', dx, o), at('top', -dx, o), at('bottom', dx, -o), at('bottom', -dx, -o)]
  })
  const sides = [1, 2].flatMap((quarters) => {
    const dy = (quarters * h) / 4
    return [at('left', o, dy), at('left', o, -dy), at('right', -o, dy), at('right', -o, -dy)]
  })
  return [
    ...ANCHORS.map((anchor) => standardCandidate(item, anchor, gap)),
    ...corners,
    at('top-left', 0, o), at('top-right', 0, o), at('bottom-left', 0, -o), at('bottom-right', 0, -o),
    ...slides,
    ...sides,
  ]
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

interface Option {
  candidate: Candidate
  box: Box
  /** Lower is better: nearer first, then the usual places. */
  rank: number
  /** What breaks the rules on its own (cut, over a circle, nearer another circle), 0 when nothing. */
  fault: number
  /** What it covers that it had better not (an obstacle): a worse place, but no broken rule. */
  penalty: number
}

/** Each label's places, best first, with what each breaks on its own (regardless of the other labels). */
function optionsOf(items: readonly LabelInput[], gaps: readonly number[], margin: number, viewport?: Box, obstacles: readonly Box[] = []): Option[][] {
  return items.map((item) => {
    const options = gaps.flatMap((gap) => candidatesAt(item, gap)).map((candidate, rank): Option => {
      const box = candidateBox(item, candidate)
      const own = boxCircleDistance(box, item)
      // A town in view keeps its label in view; one outside it is not pulled in.
      let fault = viewport && inView(item, viewport) && !inside(box, viewport) ? 1_000_000 : 0
      for (const other of items) {
        if (other === item) continue
        const distance = boxCircleDistance(box, other)
        if (distance <= own) fault += 1000 + (own - distance) * 10
        else if (distance < margin) fault += 100
      }
      const penalty = obstacles.filter((obstacle) => overlapArea(box, obstacle) > 0).length
      return { candidate, box, rank, fault, penalty }
    })
    return options.sort((a, b) => a.fault - b.fault || a.penalty - b.penalty || a.rank - b.rank)
  })
}

/**
 * One place per label. Places that break a rule on their own are dropped while others are left; among
 * the rest a depth-first search (the label with the fewest places left goes next) finds places that
 * overlap no other label, each label taking the best place still free. When no such set exists within
 * the budget, the labels, largest circle first, take their best place still free (else their best), and
 * what overlaps is left to the renderer's collision.
 */
export function placeLabels(items: readonly LabelInput[], options: PlacementOptions = {}): LabelPlacement[] {
  const gaps = options.gaps ?? [3]
  const margin = options.margin ?? 1
  const all = optionsOf(items, gaps, margin, options.viewport, options.obstacles)
  const domains = all.map((list) => {
    const clean = list.filter((option) => option.fault === 0)
    return clean.length > 0 ? clean : list.slice(0, 1)
  })
  const clash = (a: Option, b: Option) => overlapArea(grow(a.box, margin), b.box) > 0
  let budget = options.budget ?? 4000
  const chosen: (Option | undefined)[] = items.map(() => undefined)

  const search = (live: Option[][]): boolean => {
    let next = -1
    live.forEach((domain, index) => {
      if (chosen[index] === undefined && (next === -1 || domain.length < (live[next]?.length ?? Infinity))) next = index
    })
    if (next === -1) return true
    for (const option of live[next] ?? []) {
      if ((budget -= 1) < 0) return false
      chosen[next] = option
      const pruned = live.map((domain, index) => (chosen[index] === undefined ? domain.filter((other) => !clash(option, other)) : domain))
      if (pruned.every((domain, index) => chosen[index] !== undefined || domain.length > 0) && search(pruned)) return true
      chosen[next] = undefined
    }
    return false
  }

  if (!search(domains)) {
    // No set without overlaps: in order of size, each label takes its best place still free, else its best.
    chosen.fill(undefined)
    const order = items.map((_item, index) => index).sort((a, b) => (items[b]?.radius ?? 0) - (items[a]?.radius ?? 0))
    for (const index of order) {
      const domain = domains[index] ?? []
      chosen[index] = domain.find((option) => chosen.every((other) => other === undefined || !clash(option, other))) ?? domain[0]
    }
  }
  const leaderFrom = options.leaderFrom ?? Infinity
  return items.flatMap((item, index) => {
    const option = chosen[index]
    if (!option) return []
    const leader = option.candidate.gap > leaderFrom ? leaderLine(item, option.box) : null
    const clear = option.fault === 0 && chosen.every((other, at) => at === index || other === undefined || !clash(option, other))
    return [{ id: item.id, ...option.candidate, box: option.box, leader, clear }]
  })
}

/** The label's anchor offset in ems for MapLibre's text-variable-anchor-offset. */
export function anchorOffsetEm(candidate: Pick<Candidate, 'dx' | 'dy'>, size: number): [number, number] {
  return [candidate.dx / size, candidate.dy / size]
}
