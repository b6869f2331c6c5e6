import type { i18n as I18n } from 'i18next'
import type { Language } from '../domain/town-schema'
import en from './locales/en.json'
import { makeI18n, type Strings } from './make-i18n'

/** Each language but English (the fallback, always at hand) is a chunk of its own, loaded when it is needed. */
const LOADERS: Record<Language, () => Promise<Strings>> = {
  en: () => Promise.resolve(en),
  sl: () => import('./locales/sl.json').then((module) => module.default),
  de: () => import('./locales/de.json').then((module) => module.default),
  hu: () => import('./locales/hu.json').then((module) => module.default),
}

/**
 * The app's i18next instance: the reader's language (loaded first, so that the first view has every string)
 * and English; another language is loaded when the reader switches to it.
 */
export async function readerI18n(language: Language): Promise<I18n> {
  const strings: Partial<Record<Language, Strings>> = { en, [language]: await LOADERS[language]() }
  return makeI18n(language, strings, (wanted) => LOADERS[wanted]())
}
