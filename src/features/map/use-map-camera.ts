import { useEffect, useEffectEvent, useRef, type RefObject } from 'react'
import type { PaddingOptions } from 'maplibre-gl'
import type { MapRef } from 'react-map-gl/maplibre'
import { firstViewPadding, townBounds } from '../../domain/town-symbols'
import type { Town } from '../../domain/town-schema'
import type { Camera } from '../../url-state/view-url'

/** Selecting a town never zooms in closer than this, however near its partners are. */
export const SELECTION_MAX_ZOOM = 10

/** A presentation's step never zooms in closer than this (the twin towns on the Mur are 1.5 km apart). */
export const STEP_MAX_ZOOM = 11
/** A step about one town shows it with its neighbours around it. */
export const SINGLE_TOWN_ZOOM = 9

/** A presentation's camera: each new `key` flies to fit `towns` (null: all towns), clear of `padding`. */
export interface CameraFit {
  key: string
  towns: readonly string[] | null
  padding: PaddingOptions
}

/** Moves the camera makes itself to follow the URL carry this, so that they are not reported back. */
const FROM_VIEW = { fromView: true }

function cameraKey(camera: Camera | null): string {
  return camera === null ? 'first-view' : `${camera.zoom.toFixed(2)}/${camera.lat.toFixed(5)}/${camera.lon.toFixed(5)}`
}

export interface MapCameraOptions {
  towns: readonly Town[]
  /** The camera in the URL; null: the first view that fits all towns. */
  camera: Camera | null
  selectedTownId: string | null
  /** The towns the selected town shares direct or group ties with: selecting it brings them into view. */
  tiedTowns: readonly string[]
  /** Each move the reader makes (or a selection makes) ends here, to be written to the URL. */
  onCameraChange: (camera: Camera) => void
  ready: boolean
  /** Pixels at the map's bottom hidden under something (a half-open sheet): a selection comes into view above them. */
  coveredBottom?: number
  /** A presentation's step: it decides the camera, a selection does not move it. */
  fit?: CameraFit | null
}

/**
 * The map's camera and the URL, kept in step. A camera that comes from the URL (a shared link, Back or
 * Forward) is jumped to; a move of the reader's is reported. Selecting a town brings it and the towns it
 * shares direct or group ties with into view (no closer than SELECTION_MAX_ZOOM, without animation when
 * the reader prefers reduced motion); a town without such ties moves into view only when it is outside the
 * view or hidden under something drawn over the map. When the URL brings a camera and a selection at once,
 * the camera wins: it is where the reader was.
 */
export function useMapCamera(mapRef: RefObject<MapRef | null>, options: MapCameraOptions) {
  const { towns, camera, selectedTownId, tiedTowns, onCameraChange, ready, coveredBottom = 0, fit = null } = options
  const applied = useRef(cameraKey(camera))
  // A link with a camera and a town opens where the camera says, not flown to the town.
  const shownSelection = useRef(camera === null ? null : selectedTownId)

  const bringIntoView = useEffectEvent((townId: string) => {
    const map = mapRef.current?.getMap()
    const town = towns.find((candidate) => candidate.id === townId)
    if (!map || !town) return
    const duration = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600
    const group = towns.filter((candidate) => candidate.id === town.id || tiedTowns.includes(candidate.id))
    const canvas = map.getCanvas()
    const rect = canvas.getBoundingClientRect()
    // What a sheet hides is left out, unless it would leave too little of the map to show anything in.
    const covered = coveredBottom < rect.height / 2 ? coveredBottom : 0
    if (group.length > 1) {
      const padding = firstViewPadding(window.innerWidth)
      map.fitBounds(townBounds(group), { padding: { ...padding, bottom: padding.bottom + covered }, maxZoom: SELECTION_MAX_ZOOM, duration })
      return
    }
    const point = map.project([town.lon, town.lat])
    const onTop = document.elementFromPoint(rect.left + point.x, rect.top + point.y)
    const visible = map.getBounds().contains([town.lon, town.lat]) && point.y < rect.height - covered && (onTop === canvas || canvas.contains(onTop))
    if (visible) return
    map.easeTo({ center: [town.lon, town.lat], offset: [0, covered > 0 ? -covered / 2 : -rect.height / 4], duration })
  })

  // Moves the hook makes to follow the URL, and stopping a flight, are not reported back.
  const quiet = useRef(false)
  const show = (target: Camera | null) => {
    const map = mapRef.current?.getMap()
    if (!map) return
    quiet.current = true
    map.stop()
    if (target === null) map.fitBounds(townBounds(towns), { padding: firstViewPadding(window.innerWidth), duration: 0 }, FROM_VIEW)
    else map.jumpTo({ center: [target.lon, target.lat], zoom: target.zoom }, FROM_VIEW)
    quiet.current = false
  }

  const follow = useEffectEvent(() => {
    const map = mapRef.current?.getMap()
    if (!map) return
    const key = cameraKey(camera)
    if (key !== applied.current) {
      applied.current = key
      shownSelection.current = selectedTownId
      show(camera)
      return
    }
    if (selectedTownId !== shownSelection.current) {
      shownSelection.current = selectedTownId
      // Back (or a new selection) during a selection's flight: the flight stops where the URL says.
      if (fit !== null) return
      if (map.isMoving()) show(camera)
      if (selectedTownId !== null) bringIntoView(selectedTownId)
    }
  })

  const report = useEffectEvent((event: { fromView?: boolean }) => {
    const map = mapRef.current?.getMap()
    if (!map || event.fromView || quiet.current) return
    const centre = map.getCenter()
    const next = { lon: Number(centre.lng.toFixed(5)), lat: Number(centre.lat.toFixed(5)), zoom: Number(map.getZoom().toFixed(2)) }
    const key = cameraKey(next)
    if (key === applied.current) return
    applied.current = key
    onCameraChange(next)
  })

  useEffect(() => {
    if (ready) follow()
  }, [ready, camera, selectedTownId])

  // A step of a presentation flies to its towns (cuts at once for readers who prefer reduced motion).
  const flyToFit = useEffectEvent(() => {
    const map = mapRef.current?.getMap()
    if (!map || fit === null) return
    const group = fit.towns === null ? towns : towns.filter((town) => fit.towns?.includes(town.id))
    if (group.length === 0) return
    // One town alone is shown with its surroundings, not filling the screen.
    const maxZoom = group.length === 1 ? SINGLE_TOWN_ZOOM : STEP_MAX_ZOOM
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    map.stop()
    map.fitBounds(townBounds(group), { padding: fit.padding, maxZoom, duration: reduced ? 0 : 2000, essential: false }, FROM_VIEW)
  })
  const fitKey = fit === null ? null : `${fit.key}|${JSON.stringify(fit.padding)}`
  useEffect(() => {
    if (ready && fitKey !== null) flyToFit()
  }, [ready, fitKey])

  useEffect(() => {
    const map = mapRef.current?.getMap()
    if (!ready || !map) return
    const onMoveEnd = (event: object) => report(event as { fromView?: boolean })
    map.on('moveend', onMoveEnd)
    return () => {
      map.off('moveend', onMoveEnd)
    }
  }, [ready, mapRef])
}
