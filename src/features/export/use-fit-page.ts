import { useLayoutEffect, type RefObject } from 'react'

/** The A4 page's width and height less the print margins (2 × 12 mm), the height with a little to spare, in CSS pixels. */
const PAGE_WIDTH_MM = 210 - 24
const PAGE_HEIGHT_PX = ((297 - 24 - 4) * 96) / 25.4
/** Below this the type would be too small to read on paper; the page then runs over. */
const SMALLEST_ZOOM = 0.6

/**
 * Keeps an element on one printed page: it is laid out at the page's width (off screen, see export.css),
 * measured, and zoomed out just enough to fit the page's height, whenever `key` or the fonts change. A
 * zoomed element is made wider by as much, so that it still spans the page's width, on screen as in print.
 */
export function useFitPage(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const zoomTo = (zoom: number) => {
      element.style.zoom = String(zoom)
      element.style.width = `${PAGE_WIDTH_MM / zoom}mm`
    }
    const fit = () => {
      let zoom = 1
      zoomTo(1)
      for (let step = 0; step < 4; step += 1) {
        const height = element.getBoundingClientRect().height
        if (height <= PAGE_HEIGHT_PX || zoom <= SMALLEST_ZOOM) break
        zoom = Math.max(SMALLEST_ZOOM, (zoom * PAGE_HEIGHT_PX) / height)
        zoomTo(zoom)
      }
      element.dataset.zoom = zoom.toFixed(2)
    }
    fit()
    let alive = true
    void document.fonts?.ready.then(() => alive && fit())
    return () => {
      alive = false
    }
  }, [ref, key])
}
