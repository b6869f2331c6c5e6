// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  anchorOffsetEm,
  ANCHORS,
  type Box,
  boxCircleDistance,
  candidateBox,
  candidatesAt,
  labelBox,
  type LabelInput,
  leaderLine,
  overlapArea,
  placeLabels,
} from '../../src/domain/label-placement'

const item = (id: string, x: number, y: number, overrides: Partial<LabelInput> = {}): LabelInput =>
  ({ id, x, y, radius: 5, width: 40, height: 10, ...overrides })

const rounded = (box: Box) => ({
  x0: Number(box.x0.toFixed(3)), y0: Number(box.y0.toFixed(3)), x1: Number(box.x1.toFixed(3)), y1: Number(box.y1.toFixed(3)),
})

const placeOf = (placements: ReturnType<typeof placeLabels>, id: string) => {
  const found = placements.find((placement) => placement.id === id)
  if (!found) throw new Error(`no placement for ${id}`)
  return found
}

describe('labelBox', () => {
  // Circle at (100, 50), radius 5, gap 3: the label starts 8 px from the centre (5.657 px along each axis on a diagonal).
  const town = item('t', 100, 50)
  const box = (anchor: (typeof ANCHORS)[number]) => rounded(labelBox(town, anchor, 3))

  it('puts the label beside the circle for "left" and "right" (the anchor is the label\'s own edge)', () => {
    expect(box('left')).toEqual({ x0: 108, y0: 45, x1: 148, y1: 55 })
    expect(box('right')).toEqual({ x0: 52, y0: 45, x1: 92, y1: 55 })
  })

  it('puts the label below the circle for "top" and above it for "bottom" (screen y grows downwards)', () => {
    expect(box('top')).toEqual({ x0: 80, y0: 58, x1: 120, y1: 68 })
    expect(box('bottom')).toEqual({ x0: 80, y0: 32, x1: 120, y1: 42 })
  })

  it('puts the label off a corner for the diagonal anchors', () => {
    expect(box('top-left')).toEqual({ x0: 105.657, y0: 55.657, x1: 145.657, y1: 65.657 })
    expect(box('top-right')).toEqual({ x0: 54.343, y0: 55.657, x1: 94.343, y1: 65.657 })
    expect(box('bottom-left')).toEqual({ x0: 105.657, y0: 34.343, x1: 145.657, y1: 44.343 })
    expect(box('bottom-right')).toEqual({ x0: 54.343, y0: 34.343, x1: 94.343, y1: 44.343 })
  })
})

describe('candidateBox', () => {
  it('puts the named point of the label (as MapLibre names anchors) at the offset from the centre', () => {
    const town = item('t', 100, 50)
    expect(candidateBox(town, { anchor: 'top', dx: 10, dy: 8 })).toEqual({ x0: 90, y0: 58, x1: 130, y1: 68 })
    expect(candidateBox(town, { anchor: 'bottom-right', dx: -2, dy: -8 })).toEqual({ x0: 58, y0: 32, x1: 98, y1: 42 })
    expect(candidateBox(town, { anchor: 'left', dx: 8, dy: 5 })).toEqual({ x0: 108, y0: 50, x1: 148, y1: 60 })
  })
})

describe('candidatesAt', () => {
  const town = item('t', 100, 50, { radius: 6, width: 60, height: 12 })

  it('offers 48 places, the usual eight first', () => {
    const candidates = candidatesAt(town, 3)
    expect(candidates).toHaveLength(48)
    expect(candidates.slice(0, 8).map((candidate) => candidate.anchor)).toEqual([...ANCHORS])
    expect(new Set(candidates.map(({ anchor, dx, dy }) => `${anchor} ${dx.toFixed(3)} ${dy.toFixed(3)}`)).size).toBe(48)
  })

  it('puts every place exactly `gap` pixels off the circle, never on it', () => {
    for (const gap of [3, 14.5]) {
      for (const candidate of candidatesAt(town, gap)) {
        expect(candidate.gap).toBe(gap)
        expect(boxCircleDistance(candidateBox(town, candidate), town)).toBeCloseTo(gap, 9)
      }
    }
  })
})

