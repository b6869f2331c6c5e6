/**
 * Chooses where each town's label sits (right, left, above, below, or a corner of its circle) so that
 * labels overlap neither each other nor other towns' circles, in screen pixels of one view.
 * Pure and deterministic: the map feeds it projected points and measured label sizes.
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

const DIAGONAL = Math.SQRT1_2

/** The label's box for an anchor; "left" means the text's left edge is at the circle (text to the right). */
export function labelBox(item: LabelInput, anchor: Anchor, gap: number): Box {
  const o = item.radius + gap
  const d = o * DIAGONAL
  const { x, y, width: w, height: h } = item
  const at = (x0: number, y0: number): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h })
  switch (anchor) {
    case 'left': return at(x + o, y - h / 2)
    case 'right': return at(x - o - w, y - h / 2)
    case 'top': return at(x - w / 2, y + o)
    case 'bottom': return at(x - w / 2, y - o - h)
    case 'top-left': return at(x + d, y + d)
    case 'top-right': return at(x - d - w, y + d)
    case 'bottom-left': return at(x + d, y - d - h)
    case 'bottom-right': return at(x - d - w, y - d - h)
  }
}

function fits(box: Box, viewport: Box): boolean {
  return box.x0 >= viewport.x0 && box.x1 <= viewport.x1 && box.y0 >= viewport.y0 && box.y1 <= viewport.y1
}

export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
  return width > 0 && height > 0 ? width * height : 0
}

function circleBox(item: LabelInput): Box {
  return { x0: item.x - item.radius, y0: item.y - item.radius, x1: item.x + item.radius, y1: item.y + item.radius }
}

export interface PlacementOptions {
  gap?: number
  /** The visible area: a label outside it costs as much as a collision. */
  viewport?: Box
  rounds?: number
}

/** One place a label may take: a side of its circle, at a distance (gap) from it. */
export interface Candidate {
  anchor: Anchor
  gap: number
}

/**
 * For each label, the candidate places from best to worst: every anchor at each of `gaps` (nearest
 * first). The best ones of all labels together overlap as little as possible (greedy by size, then a few
 * rounds of improvement). A farther place lets a label clear a neighbour where no near side is free.
 */
export function rankLabelCandidates(
  items: readonly LabelInput[],
  options: PlacementOptions & { gaps?: readonly number[] } = {},
): Map<string, Candidate[]> {
  const gaps = options.gaps ?? [options.gap ?? 3]
  const rounds = options.rounds ?? 4
  const candidates: Candidate[] = gaps.flatMap((gap) => ANCHORS.map((anchor) => ({ anchor, gap })))
  const circles = items.map(circleBox)
  const chosen = new Map<string, Box>()
  const costs = new Map<string, number[]>()

  const cost = (item: LabelInput, index: number, candidate: Candidate, rank: number): number => {
    const box = labelBox(item, candidate.anchor, candidate.gap)
    let total = rank * 0.5 // a gentle preference for the usual reading positions, near ones first
    circles.forEach((circle, other) => {
      if (other !== index) total += overlapArea(box, circle) * 2
    })
    for (const [id, placed] of chosen) {
      if (id !== item.id) total += overlapArea(box, placed) * 4
    }
    if (options.viewport) {
      const area = (box.x1 - box.x0) * (box.y1 - box.y0)
      total += (area - overlapArea(box, options.viewport)) * 10 // a cut label is worse than one over a circle
    }
    return total
  }

  const order = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.radius - a.item.radius)
  for (let round = 0; round < rounds; round += 1) {
    for (const { item, index } of order) {
      chosen.delete(item.id)
      const byCandidate = candidates.map((candidate, rank) => cost(item, index, candidate, rank))
      costs.set(item.id, byCandidate)
      const best = byCandidate.indexOf(Math.min(...byCandidate))
      const candidate = candidates[best] ?? candidates[0]
      if (candidate) chosen.set(item.id, labelBox(item, candidate.anchor, candidate.gap))
    }
  }

  return new Map(
    items.map((item) => {
      const byCandidate = costs.get(item.id) ?? []
      const ranked = candidates.map((candidate, rank) => ({ candidate, cost: byCandidate[rank] ?? 0, rank }))
      ranked.sort((a, b) => a.cost - b.cost || a.rank - b.rank)
      // A place that cuts the label at the edge of the view is never offered while another one is.
      const inView = ranked.filter(({ candidate }) => !options.viewport || fits(labelBox(item, candidate.anchor, candidate.gap), options.viewport))
      return [item.id, (inView.length > 0 ? inView : ranked).map(({ candidate }) => candidate)]
    }),
  )
}

/** For each label, the anchors from best to worst, all at one gap from the circle. */
export function rankLabelAnchors(items: readonly LabelInput[], options: PlacementOptions = {}): Map<string, Anchor[]> {
  const ranked = rankLabelCandidates(items, { ...options, gaps: [options.gap ?? 3] })
  return new Map([...ranked].map(([id, candidates]) => [id, candidates.map((candidate) => candidate.anchor)]))
}

/** Offsets in ems for MapLibre's text-variable-anchor-offset, pushing the label off its circle. */
export function anchorOffset(anchor: Anchor, distanceEm: number): [number, number] {
  const d = distanceEm * DIAGONAL
  switch (anchor) {
    case 'left': return [distanceEm, 0]
    case 'right': return [-distanceEm, 0]
    case 'top': return [0, distanceEm]
    case 'bottom': return [0, -distanceEm]
    case 'top-left': return [d, d]
    case 'top-right': return [-d, d]
    case 'bottom-left': return [d, -d]
    case 'bottom-right': return [-d, -d]
  }
}
