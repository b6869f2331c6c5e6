import { useEffect, type RefObject } from 'react'

export interface MapControlLabels {
  canvas: string
  zoomIn: string
  zoomOut: string
  attribution: string
}

/**
 * MapLibre names its canvas and controls once, in English, when the map is made; this names them in the
 * reader's language, and again whenever the language changes.
 */
export function useMapControlLabels(container: RefObject<HTMLElement | null>, labels: MapControlLabels, ready: boolean) {
  const { canvas, zoomIn, zoomOut, attribution } = labels
  useEffect(() => {
    const root = container.current
    if (!root || !ready) return
    const name = (selector: string, label: string, title = true) =>
      root.querySelectorAll(selector).forEach((element) => {
        element.setAttribute('aria-label', label)
        if (title) element.setAttribute('title', label)
      })
    name('canvas.maplibregl-canvas', canvas, false)
    name('.maplibregl-ctrl-zoom-in', zoomIn)
    name('.maplibregl-ctrl-zoom-out', zoomOut)
    name('.maplibregl-ctrl-attrib-button', attribution)
  }, [container, canvas, zoomIn, zoomOut, attribution, ready])
}
