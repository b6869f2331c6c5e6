import type { i18n as I18n } from 'i18next'
import type { Language } from '../domain/town-schema'
import de from './locales/de.json'
import en from './locales/en.json'
import hu from './locales/hu.json'
import sl from './locales/sl.json'
import { makeI18n } from './make-i18n'

export const resources = {
  sl: { translation: sl },
  de: { translation: de },
  hu: { translation: hu },
  en: { translation: en },
} as const

/** A fresh i18next instance with all four languages at hand (tests, tools); the app loads only the reader's (reader-i18n.ts). */
export function createI18n(language: Language): I18n {
  return makeI18n(language, { sl, de, hu, en })
}
