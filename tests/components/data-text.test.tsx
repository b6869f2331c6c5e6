import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { languageName } from '../../src/domain/language'
import type { LocalizedText } from '../../src/domain/localized-text'
import { DataText, useDataText } from '../../src/shared/data-text'
import { renderWithI18n, translationMark, uiText } from './test-utils'

afterEach(cleanup)

/** A Hungarian original with its translations (the title of a real activity). */
const HUNGARIAN: LocalizedText = {
  original: 'hu',
  sl: 'Uvodna konferenca projekta City Cooperation II v mestu Zalalövő',
  de: 'Auftaktkonferenz von City Cooperation II in Zalalövő',
  hu: 'City Cooperation II nyitókonferencia Zalalövőn',
  en: 'Opening conference of City Cooperation II in Zalalövő',
}

/** A text the source gives in two official versions, Slovene and Hungarian. */
const BILINGUAL: LocalizedText = {
  original: ['sl', 'hu'],
  sl: 'Ljudska glasbena dediščina',
  de: 'Volksmusikalisches Erbe',
  hu: 'Népzenei örökség',
  en: 'Folk music heritage',
}

function mark(): HTMLButtonElement | null {
  return document.querySelector('button.translation-mark')
}

/** The element carrying the words (the one with a lang, not the button's). */
function words(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-testid="words"]')
  if (!element) throw new Error('no words rendered')
  return element
}

