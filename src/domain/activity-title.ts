import type { Activity } from './activity-schema'

/**
 * The title to show a reader: the data has titles in their original language and, for many, an English
 * one. An English reader gets the English title where there is one; everyone else the original.
 */
export function readerTitle(activity: Pick<Activity, 'title' | 'titleEn'>, language: string): string {
  return language === 'en' && activity.titleEn ? activity.titleEn : activity.title
}

/** The English title when it differs from the original (shown beside the original), else null. */
export function englishTitle(activity: Pick<Activity, 'title' | 'titleEn'>): string | null {
  return activity.titleEn !== null && activity.titleEn !== activity.title ? activity.titleEn : null
}
