// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { placeLabels } from '../../src/domain/label-placement'
import { SpatialGrid } from '../../src/domain/spatial-grid'
import { referencePlaceLabels } from './label-placement-reference'
import { randomLabels } from './label-placement-towns'

describe('placeLabels with its spatial index', () => {
  // The same places, leaders and clear flags as the placement that looked at everything, to the last bit.
  it.each([
    { towns: 24, seeds: [1, 2, 3, 4, 5, 6] },
    { towns: 240, seeds: [24] },
  ])('places $towns random towns exactly as the reference does', ({ towns, seeds }) => {
    for (const seed of seeds) {
      const { items, options } = randomLabels(towns, seed)
      expect(placeLabels(items, options)).toEqual(referencePlaceLabels(items, options))
    }
  }, 120_000)

  it('places 1,000 random towns exactly as the reference does (two gaps and a small budget: the reference is slow)', () => {
    const { items, options } = randomLabels(1000, 1000)
    const lighter = { ...options, gaps: options.gaps?.slice(0, 2), budget: 300 }
    const placed = placeLabels(items, lighter)
    expect(placed).toEqual(referencePlaceLabels(items, lighter))
    expect(placed.some((placement) => !placement.clear)).toBe(true) // crowded: the fallback ran
  }, 120_000)

  it('agrees in the corners: crowded small views, a tiny budget, no gaps, circles on top of each other', () => {
    const { items, options } = randomLabels(60, 7, { x0: 0, y0: 0, x1: 300, y1: 200 })
    for (const variant of [options, { ...options, budget: 5 }, { ...options, gaps: [] }, { ...options, viewport: undefined, obstacles: undefined }]) {
      expect(placeLabels(items, variant)).toEqual(referencePlaceLabels(items, variant))
    }
    const stacked = items.slice(0, 5).map((item, index) => ({ ...item, x: 100, y: 100, radius: 4 + index }))
    expect(placeLabels(stacked, options)).toEqual(referencePlaceLabels(stacked, options))
    expect(placeLabels([], options)).toEqual([])
  })
})

describe('SpatialGrid', () => {
  it('finds every box that meets a box, each once, and those too large or not finite always', () => {
    const grid = new SpatialGrid(10, 5, 16)
    grid.insert(0, { x0: 0, y0: 0, x1: 5, y1: 5 })
    grid.insert(1, { x0: 100, y0: 100, x1: 130, y1: 105 })
    grid.insert(2, { x0: -1000, y0: -1000, x1: 1000, y1: 1000 }) // too many cells: everywhere
    grid.insert(3, { x0: Number.NaN, y0: 0, x1: 1, y1: 1 })
    grid.insert(4, { x0: 1e12, y0: 1e12, x1: 1e12, y1: 1e12 }) // beyond the grid's cells: clamped
    const found = (box: { x0: number; y0: number; x1: number; y1: number }) => {
      const ids = grid.search(box, [])
      expect(new Set(ids).size).toBe(ids.length) // each once
      return ids
    }
    // A superset of what overlaps (the caller checks exactly), here small enough to see.
    expect(found({ x0: 1, y0: 1, x1: 2, y1: 2 }).sort()).toEqual([0, 2, 3])
    expect(found({ x0: 95, y0: 95, x1: 135, y1: 101 })).toEqual(expect.arrayContaining([1, 2, 3]))
    expect(found({ x0: 1e12, y0: 1e12, x1: 1e12 + 1, y1: 1e12 + 1 })).toEqual(expect.arrayContaining([2, 3, 4]))
    expect(found({ x0: 0, y0: 0, x1: Infinity, y1: 1 }).sort()).toEqual([0, 1, 2, 3, 4])
  })
})
