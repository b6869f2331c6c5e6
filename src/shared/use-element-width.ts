import { useEffect, useState, type RefObject } from 'react'

/** The element's content width, following resizes (for charts drawn to the space they have). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, initial = 600): number {
  const [width, setWidth] = useState(initial)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setWidth(element.clientWidth || initial)
    measure()
    if (typeof ResizeObserver === 'undefined') {
      // Browsers (and test DOMs) without ResizeObserver still follow the window.
      window.addEventListener('resize', measure)
      return () => window.removeEventListener('resize', measure)
    }
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, initial])
  return width
}
