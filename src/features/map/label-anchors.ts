import type { FeatureCollection, LineString, Point } from 'geojson'
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { anchorOffsetEm, type Anchor } from '../../domain/label-placement'
import { labelSizeAt, obstacleBox, placeTownLabels } from '../../domain/town-labels'
import type { TownSymbolProperties } from '../../domain/town-symbols'

export interface LeaderProperties {
  /** The town whose label the line leads to. */
  id: string
}

export interface LabelLayout {
  /** text-variable-anchor-offset: one place per town label. */
  anchorOffsets: ExpressionSpecification
  /** Thin lines from a circle to its label where the label had to move far. */
  leaders: FeatureCollection<LineString, LeaderProperties>
  /**
   * True when every label found a place that breaks no rule: the map then draws them all where the placement
   * put them. Otherwise (a view too crowded, or more towns than PRECISE_LABEL_LIMIT, of which only that many
   * are placed) MapLibre's collision hides the labels that would overlap.
   */
  clear: boolean
}

/**
 * MapLibre lifts a label anchored at its top by 7/24 em and lowers one anchored at its bottom by as much
 * (its glyphs' baseline); undone here, so that its collision box stands where the placement put the label.
 */
function baselineShift(anchor: Anchor): number {
  return anchor.startsWith('top') ? 7 / 24 : anchor.startsWith('bottom') ? -7 / 24 : 0
}

/**
 * For the map's current view, where each town label sits (one place each, chosen by the domain's
 * placement: clear of other labels and circles, never nearer another town's circle than its own) and
 * the leader lines of labels that moved far, in map coordinates.
 */
export function labelLayout(
  map: MapLibreMap,
  symbols: FeatureCollection<Point, TownSymbolProperties>,
  fontFamily: string,
  /** Lines and points labels keep clear of where they can (a tie's loop, a star's hub), in map coordinates. */
  obstacles: readonly (readonly number[])[][] = [],
  /** Labels this many times their usual size (a projector). */
  scale = 1,
  /** Pixels at the map's left covered by something drawn over it (a presentation's caption): labels keep out. */
  coveredLeft = 0,
): LabelLayout {
  const size = labelSizeAt(map.getZoom(), scale)
  const context = document.createElement('canvas').getContext('2d')
  if (context) context.font = `600 ${size}px "${fontFamily}", sans-serif`
  const measure = (text: string) => (context ? context.measureText(text).width : text.length * size * 0.6)
  const towns = symbols.features.map((feature) => {
    const [lon = 0, lat = 0] = feature.geometry.coordinates
    const point = map.project([lon, lat])
    const { id, label, radius, population } = feature.properties
    return { id, label, x: point.x, y: point.y, radius, population }
  })
  const container = map.getContainer()
  const boxes = obstacles.map((line) => obstacleBox(line.map(([lon = 0, lat = 0]) => {
    const point = map.project([lon, lat])
    return [point.x, point.y] as const
  })))
  const viewport = { x0: Math.min(coveredLeft, container.clientWidth / 2), y0: 0, x1: container.clientWidth, y1: container.clientHeight }
  const placed = placeTownLabels(towns, size, measure, viewport, boxes)
  const branches = placed.flatMap((place) => {
    const [x, y] = anchorOffsetEm(place, size)
    return [place.id, ['literal', [place.anchor, [x, y + baselineShift(place.anchor)]]]]
  })
  const anchorOffsets = ['match', ['get', 'id'], ...branches, ['literal', ['left', [1, 0], 'right', [-1, 0]]]] as unknown as ExpressionSpecification
  const leaders: LabelLayout['leaders'] = {
    type: 'FeatureCollection',
    features: placed.flatMap((place) => {
      if (place.leader === null) return []
      const coordinates = place.leader.map(([x, y]) => {
        const { lng, lat } = map.unproject([x, y])
        return [lng, lat]
      })
      return [{ type: 'Feature' as const, geometry: { type: 'LineString' as const, coordinates }, properties: { id: place.id } }]
    }),
  }
  // Beyond PRECISE_LABEL_LIMIT towns some get no place here: collision decides for them (and so for all).
  return { anchorOffsets, leaders, clear: placed.length === towns.length && placed.every((place) => place.clear) }
}
