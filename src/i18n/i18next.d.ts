import 'i18next'
import type en from './locales/en.json'

/**
 * Typed translation keys: every `t('…')` must name a key of the English locale (the reference), so a
 * missing or misspelt key fails the typecheck. tests/shared/locales.test.ts checks the other three
 * locales have every key, with their own plural forms.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}