describe('overlapArea', () => {
  it('is the area two boxes share, and zero when they only touch or are apart', () => {
    expect(overlapArea({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 6, x1: 20, y1: 20 })).toBe(20)
    expect(overlapArea({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 2, y0: 2, x1: 4, y1: 4 })).toBe(4)
    expect(overlapArea({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(0)
    expect(overlapArea({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 30, y0: 30, x1: 40, y1: 40 })).toBe(0)
  })
})

describe('boxCircleDistance', () => {
  const box = { x0: 10, y0: 10, x1: 20, y1: 20 }

  it('measures from the circle\'s edge to the nearest side or corner of the box', () => {
    expect(boxCircleDistance(box, { x: 30, y: 15, radius: 4 })).toBe(6) // beside: 30 - 20 - 4
    expect(boxCircleDistance(box, { x: 23, y: 24, radius: 2 })).toBe(3) // off the corner (20, 20): 5 - 2
  })

  it('is zero when the circle touches, overlaps or holds the box', () => {
    expect(boxCircleDistance(box, { x: 25, y: 15, radius: 5 })).toBe(0)
    expect(boxCircleDistance(box, { x: 22, y: 15, radius: 5 })).toBe(0)
    expect(boxCircleDistance(box, { x: 15, y: 15, radius: 1 })).toBe(0)
  })
})

describe('leaderLine', () => {
  it('runs from the circle\'s edge towards the label\'s nearest point and stops a pixel short of it', () => {
    const town = item('t', 0, 0, { radius: 4 })
    expect(leaderLine(town, { x0: 20, y0: -5, x1: 60, y1: 5 })).toEqual([[4, 0], [19, 0]])
    const [[x0, y0], [x1, y1]] = leaderLine(town, { x0: 30, y0: 40, x1: 70, y1: 50 }) // nearest point (30, 40), 50 px away
    expect([x0, y0, x1, y1].map((value) => Number(value.toFixed(6)))).toEqual([2.4, 3.2, 29.4, 39.2])
  })
})

describe('placeLabels', () => {
  it('puts a lone label in the usual place, beside its circle, with nothing to lead to it', () => {
    const [placement] = placeLabels([item('alone', 200, 200)])
    expect(placement).toMatchObject({ id: 'alone', anchor: 'left', gap: 3, dx: 8, dy: 0, leader: null, clear: true })
    expect(placeLabels([])).toEqual([])
  })

  it('puts the labels of two towns side by side on their outer sides, away from the other circle', () => {
    // A's usual label to its right would cover B's circle at x 125..135.
    const placements = placeLabels([item('a', 100, 100), item('b', 130, 100)])
    expect(placeOf(placements, 'a').anchor).toBe('right') // text ends at A: the label is on A's west side
    expect(placeOf(placements, 'b').anchor).toBe('left') // text starts at B: the label is on B's east side
    expect(placements.every((placement) => placement.clear)).toBe(true)
  })

  it('keeps the labels of two close towns from overlapping each other', () => {
    const items = [item('a', 100, 100, { radius: 2, width: 60, height: 12 }), item('b', 100, 108, { radius: 2, width: 60, height: 12 })]
    const [a, b] = placeLabels(items)
    expect(overlapArea(a?.box as Box, b?.box as Box)).toBe(0)
  })

  it('rejects a place nearer to another town\'s circle than to its own, even where nothing overlaps', () => {
    // A's usual label spans x 108..148; B's circle (x 150..160) is 2 px from it, nearer than A's 3 px.
    const placements = placeLabels([item('a', 100, 100), item('b', 155, 100)])
    const a = placeOf(placements, 'a')
    expect(overlapArea(labelBox(item('a', 100, 100), 'left', 3), { x0: 150, y0: 95, x1: 160, y1: 105 })).toBe(0)
    expect(a.anchor).not.toBe('left')
    expect(boxCircleDistance(a.box, item('b', 155, 100))).toBeGreaterThan(boxCircleDistance(a.box, item('a', 100, 100)))
    // With B 10 px farther, the usual place is nearer to A and stays.
    expect(placeOf(placeLabels([item('a', 100, 100), item('b', 165, 100)]), 'a').anchor).toBe('left')
  })

  it('moves a label farther out, with a leader line, where every near place is covered', () => {
    // An obstacle (a tie's loop, a star's hub) covers everything within 40 px of A's centre.
    const a = item('a', 200, 200, { radius: 4, width: 30, height: 10 })
    const cover = { x0: 160, y0: 160, x1: 240, y1: 240 }
    const placed = placeOf(placeLabels([a], { gaps: [3, 50], leaderFrom: 20, obstacles: [cover] }), 'a')
    expect(placed).toMatchObject({ anchor: 'left', gap: 50, clear: true })
    expect(overlapArea(placed.box, cover)).toBe(0)
    const [[sx, sy], [ex, ey]] = placed.leader ?? [[0, 0], [0, 0]]
    expect(Math.hypot(sx - 200, sy - 200)).toBeCloseTo(4, 9) // from A's edge
    expect(boxCircleDistance(placed.box, { x: ex, y: ey, radius: 0 })).toBeCloseTo(1, 9) // to a pixel short of the label
    // Without the obstacle the near place is free, and no leader is drawn.
    expect(placeOf(placeLabels([a], { gaps: [3, 50], leaderFrom: 20 }), 'a')).toMatchObject({ gap: 3, leader: null })
  })

  it('never takes a far place that is nearer to a neighbour than to its own circle', () => {
    // The near places are covered. The usual far place, east of A (x 254..284), overlaps nothing but lies
    // 10 px from B's circle and 50 px from A's: the label goes west instead.
    const a = item('a', 200, 200, { radius: 4, width: 30, height: 10 })
    const b = item('b', 300, 200, { radius: 6, width: 10, height: 6 })
    const placed = placeOf(placeLabels([a, b], { gaps: [3, 50], obstacles: [{ x0: 160, y0: 160, x1: 240, y1: 240 }] }), 'a')
    expect(overlapArea(labelBox(a, 'left', 50), { x0: 294, y0: 194, x1: 306, y1: 206 })).toBe(0)
    expect(placed).toMatchObject({ anchor: 'right', gap: 50 })
    expect(boxCircleDistance(placed.box, b)).toBeGreaterThan(boxCircleDistance(placed.box, a))
  })

  it('keeps a label of a town in view inside the view, and leaves a town outside it alone', () => {
    const viewport = { x0: 0, y0: 0, x1: 400, y1: 300 }
    expect(placeOf(placeLabels([item('east-edge', 390, 150)], { viewport }), 'east-edge').anchor).toBe('right')
    expect(placeOf(placeLabels([item('south-east', 390, 297)], { viewport }), 'south-east').anchor).toBe('bottom-right')
    const outside = placeOf(placeLabels([item('outside', 420, 150)], { viewport }), 'outside')
    expect(outside).toMatchObject({ anchor: 'left', clear: true })
  })

  it('keeps clear of an obstacle where another place is free, without calling that a broken rule', () => {
    const town = item('t', 100, 100)
    const over = labelBox(town, 'left', 3)
    const [placed] = placeLabels([town], { obstacles: [over] })
    expect(placed?.anchor).toBe('right')
    expect(placed?.clear).toBe(true)
  })

  it('says so when a label has no place that keeps the rules (a circle wholly inside a larger one)', () => {
    const placements = placeLabels([item('small', 100, 100, { radius: 4 }), item('large', 101, 101, { radius: 12 })])
    expect(placeOf(placements, 'small').clear).toBe(false)
    expect(placeOf(placements, 'large').clear).toBe(true)
  })
})

describe('anchorOffsetEm', () => {
  it('turns the anchor\'s offset in pixels into ems of the font size', () => {
    expect(anchorOffsetEm({ dx: 12, dy: -6 }, 12)).toEqual([1, -0.5])
  })
})
