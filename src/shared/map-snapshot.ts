import { createContext, useContext, useEffect } from 'react'

/**
 * A picture of the map as it is drawn now, `ratio` device pixels per CSS pixel: a canvas `ratio` times
 * the map's CSS size. The map that can give one (the MapLibre map) offers it in the slot the app provides;
 * the Download menu takes it from there. Neither feature knows the other.
 */
export type MapSnapshot = (ratio: number) => Promise<HTMLCanvasElement>

export interface MapSnapshotSlot {
  /** Puts a map's snapshot in the slot; the returned function takes it out again. */
  offer: (snapshot: MapSnapshot) => () => void
  /** The snapshot on offer, or null (no map, or the simpler SVG map). */
  current: () => MapSnapshot | null
}

/** An empty slot, one per page. */
export function createMapSnapshotSlot(): MapSnapshotSlot {
  let offered: MapSnapshot | null = null
  return {
    offer: (snapshot) => {
      offered = snapshot
      return () => {
        if (offered === snapshot) offered = null
      }
    },
    current: () => offered,
  }
}

export const MapSnapshotContext = createContext<MapSnapshotSlot | null>(null)

/** The slot of the page (null outside a provider, e.g. in a component test). */
export function useMapSnapshotSlot(): MapSnapshotSlot | null {
  return useContext(MapSnapshotContext)
}

/** Offers the map's pictures while the calling component is mounted. */
export function useOfferMapSnapshot(snapshot: MapSnapshot): void {
  const slot = useMapSnapshotSlot()
  useEffect(() => slot?.offer(snapshot), [slot, snapshot])
}
