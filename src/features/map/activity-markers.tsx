import type { MapLayerMouseEvent } from 'maplibre-gl'
import { useEffect, useMemo, useState } from 'react'
import { Layer, Popup, Source, useMap } from 'react-map-gl/maplibre'
import { activityMarkFeatures, marksByActivity } from '../../domain/activities/activity-mark-layout'
import type { PlaceGroup } from '../../domain/activities/activity-places'
import type { Town } from '../../domain/town-schema'
import { addActivityIcons } from './activity-icons'
import { ACTIVITY_LAYER_ID, ACTIVITY_SOURCE, activityHighlightLayer, activityLayer } from './activity-layers'

export interface ActivityMarkersProps {
  groups: readonly PlaceGroup[]
  towns: ReadonlyMap<string, Town>
  /** Pixel radius of each town's circle, so the marks sit just below it. */
  radius: (town: string) => number
  selectedActivityId: string | null
  title: (activityId: string) => string
}

interface Hovered {
  id: number
  activity: string
  at: [number, number]
  offset: [number, number]
}

/**
 * Activities at their towns: one small mark per activity, side by side under the town's circle, so that none
 * hides another; a layer of the map (drawn on the canvas, so 50,000 cost little), hidden from screen readers
 * like the rest of the canvas. A click on a mark opens its card (NetworkMap's click, through map-hits.ts);
 * the pointer over one shows its title. Keyboards and screen readers reach every activity in the Activities
 * tab's list, which lists the same activities.
 */
export function ActivityMarkers({ groups, towns, radius, selectedActivityId, title }: ActivityMarkersProps) {
  const map = useMap().current?.getMap()
  const marks = useMemo(() => activityMarkFeatures(groups, (town) => {
    const found = towns.get(town)
    return found && [found.lon, found.lat]
  }, radius), [groups, towns, radius])
  const byActivity = useMemo(() => marksByActivity(marks), [marks])
  const [hovered, setHovered] = useState<Hovered | null>(null)

  // The marks' images, before the layer asks for them (and again should a new style drop them).
  useEffect(() => {
    if (!map) return
    const add = () => addActivityIcons(map)
    add()
    map.on('styleimagemissing', add)
    return () => void map.off('styleimagemissing', add)
  }, [map])

  // The open activity's marks (one at each of its towns) get the highlight's box, once the source is on the map
  // (a link that opens an activity comes before the map's style has loaded).
  useEffect(() => {
    const ids = selectedActivityId === null ? [] : byActivity.get(selectedActivityId) ?? []
    if (!map || ids.length === 0) return
    const present = () => map.style !== undefined && map.getSource(ACTIVITY_SOURCE) !== undefined
    const apply = () => {
      if (!present()) return
      map.off('sourcedata', apply)
      for (const id of ids) map.setFeatureState({ source: ACTIVITY_SOURCE, id }, { selected: true })
    }
    if (present()) apply()
    else map.on('sourcedata', apply)
    return () => {
      map.off('sourcedata', apply)
      if (present()) for (const id of ids) map.removeFeatureState({ source: ACTIVITY_SOURCE, id }, 'selected')
    }
  }, [map, byActivity, selectedActivityId])

  // The mark under the pointer: its box, and its title beside it. New marks (ids are positions) forget it.
  useEffect(() => {
    if (!map) return
    let current: number | null = null
    const clear = () => {
      if (current !== null && map.style && map.getSource(ACTIVITY_SOURCE)) map.removeFeatureState({ source: ACTIVITY_SOURCE, id: current }, 'hover')
      current = null
      setHovered(null)
    }
    const move = (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0]
      if (!feature || typeof feature.id !== 'number' || feature.id === current) return
      clear()
      current = feature.id
      map.setFeatureState({ source: ACTIVITY_SOURCE, id: current }, { hover: true })
      const { activity, offset } = feature.properties as { activity: string; offset: [number, number] }
      const at = feature.geometry.type === 'Point' ? feature.geometry.coordinates : [event.lngLat.lng, event.lngLat.lat]
      setHovered({ id: current, activity, at: [at[0] ?? 0, at[1] ?? 0], offset })
    }
    map.on('mousemove', ACTIVITY_LAYER_ID, move)
    map.on('mouseleave', ACTIVITY_LAYER_ID, clear)
    return () => {
      map.off('mousemove', ACTIVITY_LAYER_ID, move)
      map.off('mouseleave', ACTIVITY_LAYER_ID, clear)
      clear()
    }
  }, [map, marks])

  return (
    <>
      <Source id={ACTIVITY_SOURCE} type="geojson" data={marks}>
        <Layer {...activityHighlightLayer} />
        <Layer {...activityLayer} />
      </Source>
      {hovered !== null && (
        <Popup
          longitude={hovered.at[0]}
          latitude={hovered.at[1]}
          anchor="top"
          offset={[hovered.offset[0], hovered.offset[1] + 8]}
          closeButton={false}
          closeOnClick={false}
          focusAfterOpen={false}
          className="activity-title-popup"
          maxWidth="240px"
        >
          {title(hovered.activity)}
        </Popup>
      )}
    </>
  )
}
