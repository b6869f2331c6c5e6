import '@testing-library/jest-dom/vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BottomSheet, type BottomSheetProps } from '../../src/shared/bottom-sheet'
import type { SheetHeights, SheetSnap } from '../../src/shared/sheet-snaps'

const LABELS: Record<SheetSnap, string> = { peek: 'Open halfway', half: 'Open fully', full: 'Show the map' }

/** The sheet in a room 611 px high (375x667 less the header), its snap kept by the test as the app keeps it. */
function Harness(props: Partial<BottomSheetProps> & { onChange?: (snap: SheetSnap) => void; initial?: SheetSnap }) {
  const [snap, setSnap] = useState<SheetSnap>(props.initial ?? 'peek')
  return (
    <div data-testid="room">
      <BottomSheet
        enabled={props.enabled ?? true}
        snap={snap}
        onSnapChange={(next) => {
          props.onChange?.(next)
          setSnap(next)
        }}
        label="Lists and details"
        handleLabel={(at) => LABELS[at]}
        onHeightsChange={props.onHeightsChange}
      >
        <p>The tabs</p>
      </BottomSheet>
    </div>
  )
}

const sheet = () => screen.getByRole('region', { name: 'Lists and details' })
const handle = () => screen.getByRole('button')
const height = () => sheet().style.height

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function clientHeight(this: HTMLElement) {
    return this.dataset.testid === 'room' ? 611 : 0
  })
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('BottomSheet', () => {
  it('disabled, renders its children and nothing else: no region, no handle', () => {
    render(<Harness enabled={false} />)
    expect(screen.getByText('The tabs')).toBeInTheDocument()
    expect(screen.queryByRole('region')).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
    expect(document.querySelector('.sheet')).not.toHaveAttribute('data-snap')
  })

  it('rests at the peek (92 px), half (42 % of the room) and full height, and says so', () => {
    const onHeightsChange = vi.fn<(heights: SheetHeights) => void>()
    const { unmount } = render(<Harness onHeightsChange={onHeightsChange} />)
    expect(onHeightsChange).toHaveBeenLastCalledWith({ peek: 92, half: 257, full: 611 })
    expect(sheet()).toHaveAttribute('data-snap', 'peek')
    expect(height()).toBe('92px')
    unmount()
    render(<Harness initial="half" />)
    expect(height()).toBe('257px')
    cleanup()
    render(<Harness initial="full" />)
    expect(height()).toBe('611px')
  })

  it('has a labelled handle that cycles peek, half, full and back, with aria-expanded', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    expect(handle()).toHaveAccessibleName('Open halfway')
    expect(handle()).toHaveAttribute('aria-expanded', 'false')
    await user.click(handle())
    expect(sheet()).toHaveAttribute('data-snap', 'half')
    expect(handle()).toHaveAccessibleName('Open fully')
    expect(handle()).toHaveAttribute('aria-expanded', 'true')
    await user.click(handle())
    expect(sheet()).toHaveAttribute('data-snap', 'full')
    expect(handle()).toHaveAccessibleName('Show the map')
    await user.click(handle())
    expect(sheet()).toHaveAttribute('data-snap', 'peek')
  })

  it('answers the keyboard: Enter and Space cycle, the arrows step, Home and End go to the ends', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Harness onChange={onChange} />)
    handle().focus()
    await user.keyboard('{ArrowUp}')
    expect(sheet()).toHaveAttribute('data-snap', 'half')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(sheet()).toHaveAttribute('data-snap', 'full')
    await user.keyboard('{ArrowDown}')
    expect(sheet()).toHaveAttribute('data-snap', 'half')
    await user.keyboard('{Home}')
    expect(sheet()).toHaveAttribute('data-snap', 'peek')
    await user.keyboard('{End}')
    expect(sheet()).toHaveAttribute('data-snap', 'full')
    await user.keyboard('{Enter}')
    expect(sheet()).toHaveAttribute('data-snap', 'peek')
    await user.keyboard(' ')
    expect(sheet()).toHaveAttribute('data-snap', 'half')
    expect(onChange.mock.calls.map(([snap]) => snap)).toEqual(['half', 'full', 'full', 'half', 'peek', 'full', 'peek', 'half'])
  })

  describe('dragged by its handle', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['performance', 'Date'] })
    })

    /** Pointer events at page y, each `ms` after the one before. */
    function drag(ys: number[], ms: number) {
      const [first, ...rest] = ys
      fireEvent.pointerDown(handle(), { pointerId: 1, isPrimary: true, button: 0, clientY: first })
      for (const y of rest.slice(0, -1)) {
        vi.advanceTimersByTime(ms)
        fireEvent.pointerMove(handle(), { pointerId: 1, clientY: y })
      }
      vi.advanceTimersByTime(ms)
      const last = rest.at(-1) ?? first ?? 0
      fireEvent.pointerMove(handle(), { pointerId: 1, clientY: last })
      return () => fireEvent.pointerUp(handle(), { pointerId: 1, clientY: last })
    }

    it('follows the pointer, and a slow release settles at the nearest snap', () => {
      const onChange = vi.fn()
      render(<Harness onChange={onChange} />)
      // Up 200 px, slowly, then back 10 px: 282 px high, nearer half (257) than full (611).
      const release = drag([600, 550, 500, 450, 400, 410], 80)
      expect(height()).toBe('282px')
      expect(sheet()).toHaveAttribute('data-dragging', 'true')
      act(release)
      expect(onChange).toHaveBeenLastCalledWith('half')
      expect(height()).toBe('257px')
      expect(sheet()).not.toHaveAttribute('data-dragging')
      // The click that ends the drag is not also a press of the handle.
      fireEvent.click(handle())
      expect(onChange).toHaveBeenCalledTimes(1)
      expect(sheet()).toHaveAttribute('data-snap', 'half')
    })

    it('goes on to the next snap after a fling, though a nearer one is behind it', () => {
      const onChange = vi.fn()
      render(<Harness onChange={onChange} />)
      // 30 px up in 20 ms: 122 px high, nearer the peek, but flung towards half.
      act(drag([600, 585, 570], 10))
      expect(onChange).toHaveBeenLastCalledWith('half')
    })

    it('never grows past the room nor shrinks below the peek', () => {
      render(<Harness />)
      const release = drag([600, 300, 0, -400], 80)
      expect(height()).toBe('611px')
      act(release)
      expect(sheet()).toHaveAttribute('data-snap', 'full')
      const back = drag([100, 500, 900], 80)
      expect(height()).toBe('92px')
      act(back)
      expect(sheet()).toHaveAttribute('data-snap', 'peek')
    })

    it('takes a press that hardly moves as a press (one step), not a drag', () => {
      const onChange = vi.fn()
      render(<Harness onChange={onChange} />)
      act(drag([600, 603], 50))
      fireEvent.click(handle())
      expect(onChange.mock.calls).toEqual([['half']])
    })
  })
})
