import { describe, expect, it } from 'vitest'
import { readerI18n } from '../../src/i18n/reader-i18n'

describe('readerI18n', () => {
  it("has the reader's language and English at once, and no other", async () => {
    const i18n = await readerI18n('de')
    expect(i18n.language).toBe('de')
    expect(i18n.t('app.title')).toBe('Netzwerk der 24 Städte')
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true)
    expect(i18n.hasResourceBundle('hu', 'translation')).toBe(false)
    expect(i18n.hasResourceBundle('sl', 'translation')).toBe(false)
  })

  it('loads another language when the reader switches to it, and switches once it is there', async () => {
    const i18n = await readerI18n('en')
    expect(i18n.t('app.title')).toBe('24 Cities network')
    await i18n.changeLanguage('hu')
    expect(i18n.language).toBe('hu')
    expect(i18n.t('app.title')).toBe('A 24 város hálózata')
    // Slovene, with its dual.
    await i18n.changeLanguage('sl')
    expect(i18n.t('activities.count', { count: 2 })).toBe('2 dejavnosti pri trenutnem filtru')
    expect(i18n.t('lazy.loading')).toBe('Nalaganje …')
  })
})
