import { describe, expect, it } from 'vitest'
import {
  anchorOffset,
  ANCHORS,
  type Box,
  labelBox,
  type LabelInput,
  overlapArea,
  rankLabelAnchors,
  rankLabelCandidates,
} from '../../src/domain/label-placement'

const item = (id: string, x: number, y: number, overrides: Partial<LabelInput> = {}): LabelInput =>
  ({ id, x, y, radius: 5, width: 40, height: 10, ...overrides })

const rounded = (box: Box) => ({
  x0: Number(box.x0.toFixed(3)), y0: Number(box.y0.toFixed(3)), x1: Number(box.x1.toFixed(3)), y1: Number(box.y1.toFixed(3)),
})

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

  it('keeps every box clear of its own circle', () => {
    const circle = { x0: 95, y0: 45, x1: 105, y1: 55 }
    for (const anchor of ANCHORS) expect(overlapArea(labelBox(town, anchor, 3), circle)).toBe(0)
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

describe('rankLabelAnchors', () => {
  it('ranks all eight anchors for every town, in the usual order for a town alone', () => {
    const ranks = rankLabelAnchors([item('alone', 200, 200)])
    expect(ranks.get('alone')).toEqual([...ANCHORS])
    expect(rankLabelAnchors([])).toEqual(new Map())
  })

  it('puts the labels of two towns side by side on their outer sides, away from the other circle', () => {
    // A's usual label to its right would cover B's circle at x 125..135.
    const ranks = rankLabelAnchors([item('a', 100, 100), item('b', 130, 100)])
    expect(ranks.get('a')?.[0]).toBe('right') // text ends at A: the label is on A's west side
    expect(ranks.get('b')?.[0]).toBe('left') // text starts at B: the label is on B's east side
    expect(ranks.get('a')?.indexOf('left')).toBe(7) // on top of B's circle: the worst
  })

  it('keeps the best labels of two close towns from overlapping each other', () => {
    const items = [item('a', 100, 100, { radius: 2, width: 60, height: 12 }), item('b', 100, 108, { radius: 2, width: 60, height: 12 })]
    const ranks = rankLabelAnchors(items)
    const [a, b] = items.map((entry) => labelBox(entry, ranks.get(entry.id)?.[0] ?? 'left', 3))
    expect(ranks.get('a')?.[0]).toBe('left')
    expect(ranks.get('b')?.[0]).toBe('right')
    expect(overlapArea(a as Box, b as Box)).toBe(0)
  })

  it('moves a label back into the viewport', () => {
    const viewport = { x0: 0, y0: 0, x1: 400, y1: 300 }
    expect(rankLabelAnchors([item('east-edge', 390, 150)], { viewport }).get('east-edge')?.[0]).toBe('right')
    expect(rankLabelAnchors([item('south-east-corner', 390, 297)], { viewport }).get('south-east-corner')?.[0]).toBe('bottom-right')
  })

  it('uses the gap it is given', () => {
    // A's label on its east side spans x 145..185 with a 40 px gap, over B's circle (175..185); 108..148 with 3 px.
    const ranks = rankLabelAnchors([item('a', 100, 100), item('b', 180, 100)], { gap: 40 })
    expect(ranks.get('a')?.[0]).toBe('right')
    expect(rankLabelAnchors([item('a', 100, 100), item('b', 180, 100)], { gap: 3 }).get('a')?.[0]).toBe('left')
  })
})

describe('anchorOffset', () => {
  it('pushes the label away from the circle by the distance, in ems', () => {
    const d = 2 * Math.SQRT1_2
    expect(anchorOffset('left', 2)).toEqual([2, 0])
    expect(anchorOffset('right', 2)).toEqual([-2, 0])
    expect(anchorOffset('top', 2)).toEqual([0, 2])
    expect(anchorOffset('bottom', 2)).toEqual([0, -2])
    expect(anchorOffset('top-left', 2)).toEqual([d, d])
    expect(anchorOffset('top-right', 2)).toEqual([-d, d])
    expect(anchorOffset('bottom-left', 2)).toEqual([d, -d])
    expect(anchorOffset('bottom-right', 2)).toEqual([-d, -d])
  })

  it('points the same way as labelBox moves the label', () => {
    const town = item('t', 0, 0, { width: 0, height: 0 })
    for (const anchor of ANCHORS) {
      const box = labelBox(town, anchor, 0)
      const [dx, dy] = anchorOffset(anchor, 1)
      expect([Math.sign(box.x0), Math.sign(box.y0)]).toEqual([Math.sign(dx), Math.sign(dy)])
    }
  })
})

describe('rankLabelCandidates', () => {
  const viewport = { x0: 0, y0: 0, x1: 400, y1: 300 }
  const at = (id: string, x: number, y: number) => ({ id, x, y, radius: 6, width: 120, height: 14 })

  it('offers each anchor at every gap, nearest first when nothing is in the way', () => {
    const ranked = rankLabelCandidates([at('alone', 200, 150)], { gaps: [3, 15], viewport }).get('alone') ?? []
    expect(ranked).toHaveLength(16)
    expect(ranked[0]).toEqual({ anchor: 'left', gap: 3 })
  })

  it('never offers a place that cuts the label at the edge of the view while another one fits', () => {
    const ranked = rankLabelCandidates([at('west-edge', 20, 150)], { gaps: [3, 15], viewport }).get('west-edge') ?? []
    for (const { anchor, gap } of ranked) {
      const box = labelBox(at('west-edge', 20, 150), anchor, gap)
      expect(box.x0).toBeGreaterThanOrEqual(0)
    }
    expect(ranked.some(({ anchor }) => anchor === 'right')).toBe(false)
  })
})
