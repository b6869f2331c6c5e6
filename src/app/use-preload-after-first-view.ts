import { useEffect } from 'react'

/**
 * Loads the given chunks once the first view stands (the map's first idle, `performance.mark('map-idle')`):
 * the reader who opens a tab next finds its code there, and the first view did not wait for it.
 */
export function usePreloadAfterFirstView(chunks: readonly (() => Promise<unknown>)[]): void {
  useEffect(() => {
    const preload = () => {
      for (const load of chunks) void load().catch(() => undefined)
    }
    if (performance.getEntriesByName('map-idle').length > 0) return preload()
    if (typeof PerformanceObserver === 'undefined') return
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('map-idle').length === 0) return
      observer.disconnect()
      preload()
    })
    observer.observe({ type: 'mark', buffered: true })
    return () => observer.disconnect()
  }, [chunks])
}
