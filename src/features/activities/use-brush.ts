import { brushX, select, type BrushBehavior } from 'd3'
import { useEffect, useRef, type RefObject } from 'react'

/**
 * d3's brush on an SVG group (d3 owns this behaviour): `selection` in pixels is drawn when it changes
 * from outside; `onEnd` hears the reader's own brushing only.
 */
export function useBrushX(
  ref: RefObject<SVGGElement | null>,
  extent: [[number, number], [number, number]],
  selection: [number, number] | null,
  onEnd: (selection: [number, number] | null) => void,
) {
  const brushRef = useRef<BrushBehavior<unknown> | null>(null)
  const onEndRef = useRef(onEnd)
  useEffect(() => {
    onEndRef.current = onEnd
  }, [onEnd])
  const [[x0, y0], [x1, y1]] = extent

  useEffect(() => {
    const group = ref.current
    if (!group) return
    const brush = brushX<unknown>()
      .extent([[x0, y0], [x1, y1]])
      .on('end', (event: { sourceEvent: unknown; selection: [number, number] | null }) => {
        if (event.sourceEvent) onEndRef.current(event.selection)
      })
    brushRef.current = brush
    select(group).call(brush)
    return () => {
      select(group).on('.brush', null)
    }
  }, [ref, x0, y0, x1, y1])

  const [s0, s1] = selection ?? [null, null]
  useEffect(() => {
    const group = ref.current
    const brush = brushRef.current
    if (!group || !brush) return
    select(group).call(brush.move, s0 === null || s1 === null ? null : [s0, s1])
  }, [ref, s0, s1, x0, x1])
}
