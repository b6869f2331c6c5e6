import { render, screen, type RenderResult } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { parseTownsFile } from '../../src/domain/dataset'
import { languageName } from '../../src/domain/language'
import type { Language, Town } from '../../src/domain/town-schema'
import { createI18n } from '../../src/i18n/i18n'
import { readFixtureFile } from '../real-data'

/** The files of data/, by file name, as the app fetches them (tests answer them from the snapshot, tests/fixtures/dataset). */
export const DATA_FILE_NAMES = [
  'cities.geojson',
  'organisations.json',
  'projects.json',
  'activities.json',
  'links.json',
] as const
export type DataFileName = (typeof DATA_FILE_NAMES)[number]

/** The text of a file of the snapshot of data/. */
export function readDataFile(name: DataFileName): string {
  return readFixtureFile(name)
}

/** The true town records of the snapshot's cities.geojson, through the app's own parser. */
export function loadRealTowns(): Town[] {
  const parsed = parseTownsFile(JSON.parse(readDataFile('cities.geojson')) as unknown)
  if (parsed.issues.length > 0) throw new Error(`cities.geojson has issues: ${JSON.stringify(parsed.issues)}`)
  return parsed.records
}

export function townById(towns: readonly Town[], id: string): Town {
  const town = towns.find((candidate) => candidate.id === id)
  if (!town) throw new Error(`no town "${id}" in data/cities.geojson`)
  return town
}

/** Renders inside an I18nextProvider with a fresh i18next instance in the given language. */
export function renderWithI18n(ui: ReactElement, language: Language): RenderResult {
  const i18n = createI18n(language)
  const result = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>)
  return {
    ...result,
    rerender: (next: ReactNode) => result.rerender(<I18nextProvider i18n={i18n}>{next}</I18nextProvider>),
  }
}

/**
 * The one button whose text is exactly `text`. The town buttons hold "Ptuj" and " (Pettau)" in two
 * spans; jsdom's accessible-name computation trims each span ("Ptuj(Pettau)") where browsers keep the
 * space, so these tests match on the rendered text instead.
 */
export function getButtonByText(text: string, container: HTMLElement = document.body): HTMLButtonElement {
  const matches = Array.from(container.querySelectorAll('button')).filter((button) => button.textContent === text)
  if (matches.length !== 1) {
    screen.debug(container)
    throw new Error(`expected one button with the text ${JSON.stringify(text)}, found ${matches.length}`)
  }
  return matches[0] as HTMLButtonElement
}

/**
 * An interface text as the locale files have it when the test runs (they are edited on their own, so
 * tests read them rather than copy their words).
 */
export function uiText(language: Language, key: string, options: Record<string, unknown> = {}): string {
  const t = createI18n(language).t as unknown as (key: string, options: Record<string, unknown>) => string
  return t(key, options)
}

/**
 * The words of the mark on a translation: "Translated from German" (its hidden " · Show the original"
 * after it) while the translation shows, "Original (German) · Show the translation" while the original does.
 */
export function translationMark(reader: Language, original: Language, showing: 'translation' | 'original' = 'translation'): string {
  const language = languageName(original, reader)
  return showing === 'translation'
    ? `${uiText(reader, 'dataText.translated', { language })} · ${uiText(reader, 'dataText.showOriginal')}`
    : `${uiText(reader, 'dataText.original', { language })} · ${uiText(reader, 'dataText.showTranslation')}`
}
