import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { languageLabel } from '../../src/domain/language'
import { sameInEveryLanguage } from '../../src/domain/localized-text'
import type { Language } from '../../src/domain/town-schema'
import { TownPanel } from '../../src/features/towns/town-panel'
import { loadRealTowns, renderWithI18n, townById, translationMark, uiText } from './test-utils'

const towns = loadRealTowns()
const lendava = townById(towns, 'lendava')
const ljutomer = townById(towns, 'ljutomer')

afterEach(cleanup)

function panel(): HTMLElement {
  return screen.getByRole('complementary')
}

/** The <dd> right after the <dt> with this text, inside `scope`. */
function valueOf(term: string, scope: HTMLElement = panel()): HTMLElement {
  const dt = within(scope).getByText(term, { selector: 'dt' })
  const dd = dt.nextElementSibling
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no <dd> after <dt>${term}</dt>`)
  return dd
}

describe('TownPanel', () => {
  it('shows the real record of Lendava: its names in all four languages', () => {
    renderWithI18n(<TownPanel town={lendava} onClose={() => {}} />, 'de')

    const heading = screen.getByRole('heading', { level: 2 })
    expect(heading).toHaveTextContent(/^Lendava \(Unterlimbach\)$/)
    // The German name is historical (no longer in official use): the line under the heading says so.
    expect(panel().querySelector('.historical-note')?.textContent).toBe('Unterlimbach ist ein historischer Name, heute nicht mehr in Gebrauch')
    expect(within(heading).getByText('Lendava')).toHaveAttribute('lang', 'sl')

    const names = within(panel()).getByText('Namen').nextElementSibling as HTMLElement
    expect(names).toHaveClass('names')
    expect(valueOf('Amtlicher Name', names)).toHaveTextContent(/^Lendava$/)
    // Each language is named in the reader's language, as a label ("Slowenisch", "Ungarisch").
    const expected: [string, Language, string][] = [
      ['Slowenisch', 'sl', 'Lendava'],
      ['Deutsch', 'de', 'Unterlimbachhistorisch'],
      ['Ungarisch', 'hu', 'Lendva'],
      ['Englisch', 'en', 'Lendava'],
    ]
    for (const [label, code, name] of expected) {
      expect(languageLabel(code, 'de')).toBe(label)
      const dd = valueOf(label, names)
      expect(dd).toHaveTextContent(new RegExp(`^${name}$`))
      expect(within(dd).getByText(name.replace('historisch', ''))).toHaveAttribute('lang', code)
    }
    // Lendva is co-official, not historical: only the German name is marked.
    expect(lendava.historicalNames).toEqual(['de'])
    expect(Array.from(names.querySelectorAll('.historical')).map((badge) => badge.closest('[data-language]')?.getAttribute('data-language'))).toEqual(['de'])
  })

  it('marks a historical exonym as historical: Hungarian "Regede" for Bad Radkersburg', () => {
    const radkersburg = townById(towns, 'bad-radkersburg')
    expect(radkersburg.historicalNames).toEqual(['hu'])
    renderWithI18n(<TownPanel town={radkersburg} onClose={() => {}} />, 'en')
    const names = within(panel()).getByText('Names').nextElementSibling as HTMLElement
    const hungarian = valueOf('Hungarian', names)
    expect(hungarian.textContent).toBe('Regedehistorical')
    expect(within(hungarian).getByText('historical')).toHaveAttribute('title', 'Regede is a historical name, no longer in use')
    // Only the Hungarian name is historical.
    expect(names.querySelectorAll('.historical')).toHaveLength(1)
    expect(valueOf('Slovenian', names).textContent).toBe('Radgona')
    // An English reader reads the official name only: no note under the heading.
    expect(panel().querySelector('.historical-note')).toBeNull()
    cleanup()
    // A Hungarian reader, whose name for the town it is, is told right under the heading.
    renderWithI18n(<TownPanel town={radkersburg} onClose={() => {}} />, 'hu')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Bad Radkersburg \(Regede\)$/)
    expect(panel().querySelector('.historical-note')?.textContent).toBe('Regede történeti név, ma már nem használatos')
    cleanup()
    renderWithI18n(<TownPanel town={radkersburg} onClose={() => {}} />, 'sl')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Bad Radkersburg \(Radgona\)$/)
    expect(panel().querySelector('.historical-note')).toBeNull()
  })

  it('shows the notes of the sources folded, as text: Fürstenfeld\'s two population counts', () => {
    const furstenfeld = townById(towns, 'furstenfeld')
    renderWithI18n(<TownPanel town={furstenfeld} onClose={() => {}} />, 'de')
    const notes = panel().querySelector('details.town-notes') as HTMLDetailsElement
    expect(notes).not.toBeNull()
    expect(notes.open).toBe(false)
    expect(notes.querySelector('summary')?.textContent).toBe(uiText('de', 'evidence.notes'))
    // The German translation of the English notes, with its lang, marked as a translation.
    const german = notes.querySelector('p') as HTMLElement
    expect(german.textContent).toBe(furstenfeld.notes?.de)
    expect(german).toHaveAttribute('lang', 'de')
    expect(german.textContent).toContain('8.902')
    expect(german.textContent).toContain('8.848')
    expect(notes.querySelector('.translation-mark')?.textContent).toBe(translationMark('de', 'en'))
  })

  it('shows the English notes of the sources unmarked to an English reader', () => {
    const furstenfeld = townById(towns, 'furstenfeld')
    expect(furstenfeld.notes?.original).toBe('en')
    renderWithI18n(<TownPanel town={furstenfeld} onClose={() => {}} />, 'en')
    const notes = panel().querySelector('details.town-notes') as HTMLDetailsElement
    expect(notes.querySelector('p')?.textContent).toBe(furstenfeld.notes?.en)
    expect(notes.textContent).toContain('8,902')
    expect(notes.querySelector('.translation-mark')).toBeNull()
  })

  it('never renders notes as HTML, and has no notes block without notes', () => {
    renderWithI18n(<TownPanel town={{ ...lendava, notes: sameInEveryLanguage('<img src=x onerror=alert(1)> Note') }} onClose={() => {}} />, 'en')
    const notes = panel().querySelector('details.town-notes p') as HTMLElement
    expect(notes.textContent).toBe('<img src=x onerror=alert(1)> Note')
    expect(panel().querySelector('img')).toBeNull()
    cleanup()
    renderWithI18n(<TownPanel town={{ ...lendava, notes: null }} onClose={() => {}} />, 'en')
    expect(panel().querySelector('details.town-notes')).toBeNull()
  })

  it.each([
    ['de', '10.486 (2021)'],
    ['en', '10,486 (2021)'],
    ['sl', '10.486 (2021)'],
    ['hu', '10\u00a0486 (2021)'],
  ] as const)('formats the population for %s, with its year', (language, text) => {
    renderWithI18n(<TownPanel town={lendava} onClose={() => {}} />, language)
    expect(valueOf(uiText(language, 'panel.population')).textContent).toContain(text)
  })

  it('links to the population source and the website, in a new tab without access to the page', () => {
    renderWithI18n(<TownPanel town={lendava} onClose={() => {}} />, 'de')

    const source = within(valueOf(uiText('de', 'panel.population'))).getByRole('link', { name: uiText('de', 'panel.source') })
    expect(source).toHaveAttribute(
      'href',
      'http://lendavainfo.com/minulih-deset-let-na-obmocju-obcine-lendava-manjka-540-prebivalcev/',
    )
    expect(source.getAttribute('href')).toBe(lendava.population.source)

    const website = within(valueOf('Website')).getByRole('link', { name: 'www.lendava.si' })
    // The data says "https://www.lendava.si"; the link carries its normalised form (URL.href).
    expect(lendava.website).toBe('https://www.lendava.si')
    expect(website).toHaveAttribute('href', 'https://www.lendava.si/')

    for (const link of [source, website]) {
      expect(link).toHaveAttribute('target', '_blank')
      const rel = (link.getAttribute('rel') ?? '').split(/\s+/)
      expect(rel).toContain('noopener')
      expect(rel).toContain('noreferrer')
    }
    // Beside them, one link per source of the town's record.
    expect(within(panel()).getAllByRole('link')).toHaveLength(2 + lendava.sources.length)
  })

  it('shows country and region', () => {
    renderWithI18n(<TownPanel town={lendava} onClose={() => {}} />, 'de')
    expect(valueOf('Land')).toHaveTextContent(/^Slowenien$/)
    expect(valueOf('Region')).toHaveTextContent(/^Pomurska$/)
  })

  it('says "not known" for a town without a website (Ljutomer)', () => {
    expect(ljutomer.website).toBeNull()
    renderWithI18n(<TownPanel town={ljutomer} onClose={() => {}} />, 'de')
    expect(valueOf('Website')).toHaveTextContent(/^nicht bekannt$/)
    // Only the population source is a link among the facts (the rest are the record's sources).
    const factLinks = within(panel()).getAllByRole('link').filter((link) => link.closest('dl'))
    expect(factLinks).toHaveLength(1)
    expect(factLinks[0]).toHaveAttribute('href', ljutomer.population.source)
  })

  it('says "not known" in English too', () => {
    renderWithI18n(<TownPanel town={ljutomer} onClose={() => {}} />, 'en')
    expect(valueOf('Website')).toHaveTextContent(/^not known$/)
    expect(valueOf('Population').textContent).toContain('11,233 (2023)')
  })

  it('calls onClose when the close button is pressed (mouse and keyboard)', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    renderWithI18n(<TownPanel town={lendava} onClose={onClose} />, 'de')

    const close = screen.getByRole('button', { name: 'Schließen' })
    await user.click(close)
    expect(onClose).toHaveBeenCalledTimes(1)

    close.focus()
    await user.keyboard('{Enter}')
    expect(onClose).toHaveBeenCalledTimes(2)
  })

  it('moves focus to its heading when it opens, and again when the town changes', () => {
    const { rerender } = renderWithI18n(<TownPanel town={lendava} onClose={() => {}} />, 'en')
    const heading = screen.getByRole('heading', { level: 2 })
    expect(heading).toHaveAttribute('tabindex', '-1')
    expect(heading).toHaveFocus()

    screen.getByRole('button', { name: 'Close' }).focus()
    expect(heading).not.toHaveFocus()

    rerender(<TownPanel town={ljutomer} onClose={() => {}} />)
    const next = screen.getByRole('heading', { level: 2 })
    expect(next).toHaveTextContent(/^Ljutomer$/)
    expect(next).toHaveFocus()
  })
})
