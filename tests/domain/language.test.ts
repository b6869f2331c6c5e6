import { describe, expect, it } from 'vitest'
import { intlLocale, isLanguage, languageLabel, languageName, pickLanguage } from '../../src/domain/language'

describe('isLanguage', () => {
  it('knows the four languages of the app and nothing else', () => {
    for (const language of ['sl', 'de', 'hu', 'en']) expect(isLanguage(language)).toBe(true)
    for (const other of ['fr', 'DE', 'de-AT', '', ' en', null, undefined, 2]) expect(isLanguage(other)).toBe(false)
  })
})

describe('pickLanguage', () => {
  it('takes the URL\'s language first', () => {
    expect(pickLanguage('sl', ['de-AT', 'en'])).toBe('sl')
    expect(pickLanguage('hu', [])).toBe('hu')
  })

  it('ignores a URL language it does not speak and falls back to the browser\'s', () => {
    expect(pickLanguage('fr', ['de-AT', 'en'])).toBe('de')
    expect(pickLanguage('DE', ['hu'])).toBe('hu')
    expect(pickLanguage('', ['sl-SI'])).toBe('sl')
    expect(pickLanguage(null, ['hu-HU'])).toBe('hu')
    expect(pickLanguage(undefined, ['sl'])).toBe('sl')
  })

  it('takes the first browser language it speaks, by its primary tag, in any case', () => {
    expect(pickLanguage(null, ['de-AT'])).toBe('de')
    expect(pickLanguage(null, ['fr-FR', 'it', 'SL-si', 'de'])).toBe('sl')
    expect(pickLanguage(null, ['HU', 'en'])).toBe('hu')
    expect(pickLanguage(null, ['en-GB', 'de'])).toBe('en')
  })

  it('falls back to English', () => {
    expect(pickLanguage(null, [])).toBe('en')
    expect(pickLanguage('fr', ['fr-FR', 'it-IT', 'hr'])).toBe('en')
  })
})

describe('languageName', () => {
  it('names a language in the reader\'s language, as Intl knows it', () => {
    expect(languageName('de', 'sl')).toBe('nemščina')
    expect(languageName('de', 'hu')).toBe('német')
    expect(languageName('hu', 'de')).toBe('Ungarisch')
    expect(languageName('sl', 'en')).toBe('Slovenian')
  })
})

describe('intlLocale', () => {
  it('formats English as British English and the other languages as themselves', () => {
    expect(intlLocale('en')).toBe('en-GB')
    for (const language of ['sl', 'de', 'hu']) expect(intlLocale(language)).toBe(language)
  })
})

describe('languageLabel', () => {
  it('capitalises the language name to start a line, in the reader\'s locale', () => {
    expect(languageLabel('de', 'sl')).toBe('Nemščina')
    expect(languageLabel('de', 'hu')).toBe('Német')
    expect(languageLabel('sl', 'de')).toBe('Slowenisch')
    expect(languageLabel('hu', 'en')).toBe('Hungarian')
  })
})
