import type { ActivityCategory } from '../domain/activities/activity-categories'

/** Activities by category: colour (Okabe–Ito, apart from the country colours) and shape, so either tells them apart. */
export const ACTIVITY_COLOURS: Record<ActivityCategory, string> = {
  agreement: '#1a1a2e',
  event: '#E69F00',
  product: '#CC79A7',
}

export const ACTIVITY_SHAPES: Record<ActivityCategory, 'diamond' | 'circle' | 'square'> = {
  agreement: 'diamond',
  event: 'circle',
  product: 'square',
}
