import type { FeatureCollection, Point } from 'geojson'
import { useCallback, useEffect, useState, type RefObject } from 'react'
import type { MapRef } from 'react-map-gl/maplibre'
import type { TownSymbolProperties } from '../../domain/town-symbols'
import { labelLayout, type LabelLayout } from './label-anchors'

/**
 * Where the town labels sit, placed anew for each view the map comes to rest at (after a zoom, a pan or a
 * resize) and whenever the circles or the obstacles (the loops among the ties) change. Null until the map
 * exists and the labels' font has loaded (its widths are measured): the label layer is added with its places, so
 * that MapLibre lays the labels out once, not first without them and again with them.
 */
export function useLabelLayout(
  mapRef: RefObject<MapRef | null>,
  symbols: FeatureCollection<Point, TownSymbolProperties>,
  fontFamily: string,
  obstacles: readonly (readonly number[])[][],
  /** The map exists, its camera set (its first frame need not be drawn). */
  loaded: boolean,
  scale = 1,
  coveredLeft = 0,
): [LabelLayout | null, () => void] {
  const [layout, setLayout] = useState<{ key: string; value: LabelLayout } | null>(null)
  const relayout = useCallback(() => {
    const map = mapRef.current?.getMap()
    if (!map) return
    const value = labelLayout(map, symbols, fontFamily, obstacles, scale, coveredLeft)
    const key = JSON.stringify(value)
    // The same places again (a pan that moved nothing in or out of view) change nothing on the map.
    setLayout((previous) => (previous?.key === key ? previous : { key, value }))
  }, [mapRef, symbols, fontFamily, obstacles, scale, coveredLeft])
  useEffect(() => {
    if (!loaded) return
    let alive = true
    // Measured in another font the widths would be wrong; a loaded font resolves at once.
    const font = document.fonts?.load(`600 16px "${fontFamily}"`).catch(() => undefined) ?? Promise.resolve()
    void font.then(() => alive && relayout())
    return () => {
      alive = false
    }
  }, [loaded, relayout, fontFamily])
  return [layout?.value ?? null, relayout]
}
