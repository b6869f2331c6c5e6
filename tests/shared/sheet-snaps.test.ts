// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { coverAbovePeek, nextSnap, SHEET_PEEK_PX, sheetHeights, snapAfterDrag, stepSnap } from '../../src/shared/sheet-snaps'

describe('sheetHeights', () => {
  it('is the peek, 42 % of the room, and the whole room', () => {
    expect(SHEET_PEEK_PX).toBe(92)
    // 375x667 with a 56 px header: 611 px of room.
    expect(sheetHeights(611)).toEqual({ peek: 92, half: 257, full: 611 })
    expect(sheetHeights(788)).toEqual({ peek: 92, half: 331, full: 788 })
  })

  it('never goes below the peek, and half never above full, in a tiny room', () => {
    expect(sheetHeights(150)).toEqual({ peek: 92, half: 92, full: 150 })
    expect(sheetHeights(0)).toEqual({ peek: 92, half: 92, full: 92 })
  })
})

describe('nextSnap and stepSnap', () => {
  it('cycles peek, half, full and back to the peek', () => {
    expect(nextSnap('peek')).toBe('half')
    expect(nextSnap('half')).toBe('full')
    expect(nextSnap('full')).toBe('peek')
  })

  it('steps one snap up or down and stops at the ends', () => {
    expect(stepSnap('peek', 1)).toBe('half')
    expect(stepSnap('half', 1)).toBe('full')
    expect(stepSnap('full', 1)).toBe('full')
    expect(stepSnap('full', -1)).toBe('half')
    expect(stepSnap('peek', -1)).toBe('peek')
  })
})

describe('snapAfterDrag', () => {
  const heights = { peek: 92, half: 257, full: 611 }

  it('rests at the nearest snap after a slow release', () => {
    expect(snapAfterDrag(100, 0, heights)).toBe('peek')
    expect(snapAfterDrag(174, 0.1, heights)).toBe('peek')
    expect(snapAfterDrag(175, -0.1, heights)).toBe('half')
    expect(snapAfterDrag(430, 0, heights)).toBe('half')
    expect(snapAfterDrag(440, 0, heights)).toBe('full')
    expect(snapAfterDrag(900, 0, heights)).toBe('full')
  })

  it('goes on to the next snap in the direction of a fling', () => {
    // Just above the peek, flung up: half, not back to the nearer peek.
    expect(snapAfterDrag(110, 0.8, heights)).toBe('half')
    // Just above half, flung up: full; flung down: half.
    expect(snapAfterDrag(270, 0.8, heights)).toBe('full')
    expect(snapAfterDrag(270, -0.8, heights)).toBe('half')
    // Just below full, flung down: half.
    expect(snapAfterDrag(600, -0.6, heights)).toBe('half')
    // At an end, a fling past it stays there.
    expect(snapAfterDrag(611, 2, heights)).toBe('full')
    expect(snapAfterDrag(92, -2, heights)).toBe('peek')
  })
})

describe('coverAbovePeek', () => {
  it('is what the half-open sheet hides above the peek, and nothing otherwise', () => {
    const heights = { peek: 92, half: 257, full: 611 }
    expect(coverAbovePeek('half', heights)).toBe(165)
    expect(coverAbovePeek('peek', heights)).toBe(0)
    expect(coverAbovePeek('full', heights)).toBe(0)
  })
})
