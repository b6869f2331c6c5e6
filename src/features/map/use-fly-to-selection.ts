import { useEffect, type RefObject } from 'react'
import type { MapRef } from 'react-map-gl/maplibre'
import type { Town } from '../../domain/town-schema'

/**
 * Brings a selected town into view when it is outside the map's view or hidden under something
 * drawn over the map (on a phone, the town's sheet): the town moves to the upper part of the map.
 */
export function useFlyToSelection(
  mapRef: RefObject<MapRef | null>,
  towns: readonly Town[],
  selectedTownId: string | null,
  mapReady: boolean,
) {
  useEffect(() => {
    const map = mapRef.current?.getMap()
    const town = towns.find((candidate) => candidate.id === selectedTownId)
    if (!map || !town || !mapReady) return
    const canvas = map.getCanvas()
    const rect = canvas.getBoundingClientRect()
    const point = map.project([town.lon, town.lat])
    const onTop = document.elementFromPoint(rect.left + point.x, rect.top + point.y)
    const visible = map.getBounds().contains([town.lon, town.lat]) && (onTop === canvas || canvas.contains(onTop))
    if (visible) return
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    map.easeTo({ center: [town.lon, town.lat], offset: [0, -rect.height / 4], duration: reduceMotion ? 0 : 600 })
  }, [mapRef, towns, selectedTownId, mapReady])
}
