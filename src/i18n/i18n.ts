import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../domain/town-schema'
import de from './locales/de.json'
import en from './locales/en.json'
import hu from './locales/hu.json'
import sl from './locales/sl.json'

export const resources = {
  sl: { translation: sl },
  de: { translation: de },
  hu: { translation: hu },
  en: { translation: en },
} as const

/** A fresh i18next instance with the four languages; no network, no detector (the URL decides). */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['sl', 'de', 'hu', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return instance
}
