/**
 * The label placement as it was before the spatial index (a copy kept as the reference): every candidate
 * checked against every circle and obstacle, every search step pruning every domain. Quadratic, and the
 * output the indexed placement in src/domain/label-placement.ts must match exactly.
 */
import {
  type Anchor,
  ANCHORS,
  boxCircleDistance,
  type Box,
  type Candidate,
  candidateBox,
  type LabelInput,
  type LabelPlacement,
  leaderLine,
  overlapArea,
  type PlacementOptions,
} from '../../src/domain/label-placement'

const DIAGONAL = Math.SQRT1_2

/** The usual place for an anchor, `gap` pixels off the circle ("left": the label to the right of the circle). */
function standardCandidate(item: Pick<LabelInput, 'radius'>, anchor: Anchor, gap: number): Candidate {
  const o = item.radius + gap
  const d = o * DIAGONAL
  const offsets: Record<Anchor, [number, number]> = {
    left: [o, 0], right: [-o, 0], top: [0, o], bottom: [0, -o],
    'top-left': [d, d], 'top-right': [-d, d], 'bottom-left': [d, -d], 'bottom-right': [-d, -d],
  }
  const [dx, dy] = offsets[anchor]
  return { anchor, dx, dy, gap }
}

/**
 * Every place for a label at one gap, the usual eight first; then corners at 15° steps, labels above and
 * below slid sideways by eighths of their width, and labels beside slid up and down by quarters of their
 * height. Each touches the ring `gap` pixels off the circle.
 */
function candidatesAt(item: LabelInput, gap: number): Candidate[] {
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

const grow = (box: Box, by: number): Box => ({ x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by })
const inView = (item: LabelInput, viewport: Box) => item.x >= viewport.x0 && item.x <= viewport.x1 && item.y >= viewport.y0 && item.y <= viewport.y1
const inside = (box: Box, viewport: Box) => box.x0 >= viewport.x0 && box.x1 <= viewport.x1 && box.y0 >= viewport.y0 && box.y1 <= viewport.y1

interface Option {
  candidate: Candidate
  box: Box
  rank: number
  fault: number
  penalty: number
}

function optionsOf(items: readonly LabelInput[], gaps: readonly number[], margin: number, viewport?: Box, obstacles: readonly Box[] = []): Option[][] {
  return items.map((item) => {
    const options = gaps.flatMap((gap) => candidatesAt(item, gap)).map((candidate, rank): Option => {
      const box = candidateBox(item, candidate)
      const own = boxCircleDistance(box, item)
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

export function referencePlaceLabels(items: readonly LabelInput[], options: PlacementOptions = {}): LabelPlacement[] {
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
