import type { ActivityCategory } from '../domain/activities/activity-categories'
import { ACTIVITY_COLOURS, ACTIVITY_SHAPES } from './activity-palette'

/** The small shape of an activity's category, as on the map and in the timeline legend. */
export function ActivityMark({ category, size = 10 }: { category: ActivityCategory; size?: number }) {
  const colour = ACTIVITY_COLOURS[category]
  const half = size / 2
  const shape = ACTIVITY_SHAPES[category]
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" className="activity-mark">
      {shape === 'circle' && <circle cx={half} cy={half} r={half - 0.75} fill={colour} stroke="#fff" strokeWidth="1" />}
      {shape === 'square' && <rect x="0.75" y="0.75" width={size - 1.5} height={size - 1.5} fill={colour} stroke="#fff" strokeWidth="1" />}
      {shape === 'diamond' && (
        <polygon points={`${half},0.5 ${size - 0.5},${half} ${half},${size - 0.5} 0.5,${half}`} fill={colour} stroke="#fff" strokeWidth="1" />
      )}
    </svg>
  )
}
