import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { nextSnap, sheetHeights, snapAfterDrag, stepSnap, type SheetHeights, type SheetSnap } from './sheet-snaps'

export interface BottomSheetProps {
  /** False on a wide screen: no sheet, the children stand where the page's layout puts them. */
  enabled: boolean
  snap: SheetSnap
  onSnapChange: (snap: SheetSnap) => void
  /** The sheet's name for screen readers (it is a region). */
  label: string
  /** The handle's name at each snap: what pressing it does. */
  handleLabel: (snap: SheetSnap) => string
  /** Told the heights of the snaps whenever the room the sheet has changes. */
  onHeightsChange?: (heights: SheetHeights) => void
  children: ReactNode
}

interface Drag {
  pointer: number
  startY: number
  startHeight: number
  heights: SheetHeights
  /** Recent pointer positions, for the speed at release. */
  samples: { y: number; time: number }[]
  moved: boolean
}

/** How far a press may move and still be a press, not a drag (px). */
const SLOP = 6
/** The speed at release is measured over this much of the drag's end (ms). */
const SPEED_WINDOW = 100

/**
 * A phone's bottom sheet over the map: it rests at a peek (its handle and one line), half open or fully
 * open, in the room its parent gives it. The handle is dragged with a finger, a pen or a mouse (the
 * sheet follows, then settles at the nearest snap, or the next one after a fling), and it is a button:
 * pressing it goes peek, half, full and back; the arrow keys go up and down. Focus moving into the
 * hidden part of a peeking sheet (Tab) opens it halfway. Disabled, it renders its children and nothing else.
 */
export function BottomSheet({ enabled, snap, onSnapChange, label, handleLabel, onHeightsChange, children }: BottomSheetProps) {
  const sheet = useRef<HTMLDivElement>(null)
  const [room, setRoom] = useState(0)
  const [dragHeight, setDragHeight] = useState<number | null>(null)
  const drag = useRef<Drag | null>(null)
  // A drag ends with a click on the handle: that click is not a press.
  const dragged = useRef(false)
  const heights = sheetHeights(room)

  useEffect(() => {
    const parent = sheet.current?.parentElement
    if (!enabled || !parent) return
    const measure = () => setRoom(parent.clientHeight)
    measure()
    if (typeof ResizeObserver !== 'function') {
      window.addEventListener('resize', measure)
      return () => window.removeEventListener('resize', measure)
    }
    const observer = new ResizeObserver(measure)
    observer.observe(parent)
    return () => observer.disconnect()
  }, [enabled])

  const { peek, half, full } = heights
  useEffect(() => {
    if (enabled && room > 0) onHeightsChange?.({ peek, half, full })
  }, [enabled, room, peek, half, full, onHeightsChange])

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (!event.isPrimary || event.button !== 0) return
    dragged.current = false
    event.currentTarget.setPointerCapture?.(event.pointerId)
    const measured = sheetHeights(sheet.current?.parentElement?.clientHeight ?? room)
    drag.current = {
      pointer: event.pointerId,
      startY: event.clientY,
      startHeight: sheet.current?.getBoundingClientRect().height || measured[snap],
      heights: measured,
      samples: [{ y: event.clientY, time: event.timeStamp }],
      moved: false,
    }
  }

  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current
    if (current?.pointer !== event.pointerId) return
    const rise = current.startY - event.clientY
    if (!current.moved && Math.abs(rise) < SLOP) return
    current.moved = true
    current.samples = [...current.samples, { y: event.clientY, time: event.timeStamp }].filter((sample) => event.timeStamp - sample.time <= SPEED_WINDOW)
    setDragHeight(Math.min(current.heights.full, Math.max(current.heights.peek, current.startHeight + rise)))
  }

  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current
    if (current?.pointer !== event.pointerId) return
    drag.current = null
    if (!current.moved) return
    dragged.current = true
    const first = current.samples[0] ?? { y: event.clientY, time: event.timeStamp }
    const elapsed = event.timeStamp - first.time
    const velocity = elapsed > 0 ? (first.y - event.clientY) / elapsed : 0
    const height = Math.min(current.heights.full, Math.max(current.heights.peek, current.startHeight + current.startY - event.clientY))
    setDragHeight(null)
    onSnapChange(snapAfterDrag(height, velocity, current.heights))
  }

  const onPointerCancel = () => {
    drag.current = null
    setDragHeight(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const target = event.key === 'ArrowUp' ? stepSnap(snap, 1)
      : event.key === 'ArrowDown' ? stepSnap(snap, -1)
        : event.key === 'Home' ? 'peek'
          : event.key === 'End' ? 'full'
            : null
    if (target === null) return
    event.preventDefault()
    onSnapChange(target)
  }

  // Tab into the part of a peeking sheet that is out of sight: the sheet opens so that the focus can be seen.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const box = sheet.current?.getBoundingClientRect()
    if (!enabled || snap !== 'peek' || !box || box.height === 0 || !(event.target instanceof Element)) return
    if (event.target.getBoundingClientRect().bottom > box.bottom + 1) onSnapChange('half')
  }

  const height = dragHeight ?? (room > 0 ? heights[snap] : null)
  return (
    <div
      ref={sheet}
      className="sheet"
      data-snap={enabled ? snap : undefined}
      data-dragging={dragHeight !== null ? 'true' : undefined}
      role={enabled ? 'region' : undefined}
      aria-label={enabled ? label : undefined}
      style={enabled && height !== null ? { height } : undefined}
      onFocus={onFocus}
    >
      {enabled && (
        <button
          type="button"
          className="sheet-handle"
          aria-label={handleLabel(snap)}
          aria-expanded={snap !== 'peek'}
          onClick={() => {
            if (dragged.current) {
              dragged.current = false
              return
            }
            onSnapChange(nextSnap(snap))
          }}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerCancel}
        >
          <span className="sheet-grip" aria-hidden="true" />
        </button>
      )}
      <div className="sheet-body">{children}</div>
    </div>
  )
}
