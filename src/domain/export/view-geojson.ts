import type { Feature, FeatureCollection, Geometry, LineString, MultiPoint, Point } from 'geojson'
import { ALL_TOWNS } from '../activity-schema'
import type { ActivityRecord, TieRecord, TownRecord, ViewRecords } from './view-records'

type Position = [number, number]

/** Each feature says which of the three layers it belongs to, so that a GIS can split them. */
export type ViewFeature =
  | Feature<Point, TownRecord & { layer: 'town' }>
  | Feature<LineString, TieRecord & { layer: 'tie' }>
  | Feature<Point | MultiPoint | null, ActivityRecord & { layer: 'activity' }>

/** Six decimals of a degree: about 10 cm, more than the towns' points need. */
const round = (value: number) => Math.round(value * 1e6) / 1e6

/**
 * Where an activity is: at its host town (a point), else at the towns it names (a multipoint); an
 * activity of all 24 towns or without a known place has no geometry (GeoJSON's null), not a made-up one.
 */
function activityGeometry(activity: ActivityRecord, at: (id: string) => Position | undefined): Point | MultiPoint | null {
  const host = activity.host_town === '' ? undefined : at(activity.host_town)
  if (host) return { type: 'Point', coordinates: host }
  if (activity.towns.includes(ALL_TOWNS)) return null
  const places = activity.towns.flatMap((town): Position[] => {
    const point = at(town)
    return point ? [point] : []
  })
  if (places.length === 0) return null
  return places.length === 1 ? { type: 'Point', coordinates: places[0] as Position } : { type: 'MultiPoint', coordinates: places as Position[] }
}

/**
 * The view's records as one GeoJSON FeatureCollection (WGS 84 longitude and latitude): the towns as points
 * with their figures, each tie as a straight line between its towns with its records, and the activities
 * at their places. `positions` gives every town's point, the partners abroad of a country filter's towns too.
 */
export function viewGeoJson(records: ViewRecords, positions: ReadonlyMap<string, Position>): FeatureCollection<Geometry | null> {
  const at = (id: string): Position | undefined => {
    const point = positions.get(id)
    return point && [round(point[0]), round(point[1])]
  }
  const features: ViewFeature[] = []
  for (const town of records.towns) {
    features.push({ type: 'Feature', id: town.id, geometry: { type: 'Point', coordinates: [round(town.lon), round(town.lat)] }, properties: { layer: 'town', ...town } })
  }
  for (const tie of records.ties) {
    const [source, target] = [at(tie.source), at(tie.target)]
    if (!source || !target) continue
    features.push({ type: 'Feature', id: `${tie.source}|${tie.target}`, geometry: { type: 'LineString', coordinates: [source, target] }, properties: { layer: 'tie', ...tie } })
  }
  for (const activity of records.activities) {
    features.push({ type: 'Feature', id: activity.id, geometry: activityGeometry(activity, at), properties: { layer: 'activity', ...activity } })
  }
  return { type: 'FeatureCollection', features }
}
