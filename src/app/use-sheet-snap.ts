import { useCallback, useState } from 'react'
import { coverAbovePeek, type SheetHeights, type SheetSnap } from '../shared/sheet-snaps'

interface SheetState {
  /** What the sheet shows open (a town, an activity, a tie's details), or null: the tabs. */
  open: string | null
  snap: SheetSnap
  /** Where the sheet was before something opened in it: closing it goes back there. */
  before: SheetSnap
}

/**
 * Where the phone's sheet rests, as transient UI (not in the URL): at the peek until something opens in
 * it (a town, an activity, a tie's details), then half open, so that both the map and the details show;
 * closing it returns the sheet to where it was before. The reader may move it at any time.
 */
export function useSheetSnap(open: string | null): [SheetSnap, (snap: SheetSnap) => void] {
  const [state, setState] = useState<SheetState>(() => ({ open, snap: open === null ? 'peek' : 'half', before: 'peek' }))
  let current = state
  if (state.open !== open) {
    const before = state.open === null ? state.snap : state.before
    current = open === null ? { open, snap: state.before, before: state.before } : { open, snap: 'half', before }
    setState(current)
  }
  const setSnap = useCallback((snap: SheetSnap) => setState((previous) => ({ ...previous, snap })), [])
  return [current.snap, setSnap]
}

export interface PhoneSheet {
  snap: SheetSnap
  setSnap: (snap: SheetSnap) => void
  /** Where the sheet says how high its snaps are in the room it has. */
  setHeights: (heights: SheetHeights) => void
  /** How much of the map the sheet hides now (to bring a selection into view above it). */
  cover: number
}

/**
 * The phone's sheet as the explorer keeps it: its snap (see useSheetSnap) and, in the same render, how much
 * of the map it hides, so that a town selected from the peek is brought into view above the half-open sheet.
 */
export function usePhoneSheet(open: string | null): PhoneSheet {
  const [snap, setSnap] = useSheetSnap(open)
  const [heights, setHeights] = useState<SheetHeights | null>(null)
  return { snap, setSnap, setHeights, cover: heights === null ? 0 : coverAbovePeek(snap, heights) }
}
