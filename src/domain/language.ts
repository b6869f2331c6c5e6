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

const displayNames = new Map<Language, Intl.DisplayNames | null>()

/** The name of a language in the reader's language ("nemščina", "Deutsch", "német", "German"), from Intl. */
export function languageName(code: Language, reader: Language): string {
  // One Intl.DisplayNames per reader's language: making one costs more than asking it (15 ms at the first view).
  if (!displayNames.has(reader)) {
    try {
      displayNames.set(reader, new Intl.DisplayNames([reader], { type: 'language' }))
    } catch {
      displayNames.set(reader, null)
    }
  }
  try {
    return displayNames.get(reader)?.of(code) ?? code
  } catch {
    return code
  }
}

/** The locale Intl formats dates and numbers in: British English for English (30 August 2019). */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language
}

/** A language's name as a label starting a line ("Nemščina", "Német"): its first letter capitalised in the reader's locale. */
export function languageLabel(code: Language, reader: Language): string {
  const name = languageName(code, reader)
  return name.charAt(0).toLocaleUpperCase(reader) + name.slice(1)
}