describe('DataText', () => {
  it('shows a German reader the German translation of a Hungarian original, with lang="de" and the mark', () => {
    renderWithI18n(<DataText value={HUNGARIAN} as="p" className="words" />, 'de')
    const paragraph = screen.getByText(HUNGARIAN.de)
    expect(paragraph.tagName).toBe('P')
    expect(paragraph).toHaveClass('words')
    expect(paragraph).toHaveAttribute('lang', 'de')
    const button = mark() as HTMLButtonElement
    expect(button).not.toBeNull()
    // The words of the mark come from de.json, the language's name from Intl in German ("Ungarisch").
    expect(languageName('hu', 'de')).toBe('Ungarisch')
    expect(button.textContent).toBe(translationMark('de', 'hu'))
    expect(button.textContent?.startsWith(uiText('de', 'dataText.translated', { language: 'Ungarisch' }))).toBe(true)
    expect(button).toHaveAttribute('aria-pressed', 'false')
    expect(button).toHaveAttribute('type', 'button')
    // The part that says what a click does is there for screen readers only.
    expect(button.querySelector('.visually-hidden')?.textContent).toBe(` · ${uiText('de', 'dataText.showOriginal')}`)
  })

  it('swaps in the Hungarian original, in an element with lang="hu", and back', async () => {
    const user = userEvent.setup()
    renderWithI18n(<DataText value={HUNGARIAN} as="p" />, 'de')
    const button = mark() as HTMLButtonElement
    await user.click(button)
    const original = screen.getByText(HUNGARIAN.hu)
    expect(original).toHaveAttribute('lang', 'hu')
    expect(original.closest('p')).toHaveAttribute('lang', 'hu')
    expect(screen.queryByText(HUNGARIAN.de)).toBeNull()
    expect(button).toHaveAttribute('aria-pressed', 'true')
    expect(button.textContent).toBe(translationMark('de', 'hu', 'original'))
    await user.click(button)
    expect(screen.getByText(HUNGARIAN.de)).toHaveAttribute('lang', 'de')
    expect(screen.queryByText(HUNGARIAN.hu)).toBeNull()
    expect(button).toHaveAttribute('aria-pressed', 'false')
    expect(button.textContent).toBe(translationMark('de', 'hu'))
  })

  it('is pressed with the keyboard too', async () => {
    const user = userEvent.setup()
    renderWithI18n(<DataText value={HUNGARIAN} />, 'en')
    await user.tab()
    expect(mark()).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByText(HUNGARIAN.hu)).toHaveAttribute('lang', 'hu')
    await user.keyboard(' ')
    expect(screen.getByText(HUNGARIAN.en)).toHaveAttribute('lang', 'en')
  })

  it('has no mark for a reader of the original language', () => {
    renderWithI18n(<DataText value={HUNGARIAN} />, 'hu')
    expect(screen.getByText(HUNGARIAN.hu)).toHaveAttribute('lang', 'hu')
    expect(mark()).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('has no mark where a version is the original\'s words, and gives those words the original\'s lang', () => {
    // A proper name, or a translation left out that the app fills with the original's words.
    renderWithI18n(<DataText value={{ ...HUNGARIAN, de: HUNGARIAN.hu }} />, 'de')
    expect(screen.getByText(HUNGARIAN.hu)).toHaveAttribute('lang', 'hu')
    expect(mark()).toBeNull()
  })

  it('shows both originals of a text with two, each in an element with its lang', async () => {
    const user = userEvent.setup()
    renderWithI18n(<DataText value={BILINGUAL} as="p" />, 'de')
    expect(screen.getByText(BILINGUAL.de)).toHaveAttribute('lang', 'de')
    const button = mark() as HTMLButtonElement
    // Marked as translated from the first original.
    expect(button.textContent).toBe(translationMark('de', 'sl'))
    await user.click(button)
    const paragraph = document.querySelector('p') as HTMLElement
    expect(paragraph.textContent).toBe(`${BILINGUAL.sl} / ${BILINGUAL.hu}`)
    const spans = Array.from(paragraph.querySelectorAll('span[lang]'))
    expect(spans.map((span) => [span.getAttribute('lang'), span.textContent?.replace(/^ \/ /, '')])).toEqual([
      ['sl', BILINGUAL.sl],
      ['hu', BILINGUAL.hu],
    ])
    expect(button).toHaveAttribute('aria-pressed', 'true')
  })

  it('has no mark for a reader of either original of a text with two', () => {
    for (const language of ['sl', 'hu'] as const) {
      renderWithI18n(<DataText value={BILINGUAL} />, language)
      expect(screen.getByText(BILINGUAL[language])).toHaveAttribute('lang', language)
      expect(mark()).toBeNull()
      cleanup()
    }
  })

  it('leaves the mark out where asked (inside a button or a list that repeats a marked title)', () => {
    renderWithI18n(<DataText value={HUNGARIAN} marked={false} />, 'en')
    expect(screen.getByText(HUNGARIAN.en)).toHaveAttribute('lang', 'en')
    expect(mark()).toBeNull()
  })

  it('shows text from the data as text, never as HTML', () => {
    const hostile = { ...HUNGARIAN, de: '<img src=x onerror=alert(1)> Konferenz' }
    renderWithI18n(<DataText value={hostile} />, 'de')
    expect(screen.getByText('<img src=x onerror=alert(1)> Konferenz')).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
  })

  it('names the original language in each reader\'s language', () => {
    for (const language of ['sl', 'en'] as const) {
      renderWithI18n(<DataText value={{ ...HUNGARIAN, original: 'de', de: 'Auftaktkonferenz' }} />, language)
      expect(mark()?.textContent).toBe(translationMark(language, 'de'))
      cleanup()
    }
    expect(languageName('de', 'sl')).toBe('nemščina')
  })
})

/** A heading that places the mark apart from the words, as the activity card does. */
function Heading({ value }: { value: LocalizedText }) {
  const { words: shown, lang, mark: button } = useDataText(value)
  return (
    <>
      <h2 lang={lang} data-testid="words">{shown}</h2>
      {button && <p className="translation">{button}</p>}
    </>
  )
}

describe('useDataText', () => {
  it('gives the words, their lang and the mark apart, for a heading', async () => {
    const user = userEvent.setup()
    renderWithI18n(<Heading value={HUNGARIAN} />, 'sl')
    expect(words().textContent).toBe(HUNGARIAN.sl)
    expect(words()).toHaveAttribute('lang', 'sl')
    const button = document.querySelector('p.translation button.translation-mark') as HTMLButtonElement
    expect(button.textContent).toBe(translationMark('sl', 'hu'))
    await user.click(button)
    expect(words().textContent).toBe(HUNGARIAN.hu)
    expect(words()).toHaveAttribute('lang', 'hu')
  })

  it('gives no mark for the original', () => {
    renderWithI18n(<Heading value={HUNGARIAN} />, 'hu')
    expect(words()).toHaveAttribute('lang', 'hu')
    expect(document.querySelector('p.translation')).toBeNull()
  })
})
