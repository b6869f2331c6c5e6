import type { ActivityKind } from '../activity-schema'

/** Three groups of activity kinds, each with its own colour and shape on the map and in the timeline. */
export type ActivityCategory = 'agreement' | 'event' | 'product'

export const ACTIVITY_CATEGORIES: readonly ActivityCategory[] = ['agreement', 'event', 'product']

const CATEGORY_OF: Record<ActivityKind, ActivityCategory> = {
  founding: 'agreement',
  signing: 'agreement',
  governance: 'agreement',
  conference: 'event',
  meeting: 'event',
  'networking-event': 'event',
  workshop: 'event',
  'study-visit': 'event',
  'partner-day': 'event',
  festival: 'event',
  exhibition: 'event',
  'cultural-event': 'event',
  presentation: 'event',
  'pilot-project': 'product',
  publication: 'product',
  'audio-guide': 'product',
  voucher: 'product',
  competition: 'product',
}

export function activityCategory(kind: ActivityKind): ActivityCategory {
  return CATEGORY_OF[kind]
}

export function kindsOf(category: ActivityCategory): ActivityKind[] {
  return (Object.keys(CATEGORY_OF) as ActivityKind[]).filter((kind) => CATEGORY_OF[kind] === category)
}
