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

/**
 * For each label, the anchors from best to worst. The best ones of all labels together overlap as
 * little as possible (greedy by size, then a few rounds of improvement).
 */
export function rankLabelAnchors(items: readonly LabelInput[], options: PlacementOptions = {}): Map<string, Anchor[]> {
  const gap = options.gap ?? 3
  const rounds = options.rounds ?? 4
  const circles = items.map(circleBox)
  const chosen = new Map<string, Box>()
  const costs = new Map<string, Map<Anchor, number>>()

  const cost = (item: LabelInput, index: number, anchor: Anchor): number => {
    const box = labelBox(item, anchor, gap)
    let total = ANCHORS.indexOf(anchor) * 0.5 // a gentle preference for the usual reading positions
    circles.forEach((circle, other) => {
      if (other !== index) total += overlapArea(box, circle) * 2
    })
    for (const [id, placed] of chosen) {
      if (id !== item.id) total += overlapArea(box, placed) * 4
    }
    if (options.viewport) {
      const area = (box.x1 - box.x0) * (box.y1 - box.y0)
      total += (area - overlapArea(box, options.viewport)) * 4
    }
    return total
  }

  const order = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.radius - a.item.radius)
  for (let round = 0; round < rounds; round += 1) {
    for (const { item, index } of order) {
      chosen.delete(item.id)
      const byAnchor = new Map(ANCHORS.map((anchor) => [anchor, cost(item, index, anchor)] as const))
      costs.set(item.id, byAnchor)
      const best = [...byAnchor].sort((a, b) => a[1] - b[1])[0]?.[0] ?? 'left'
      chosen.set(item.id, labelBox(item, best, gap))
    }
  }

  return new Map(
    items.map((item) => {
      const byAnchor = costs.get(item.id) ?? new Map<Anchor, number>()
      return [item.id, [...ANCHORS].sort((a, b) => (byAnchor.get(a) ?? 0) - (byAnchor.get(b) ?? 0))]
    }),
  )
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
