import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3'
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson'
import type { LabelPlacement } from '../../domain/label-placement'
import type { GroupShapeProperties } from '../../domain/network/group-shapes'
import type { LinkProperties } from '../../domain/network/link-geometry'
import { labelSizeAt, obstacleBox, placeTownLabels } from '../../domain/town-labels'
import type { Padding, TownSymbolProperties } from '../../domain/town-symbols'

/**
 * The simpler map's geometry for one size of its box: a Mercator projection fitted to the towns (as the
 * full map's first view, or to a selection and its partners), every shape as an SVG path in pixels, and
 * the town labels placed by the same rules as on the full map. Pure: d3 computes, React draws.
 */
export interface Size {
  width: number
  height: number
}

type Position = [number, number]

/** The full map's deepest zoom for a selection's view (a town without partners would otherwise fill the box). */
const MAX_ZOOM = 10
/** MapLibre's world is 512 px wide at zoom 0; d3's Mercator is 2π·scale wide. */
const zoomOf = (projection: GeoProjection) => Math.log2((2 * Math.PI * projection.scale()) / 512)

/** A Mercator projection that fits the points into the box less its padding, no deeper than MAX_ZOOM. */
export function fitProjection(points: readonly Position[], size: Size, padding: Padding): GeoProjection {
  const box: [[number, number], [number, number]] = [
    [padding.left, padding.top],
    [Math.max(padding.left + 1, size.width - padding.right), Math.max(padding.top + 1, size.height - padding.bottom)],
  ]
  const projection = geoMercator().clipExtent([[-8, -8], [size.width + 8, size.height + 8]])
  // One town alone: a little land around it, so that the fit has an extent.
  const spread = points.length < 2 ? points.flatMap(([lon, lat]): Position[] => [[lon - 0.1, lat - 0.07], [lon + 0.1, lat + 0.07]]) : points
  projection.fitExtent(box, { type: 'MultiPoint', coordinates: spread.map(([lon, lat]) => [lon, lat]) })
  if (zoomOf(projection) > MAX_ZOOM) {
    const [[x0, y0], [x1, y1]] = box
    const centre = projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]) ?? [0, 0]
    projection.scale((512 * 2 ** MAX_ZOOM) / (2 * Math.PI))
    const [cx = 0, cy = 0] = projection(centre) ?? []
    const [tx, ty] = projection.translate()
    projection.translate([tx + (x0 + x1) / 2 - cx, ty + (y0 + y1) / 2 - cy])
  }
  return projection
}

/** The zoom of MapLibre's map that shows the same scale (for the label size). */
export function equivalentZoom(projection: GeoProjection): number {
  return zoomOf(projection)
}

/** d3 draws the complement of a ring wound the other way (the whole world): such a polygon is turned round. */
export function rewound<G extends Geometry>(feature: Feature<G>): Feature<G> {
  if (geoArea(feature as GeoPermissibleObjects) <= 2 * Math.PI) return feature
  const { geometry } = feature
  if (geometry.type === 'Polygon') return { ...feature, geometry: { ...geometry, coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) } }
  if (geometry.type === 'MultiPolygon') {
    return { ...feature, geometry: { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())) } }
  }
  return feature
}

export interface DrawnTown extends TownSymbolProperties {
  x: number
  y: number
  place: LabelPlacement | undefined
}

export interface DrawnLink {
  properties: LinkProperties
  d: string
}

export interface DrawnGroup {
  key: string
  size: number
  count: number
  hub: Position | null
  spokes: string[]
}

export interface SvgMapLayout {
  towns: DrawnTown[]
  links: DrawnLink[]
  groups: DrawnGroup[]
  labelSize: number
  path: (object: GeoPermissibleObjects) => string
}

export interface LayoutInput {
  projection: GeoProjection
  size: Size
  symbols: FeatureCollection<Point, TownSymbolProperties>
  links: FeatureCollection<LineString, LinkProperties>
  groups: FeatureCollection<Point | LineString, GroupShapeProperties>
  /** Label width in pixels at a font size. */
  measure: (text: string, size: number) => number
  scale?: number
  /** Pixels at the box's left covered by something over the map (a presentation's caption): labels keep out. */
  coveredLeft?: number
}

/** Every shape of the map in pixels of one box, and where each town's label stands. */
export function svgMapLayout({ projection, size, symbols, links, groups, measure, scale = 1, coveredLeft = 0 }: LayoutInput): SvgMapLayout {
  const toPixels = geoPath(projection)
  const path = (object: GeoPermissibleObjects) => toPixels(object) ?? ''
  const at = ([lon = 0, lat = 0]: readonly number[]): Position => projection([lon, lat]) ?? [NaN, NaN]
  const labelSize = labelSizeAt(equivalentZoom(projection), scale)
  const placed = symbols.features.map((feature) => {
    const [x, y] = at(feature.geometry.coordinates)
    return { ...feature.properties, x, y }
  })
  // Labels keep clear of the ties' loops and the stars' hubs where they can (as on the full map).
  const obstacles = [
    ...links.features.filter((feature) => feature.properties.loop).map((feature) => feature.geometry.coordinates.map(at)),
    ...groups.features.flatMap((feature) => (feature.geometry.type === 'Point' ? [[at(feature.geometry.coordinates)]] : [])),
  ].map((points) => obstacleBox(points))
  const places = placeTownLabels(
    placed.map(({ id, label, x, y, radius }) => ({ id, label, x, y, radius })),
    labelSize,
    (text) => measure(text, labelSize),
    { x0: Math.min(coveredLeft, size.width / 2), y0: 0, x1: size.width, y1: size.height },
    obstacles,
  )
  const placeOf = new Map(places.map((place) => [place.id, place]))
  const byKey = new Map<string, DrawnGroup>()
  for (const feature of groups.features) {
    const { key, size: towns, count } = feature.properties
    const group = byKey.get(key) ?? { key, size: towns, count, hub: null, spokes: [] }
    if (feature.geometry.type === 'Point') group.hub = at(feature.geometry.coordinates)
    else group.spokes.push(path(feature.geometry))
    byKey.set(key, group)
  }
  return {
    // Smaller towns over larger ones, so that Bad Radkersburg shows beside Gornja Radgona.
    towns: placed.map((town) => ({ ...town, place: placeOf.get(town.id) })).sort((a, b) => b.population - a.population),
    links: links.features.map((feature) => ({ properties: feature.properties, d: path(feature.geometry) })),
    // Larger sets beneath smaller ones.
    groups: [...byKey.values()].sort((a, b) => b.size - a.size),
    labelSize,
    path,
  }
}
