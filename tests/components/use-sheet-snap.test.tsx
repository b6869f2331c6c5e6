import { act, cleanup, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { usePhoneSheet, useSheetSnap } from '../../src/app/use-sheet-snap'

afterEach(cleanup)

describe('useSheetSnap', () => {
  it('rests at the peek, or half open when a link opens something in the sheet', () => {
    expect(renderHook(() => useSheetSnap(null)).result.current[0]).toBe('peek')
    expect(renderHook(() => useSheetSnap('town:ptuj')).result.current[0]).toBe('half')
  })

  it('opens halfway for what opens in it, and goes back to where it was when that closes', () => {
    const { result, rerender } = renderHook(({ open }) => useSheetSnap(open), { initialProps: { open: null as string | null } })
    // The reader had the list fully open, then chose a town in it: half, to show the map too.
    act(() => result.current[1]('full'))
    rerender({ open: 'town:lendava' })
    expect(result.current[0]).toBe('half')
    // A tie's details over the town, then another town: still half; the reader moves the sheet at will.
    rerender({ open: 'link:lendava|szentgotthard' })
    expect(result.current[0]).toBe('half')
    act(() => result.current[1]('peek'))
    rerender({ open: 'town:lenti' })
    expect(result.current[0]).toBe('half')
    // Closed: back to the list as the reader left it, fully open.
    rerender({ open: null })
    expect(result.current[0]).toBe('full')
  })

  it('stays where the reader puts it while nothing opens or closes', () => {
    const { result, rerender } = renderHook(({ open }) => useSheetSnap(open), { initialProps: { open: 'activity:x' as string | null } })
    act(() => result.current[1]('full'))
    rerender({ open: 'activity:x' })
    expect(result.current[0]).toBe('full')
    rerender({ open: null })
    expect(result.current[0]).toBe('peek')
  })
})

describe('usePhoneSheet', () => {
  it('tells, in the same render as the selection, how much of the map the half-open sheet hides', () => {
    const { result, rerender } = renderHook(({ open }) => usePhoneSheet(open), { initialProps: { open: null as string | null } })
    expect(result.current.cover).toBe(0)
    act(() => result.current.setHeights({ peek: 92, half: 257, full: 611 }))
    expect(result.current.cover).toBe(0)
    rerender({ open: 'town:lendava' })
    expect(result.current).toMatchObject({ snap: 'half', cover: 165 })
    act(() => result.current.setSnap('full'))
    expect(result.current.cover).toBe(0)
  })
})
