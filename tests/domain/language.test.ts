import { describe, expect, it } from 'vitest'
import { isLanguage, pickLanguage } from '../../src/domain/language'

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
