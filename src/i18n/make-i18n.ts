import i18next, { type BackendModule, type i18n as I18n, type ResourceKey } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../domain/town-schema'

/** One language's strings (the shape of src/i18n/locales/*.json). */
export type Strings = Record<string, ResourceKey>

/**
 * An i18next instance in `language`, with the strings at hand; no network, no detector (the URL decides).
 * With `load`, a language not at hand is loaded when it is first asked for (changeLanguage waits for it, so
 * the page switches once, with every string).
 */
export function makeI18n(language: Language, strings: Partial<Record<Language, Strings>>, load?: (language: Language) => Promise<Strings>): I18n {
  const instance = i18next.createInstance()
  instance.use(initReactI18next)
  if (load) {
    const backend: BackendModule = {
      type: 'backend',
      init: () => undefined,
      read: (wanted, _namespace, callback) => {
        load(wanted as Language).then((loaded) => callback(null, loaded), (error: unknown) => callback(String(error), false))
      },
    }
    instance.use(backend)
  }
  const resources = Object.fromEntries(Object.entries(strings).map(([code, translation]) => [code, { translation }]))
  void instance.init({
    resources,
    partialBundledLanguages: load !== undefined,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['sl', 'de', 'hu', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return instance
}
