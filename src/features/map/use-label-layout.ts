import type { FeatureCollection, Point } from 'geojson'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useMemo, useReducer, useState } from 'react'
import type { TownSymbolProperties } from '../../domain/town-symbols'
import { labelLayout, type LabelLayout } from './label-anchors'

/**
 * Where the town labels sit, placed anew for each view the map comes to rest at (after a zoom, a pan or a
 * resize: call the returned function) and whenever the circles or the obstacles (the loops among the ties, the
 * stars' hubs) change. Null until the map exists and the labels' font has loaded (its widths are measured): the
 * label layer is added with its places, so that MapLibre lays the labels out once, not first without them and
 * again with them.
 *
 * Placed while rendering, not in an effect after it: a filter's new ties and the labels they move reach the map in
 * one update, and MapLibre lays the towns out once for both.
 */
export function useLabelLayout(
  /** The map, once it exists with its camera set (its first frame need not be drawn). */
  map: MapLibreMap | null,
  symbols: FeatureCollection<Point, TownSymbolProperties>,
  fontFamily: string,
  obstacles: readonly (readonly number[])[][],
  scale = 1,
  coveredLeft = 0,
): [LabelLayout | null, () => void] {
  const [fontReady, setFontReady] = useState(false)
  // Counts the views the map came to rest at: each asks for a new placement.
  const [view, relayout] = useReducer((count: number) => count + 1, 0)
  useEffect(() => {
    let alive = true
    // Measured in another font the widths would be wrong; a loaded font resolves at once.
    const font = document.fonts?.load(`600 16px "${fontFamily}"`).catch(() => undefined) ?? Promise.resolve()
    void font.then(() => alive && setFontReady(true))
    return () => {
      alive = false
    }
  }, [fontFamily])
  const placed = useMemo(
    () => (map !== null && fontReady ? labelLayout(map, symbols, fontFamily, obstacles, scale, coveredLeft) : null),
    // `view`: the map's camera, read from `map`, changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, fontReady, view, symbols, fontFamily, obstacles, scale, coveredLeft],
  )
  // The same places again (a pan that moved nothing in or out of view) keep their object: nothing changes on the map.
  const key = useMemo(() => (placed === null ? null : JSON.stringify(placed)), [placed])
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layout = useMemo(() => placed, [key])
  return [layout, relayout]
}
