import { useEffect, type RefObject } from 'react'
import type { MapRef } from 'react-map-gl/maplibre'
import type { Town } from '../../domain/town-schema'

/** Brings a town selected from the list into view when it is outside the map's current view. */
export function useFlyToSelection(mapRef: RefObject<MapRef | null>, towns: readonly Town[], selectedTownId: string | null) {
  useEffect(() => {
    const map = mapRef.current
    const town = towns.find((candidate) => candidate.id === selectedTownId)
    if (!map || !town) return
    if (map.getBounds().contains([town.lon, town.lat])) return
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    map.easeTo({ center: [town.lon, town.lat], duration: reduceMotion ? 0 : 600 })
  }, [mapRef, towns, selectedTownId])
}
