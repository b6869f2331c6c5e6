import { LANGUAGES, type Language } from './town-schema'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/**
 * The language to show: the URL's `lang` when it is one of ours, else the first of the browser's
 * preferred languages we speak ("de-AT" counts as "de"), else English.
 */
export function pickLanguage(urlLanguage: string | null | undefined, browserLanguages: readonly string[]): Language {
  if (isLanguage(urlLanguage)) return urlLanguage
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLanguage(primary)) return primary
  }
  return 'en'
}
