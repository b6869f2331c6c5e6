import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCallback, type RefObject } from 'react'
import type { MapRef } from 'react-map-gl/maplibre'
import { useOfferMapSnapshot } from '../../shared/map-snapshot'

/** How long a redraw at another pixel ratio may take before the picture is taken anyway (software WebGL is slow). */
const IDLE_TIMEOUT_MS = 15_000

function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, IDLE_TIMEOUT_MS)
    function done() {
      clearTimeout(timer)
      map.off('idle', done)
      resolve()
    }
    map.on('idle', done)
  })
}

/**
 * The map's canvas copied at `ratio` device pixels per CSS pixel: MapLibre draws again at that ratio
 * (setPixelRatio), the frame is drawn once more synchronously (redraw) and copied in the same task,
 * before the browser clears the WebGL buffer, and the reader's own ratio comes back.
 */
export async function snapshotMap(map: MapLibreMap, ratio: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio()
  if (before !== ratio) {
    const idle = nextIdle(map)
    map.setPixelRatio(ratio)
    await idle
  }
  try {
    map.redraw()
    const source = map.getCanvas()
    const copy = document.createElement('canvas')
    copy.width = source.width
    copy.height = source.height
    copy.getContext('2d')?.drawImage(source, 0, 0)
    return copy
  } finally {
    // null: follow the device's ratio again, as before (MapLibre's own way to undo an override; its type says number).
    if (before !== ratio) map.setPixelRatio((before === window.devicePixelRatio ? null : before) as number)
  }
}

/** Offers pictures of this map to the page's Download menu while it is mounted. */
export function useMapSnapshot(mapRef: RefObject<MapRef | null>): void {
  const snapshot = useCallback(async (ratio: number) => {
    const map = mapRef.current?.getMap()
    if (!map) throw new Error('the map is not ready')
    return snapshotMap(map, ratio)
  }, [mapRef])
  useOfferMapSnapshot(snapshot)
}
