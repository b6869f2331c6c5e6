import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { anchorOffset, rankLabelCandidates, type LabelInput } from '../../domain/label-placement'
import type { TownSymbolProperties } from '../../domain/town-symbols'
import type { FeatureCollection, Point } from 'geojson'

/** Town label size by zoom, shared by the layer and the placement. */
export const LABEL_SIZE_STOPS: readonly (readonly [number, number])[] = [[6, 10], [9, 12.5], [12, 15]]
export const LABEL_HALO = 1.6
const GAP_PX = 3

export function labelSizeAt(zoom: number): number {
  const stops = LABEL_SIZE_STOPS
  const first = stops[0] ?? [0, 12]
  const last = stops[stops.length - 1] ?? first
  if (zoom <= first[0]) return first[1]
  if (zoom >= last[0]) return last[1]
  for (let index = 1; index < stops.length; index += 1) {
    const [z1, s1] = stops[index] ?? last
    const [z0, s0] = stops[index - 1] ?? first
    if (zoom <= z1) return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0)
  }
  return last[1]
}

/**
 * For the map's current view, the order of anchors each town label should try, as a
 * text-variable-anchor-offset expression: labels clear of each other and of other towns' circles.
 */
export function labelAnchorExpression(
  map: MapLibreMap,
  symbols: FeatureCollection<Point, TownSymbolProperties>,
  fontFamily: string,
): ExpressionSpecification {
  const size = labelSizeAt(map.getZoom())
  const context = document.createElement('canvas').getContext('2d')
  if (context) context.font = `600 ${size}px "${fontFamily}", sans-serif`
  const measure = (text: string) => (context ? context.measureText(text).width : text.length * size * 0.6)
  const items: LabelInput[] = symbols.features.map((feature) => {
    const [lon = 0, lat = 0] = feature.geometry.coordinates
    const point = map.project([lon, lat])
    return {
      id: feature.properties.id,
      x: point.x,
      y: point.y,
      radius: feature.properties.radius,
      width: measure(feature.properties.label) + LABEL_HALO * 2,
      height: size * 1.2,
    }
  })
  const container = map.getContainer()
  const ranks = rankLabelCandidates(items, {
    gaps: [GAP_PX, GAP_PX + size, GAP_PX + 2 * size],
    viewport: { x0: 0, y0: 0, x1: container.clientWidth, y1: container.clientHeight },
  })
  const branches: unknown[] = []
  for (const item of items) {
    const collection = (ranks.get(item.id) ?? []).flatMap(({ anchor, gap }) => [anchor, anchorOffset(anchor, (item.radius + gap) / size)])
    branches.push(item.id, ['literal', collection])
  }
  return ['match', ['get', 'id'], ...branches, ['literal', ['left', [1, 0], 'right', [-1, 0]]]] as unknown as ExpressionSpecification
}
