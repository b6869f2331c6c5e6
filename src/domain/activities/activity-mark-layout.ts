import type { Feature, FeatureCollection, Point } from 'geojson'
import { activityCategory, type ActivityCategory } from './activity-categories'
import type { PlaceGroup } from './activity-places'

/** A mark's box in CSS pixels (a 10 px shape in 1 px of padding) and the gap between two marks. */
export const MARK_BOX = 12
export const MARK_GAP = 1
/** Marks per row under a town's circle (a row is at most 84 px wide, as the marks were as HTML). */
export const MARKS_PER_ROW = Math.floor((84 + MARK_GAP) / (MARK_BOX + MARK_GAP))

/**
 * Where the `index`-th of `count` marks of a town sits, in pixels from the town's centre: rows of
 * MARKS_PER_ROW side by side, each row centred, the first row 2 px under the circle of `radius`, so
 * that none hides another. Returns the centre of the mark's box.
 */
export function markOffset(index: number, count: number, radius: number): [number, number] {
  const row = Math.floor(index / MARKS_PER_ROW)
  const inRow = Math.min(MARKS_PER_ROW, count - row * MARKS_PER_ROW)
  const column = index - row * MARKS_PER_ROW
  const step = MARK_BOX + MARK_GAP
  return [(column - (inRow - 1) / 2) * step, radius + 2 + row * step + MARK_BOX / 2]
}

export interface ActivityMarkProperties {
  /** The activity's id (an activity with several towns has a mark at each). */
  activity: string
  category: ActivityCategory
  /** Pixels from the town's centre to the mark's centre. */
  offset: [number, number]
}

/**
 * One point feature per activity and town where the map shows it, at the town, with the pixel offset of its
 * mark. Feature ids are 1, 2, 3... (for the map's hover and selection state); towns without a position are left out.
 */
export function activityMarkFeatures(
  groups: readonly PlaceGroup[],
  position: (town: string) => readonly [number, number] | undefined,
  radius: (town: string) => number,
): FeatureCollection<Point, ActivityMarkProperties> {
  const features: Feature<Point, ActivityMarkProperties>[] = []
  for (const group of groups) {
    const at = position(group.town)
    if (at === undefined) continue
    const count = group.activities.length
    const townRadius = radius(group.town)
    group.activities.forEach((activity, index) => {
      features.push({
        type: 'Feature',
        id: features.length + 1,
        geometry: { type: 'Point', coordinates: [at[0], at[1]] },
        properties: { activity: activity.id, category: activityCategory(activity.kind), offset: markOffset(index, count, townRadius) },
      })
    })
  }
  return { type: 'FeatureCollection', features }
}

/** The feature ids of each activity's marks (an activity with several towns has several). */
export function marksByActivity(marks: FeatureCollection<Point, ActivityMarkProperties>): Map<string, number[]> {
  const ids = new Map<string, number[]>()
  for (const mark of marks.features) {
    const list = ids.get(mark.properties.activity)
    if (list) list.push(Number(mark.id))
    else ids.set(mark.properties.activity, [Number(mark.id)])
  }
  return ids
}
