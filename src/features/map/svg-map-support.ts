import { useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import { backgroundLayer, borderLayer, coastLayer, countryFillLayer } from './basemap-layers'
import { FONT_FAMILY_CSS } from './map-style'
import type { Size } from './svg-map-layout'

/** What the simpler map takes from the page and from the full map's style: box size, label font and widths, colours. */

/** jsdom and the first paint before layout: a box of this size until the real one is measured. */
export const DEFAULT_SIZE: Size = { width: 800, height: 600 }

/** The basemap's colours, read from the full map's style so that both maps look alike. */
const fillMatch = (countryFillLayer.paint?.['fill-color'] ?? []) as unknown as readonly unknown[]
export function countryFill(iso: string | undefined): string {
  for (let index = 2; index < fillMatch.length - 1; index += 2) if (fillMatch[index] === iso) return String(fillMatch[index + 1])
  return String(fillMatch[fillMatch.length - 1] ?? '#f2f0eb')
}
export const SEA = String(backgroundLayer.paint?.['background-color'] ?? '#cfe0ea')
export const COAST = String(coastLayer.paint?.['line-color'] ?? '#8fb3c9')
export const BORDER = String(borderLayer.paint?.['line-color'] ?? '#6b6b7b')

let measureContext: CanvasRenderingContext2D | null | undefined
export function measureLabel(text: string, size: number): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d')
  if (!measureContext) return text.length * size * 0.6
  measureContext.font = `600 ${size}px "${FONT_FAMILY_CSS}", sans-serif`
  return measureContext.measureText(text).width
}

/** The box's size in pixels, followed as it changes (the SVG draws one pixel per pixel and stays sharp). */
export function useBoxSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>(DEFAULT_SIZE)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const { clientWidth: width, clientHeight: height } = element
      if (width > 0 && height > 0) setSize((previous) => (previous.width === width && previous.height === height ? previous : { width, height }))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}

/** True once the labels' font has loaded (their widths are measured in it). */
export function useLabelFont(): boolean {
  const [loaded, setLoaded] = useState(() => typeof document === 'undefined' || !('fonts' in document))
  useEffect(() => {
    if (loaded) return
    let alive = true
    document.fonts.load(`600 12px "${FONT_FAMILY_CSS}"`).catch(() => undefined).finally(() => alive && setLoaded(true))
    return () => {
      alive = false
    }
  }, [loaded])
  return loaded
}
