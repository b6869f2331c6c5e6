import type { Activity } from './activity-schema'
import { textIn, type Language } from './localized-text'

/** An activity's title in the reader's language (for lists, page titles and sorting). */
export function readerTitle(activity: Pick<Activity, 'title'>, language: Language): string {
  return textIn(activity.title, language)
}
