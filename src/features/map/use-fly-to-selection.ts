import { useEffect, useEffectEvent, type RefObject } from 'react'
import type { MapRef } from 'react-map-gl/maplibre'
import { firstViewPadding, townBounds } from '../../domain/town-symbols'
import type { Town } from '../../domain/town-schema'

/** Selecting a town never zooms in closer than this, however near its partners are. */
export const SELECTION_MAX_ZOOM = 10

/**
 * Brings a selected town and the towns it shares direct or group ties with into view: the camera fits
 * them all, with room for their labels, zooming in no closer than SELECTION_MAX_ZOOM. A town without such
 * ties moves into view only when it is outside the map's view or hidden under something drawn over the
 * map. It moves once per selection (not when a filter changes the partners), without animation when the
 * reader prefers reduced motion.
 */
export function useFlyToSelection(
  mapRef: RefObject<MapRef | null>,
  towns: readonly Town[],
  selectedTownId: string | null,
  tiedTowns: readonly string[],
  mapReady: boolean,
) {
  const bringIntoView = useEffectEvent((townId: string) => {
    const map = mapRef.current?.getMap()
    const town = towns.find((candidate) => candidate.id === townId)
    if (!map || !town) return
    const duration = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600
    const group = towns.filter((candidate) => candidate.id === town.id || tiedTowns.includes(candidate.id))
    if (group.length > 1) {
      map.fitBounds(townBounds(group), { padding: firstViewPadding(window.innerWidth), maxZoom: SELECTION_MAX_ZOOM, duration })
      return
    }
    const canvas = map.getCanvas()
    const rect = canvas.getBoundingClientRect()
    const point = map.project([town.lon, town.lat])
    const onTop = document.elementFromPoint(rect.left + point.x, rect.top + point.y)
    const visible = map.getBounds().contains([town.lon, town.lat]) && (onTop === canvas || canvas.contains(onTop))
    if (visible) return
    map.easeTo({ center: [town.lon, town.lat], offset: [0, -rect.height / 4], duration })
  })
  useEffect(() => {
    if (mapReady && selectedTownId !== null) bringIntoView(selectedTownId)
  }, [selectedTownId, mapReady])
}
