/** Where a bottom sheet rests: a peek (its handle and one line), half open, or fully open below the header. */
export const SHEET_SNAPS = ['peek', 'half', 'full'] as const
export type SheetSnap = (typeof SHEET_SNAPS)[number]

/**
 * The peek: the handle (44 px, a touch target) and one line of 48 px (the tabs, or the open panel's
 * title). app.css reserves the same height under the map (`--sheet-peek`).
 */
export const SHEET_PEEK_PX = 92
/**
 * Half open: this share of the room the sheet has (the window below the header). Less than half, so that
 * with a town or an activity open most of the map stays in view above the sheet.
 */
export const SHEET_HALF_SHARE = 0.42
/** A drag released faster than this (px per ms) goes on to the next snap in its direction. */
export const FLING_SPEED = 0.5

export type SheetHeights = Record<SheetSnap, number>

/** The sheet's height at each snap, in a room of this height; never below the peek, half never above full. */
export function sheetHeights(room: number): SheetHeights {
  const full = Math.max(SHEET_PEEK_PX, Math.round(room))
  const half = Math.min(full, Math.max(SHEET_PEEK_PX, Math.round(room * SHEET_HALF_SHARE)))
  return { peek: SHEET_PEEK_PX, half, full }
}

/** The handle pressed: peek, half, full, and back to the peek. */
export function nextSnap(snap: SheetSnap): SheetSnap {
  return SHEET_SNAPS[(SHEET_SNAPS.indexOf(snap) + 1) % SHEET_SNAPS.length] ?? 'peek'
}

/** One step taller (1) or shorter (-1), stopping at the ends (the arrow keys on the handle). */
export function stepSnap(snap: SheetSnap, direction: 1 | -1): SheetSnap {
  const index = Math.min(SHEET_SNAPS.length - 1, Math.max(0, SHEET_SNAPS.indexOf(snap) + direction))
  return SHEET_SNAPS[index] ?? snap
}

/**
 * Where a drag of the handle comes to rest: released at `height` moving at `velocity` (px per ms, positive
 * upwards, the sheet growing). A fling goes to the next snap beyond the height in its direction; a slow
 * release to the nearest snap.
 */
export function snapAfterDrag(height: number, velocity: number, heights: SheetHeights): SheetSnap {
  if (Math.abs(velocity) >= FLING_SPEED) {
    const beyond = velocity > 0
      ? SHEET_SNAPS.find((snap) => heights[snap] > height + 1)
      : [...SHEET_SNAPS].reverse().find((snap) => heights[snap] < height - 1)
    return beyond ?? (velocity > 0 ? 'full' : 'peek')
  }
  let nearest: SheetSnap = 'peek'
  for (const snap of SHEET_SNAPS) {
    if (Math.abs(heights[snap] - height) < Math.abs(heights[nearest] - height)) nearest = snap
  }
  return nearest
}

/**
 * How much of what lies above the peek (the map) the sheet hides at a snap, for bringing a selection into
 * view above it: nothing at the peek, and nothing worth avoiding when it is fully open (the map is hidden).
 */
export function coverAbovePeek(snap: SheetSnap, heights: SheetHeights): number {
  return snap === 'half' ? Math.max(0, heights.half - heights.peek) : 0
}
