import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Activity } from '../../src/domain/activity-schema'
import type { LocalizedText } from '../../src/domain/localized-text'
import { parseActivitiesFile, parseProjectsFile } from '../../src/domain/dataset'
import { projectLabel } from '../../src/domain/project-label'
import { formatTownName } from '../../src/domain/town-names'
import type { Language } from '../../src/domain/town-schema'
import { ActivityCard } from '../../src/features/activities/activity-card'
import { getButtonByText, loadRealTowns, readDataFile, renderWithI18n, translationMark, uiText } from './test-utils'

const towns = loadRealTowns()
const parsedActivities = parseActivitiesFile(JSON.parse(readDataFile('activities.json')) as unknown)
const parsedProjects = parseProjectsFile(JSON.parse(readDataFile('projects.json')) as unknown)
const activities = parsedActivities.records
const projects = parsedProjects.records

function activityById(id: string): Activity {
  const found = activities.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no activity "${id}" in data/activities.json`)
  return found
}

const PACT = 'forum24-pact-signing-2019-03-07'
const CLOSING = 'hu-closing-conference-lenti-2019-09'
const OPENING = 'hu-opening-conference-zalalovo-2019'
const EGTC = 'egtc-bg-rad-founding-2024-07-01'
const ECD = 'ecd-2014-bad-radkersburg'

afterEach(cleanup)

function renderCard(activity: Activity, language: Language) {
  const byId = new Map(towns.map((town) => [town.id, town]))
  const townName = (id: string) => {
    const town = byId.get(id)
    return town ? formatTownName(town, language) : id
  }
  const projectName = (id: string) => {
    const project = projects.find((candidate) => candidate.id === id)
    return project ? projectLabel(project, language) : id
  }
  const handlers = { onSelectTown: vi.fn(), onSelectProject: vi.fn(), onClose: vi.fn() }
  const result = renderWithI18n(
    <ActivityCard activity={activity} townName={townName} projectName={projectName} {...handlers} />,
    language,
  )
  return { ...result, ...handlers }
}

function card(): HTMLElement {
  return screen.getByRole('complementary')
}

function heading(): HTMLElement {
  return screen.getByRole('heading', { level: 2 })
}

/** The mark on a translated title, under the header; null when the title is the source's own words. */
function titleMark(): HTMLButtonElement | null {
  return card().querySelector('p.translation button.translation-mark')
}

/** The <dd> right after the <dt> with this text. */
function valueOf(term: string): HTMLElement {
  const dt = within(card()).getByText(term, { selector: 'dt' })
  const dd = dt.nextElementSibling
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no <dd> after <dt>${term}</dt>`)
  return dd
}

describe('ActivityCard', () => {
  it('reads the real activities without issues', () => {
    expect(parsedActivities.issues).toEqual([])
    expect(parsedProjects.issues).toEqual([])
    expect(activities).toHaveLength(36)
  })

  it('shows the title in the reader\'s language: in German the German original, unmarked', () => {
    const pact = activityById(PACT)
    expect(pact.title.original).toBe('de')
    renderCard(pact, 'de')
    expect(heading().textContent).toBe('24cities Forum / Forum 24mest – Unterzeichnung des trilateralen Kooperationspakts')
    expect(heading()).toHaveAttribute('lang', 'de')
    expect(card()).toHaveAccessibleName(pact.title.de)
    expect(card().querySelector('p.translation')).toBeNull()
  })

  it('in English shows the English translation, marked as translated from German, the original one click away', async () => {
    const user = userEvent.setup()
    const pact = activityById(PACT)
    renderCard(pact, 'en')
    expect(heading().textContent).toBe('Forum24 and signing of the trilateral cooperation pact')
    expect(heading()).toHaveAttribute('lang', 'en')
    expect(card()).toHaveAccessibleName(pact.title.en)
    const mark = titleMark() as HTMLButtonElement
    expect(mark.textContent).toBe(translationMark('en', 'de'))
    expect(mark).toHaveAttribute('aria-pressed', 'false')
    // No trace of the old line beside the original title.
    expect(within(card()).queryByText(/In English/)).toBeNull()
    await user.click(mark)
    expect(heading().textContent).toBe(pact.title.de)
    expect(heading()).toHaveAttribute('lang', 'de')
    expect(within(heading()).getByText(pact.title.de)).toHaveAttribute('lang', 'de')
    expect(mark).toHaveAttribute('aria-pressed', 'true')
    expect(mark.textContent).toBe(translationMark('en', 'de', 'original'))
    await user.click(mark)
    expect(heading().textContent).toBe(pact.title.en)
    expect(heading()).toHaveAttribute('lang', 'en')
    expect(mark).toHaveAttribute('aria-pressed', 'false')
  })

  it('in German shows the German title of a Hungarian original with lang="de" and the mark naming Hungarian in German', async () => {
    const user = userEvent.setup()
    const opening = activityById(OPENING)
    expect(opening.title.original).toBe('hu')
    renderCard(opening, 'de')
    expect(heading().textContent).toBe('Auftaktkonferenz von City Cooperation II in Zalalövő')
    expect(heading()).toHaveAttribute('lang', 'de')
    const mark = titleMark() as HTMLButtonElement
    expect(mark.textContent).toBe(translationMark('de', 'hu'))
    expect(mark.textContent).toContain('Ungarisch')
    await user.click(mark)
    expect(within(heading()).getByText('City Cooperation II nyitókonferencia Zalalövőn')).toHaveAttribute('lang', 'hu')
    expect(mark).toHaveAttribute('aria-pressed', 'true')
  })

  it('shows both official versions of a title with two originals, each with its language; a reader of either gets no mark', async () => {
    const user = userEvent.setup()
    const egtc = activityById(EGTC)
    expect(egtc.title.original).toEqual(['de', 'sl'])
    renderCard(egtc, 'hu')
    expect(heading().textContent).toBe(egtc.title.hu)
    await user.click(titleMark() as HTMLButtonElement)
    expect(heading().textContent).toBe(`${egtc.title.de} / ${egtc.title.sl}`)
    expect(within(heading()).getByText(egtc.title.de)).toHaveAttribute('lang', 'de')
    expect(within(heading()).getByText(egtc.title.sl, { exact: false })).toHaveAttribute('lang', 'sl')
    cleanup()
    for (const language of ['de', 'sl'] as const) {
      renderCard(egtc, language)
      expect(heading().textContent).toBe(egtc.title[language])
      expect(heading()).toHaveAttribute('lang', language)
      expect(titleMark()).toBeNull()
      cleanup()
    }
  })

  it('has no mark on an English original read in English', () => {
    const ecd = activityById(ECD)
    expect(ecd.title.original).toBe('en')
    renderCard(ecd, 'en')
    expect(heading().textContent).toBe('European Cooperation Day 2014 – on the spot visit of City Cooperation in Bad Radkersburg')
    expect(card().querySelector('p.translation')).toBeNull()
    expect(card().querySelector('.translation-mark')).toBeNull()
  })

  it('focuses its heading when it opens', () => {
    renderCard(activityById(PACT), 'en')
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus()
  })

  it.each([
    ['en', '7 March 2019'],
    ['de', '7. März 2019'],
  ] as const)('formats a day-precision date in %s', (language, text) => {
    renderCard(activityById(PACT), language)
    expect(valueOf(language === 'en' ? 'Date' : 'Datum').textContent).toBe(text)
  })

  it('shows a month-precision date as the month, never with a day', () => {
    const closing = activityById(CLOSING)
    expect(closing.start).toBe('2019-09')
    renderCard(closing, 'en')
    const date = valueOf('Date')
    expect(date.textContent).toBe('September 2019')
    expect(date.textContent).not.toMatch(/\b\d{1,2},/)
  })

  it('shows a year-only date as the year, and says when the date is not known', () => {
    renderCard(activityById('cc1-alliance-24-towns-2008'), 'en')
    expect(valueOf('Date').textContent).toBe('2008')
    cleanup()
    renderCard(activityById('cc1-childrens-experience-town'), 'en')
    expect(valueOf('Date').textContent).toBe('date not known')
  })

  it('shows the kind in the reader’s language', () => {
    renderCard(activityById(PACT), 'en')
    expect(valueOf('Kind').textContent).toBe('Signing')
  })

  it('shows the host town as a button that selects it, and the whole network as a badge', async () => {
    const user = userEvent.setup()
    const { onSelectTown } = renderCard(activityById(PACT), 'en')
    const host = within(valueOf('Host town')).getByRole('button', { name: 'Hartberg' })
    await user.click(host)
    expect(onSelectTown).toHaveBeenCalledExactlyOnceWith('hartberg')
    const townsValue = valueOf('Towns')
    expect(within(townsValue).getByText('all 24 towns')).toHaveClass('badge')
    expect(within(townsValue).queryByRole('button')).toBeNull()
  })

  it('lists the towns involved as buttons that select them, in the reader’s language', async () => {
    const user = userEvent.setup()
    const opening = activityById(OPENING)
    const { onSelectTown } = renderCard(opening, 'de')
    const townsValue = valueOf('Städte')
    const buttons = within(townsValue).getAllByRole('button')
    expect(buttons.map((button) => button.textContent)).toEqual(['Lenti', 'Zalalövő', 'Letenye'])
    expect(within(townsValue).queryByText('alle 24 Städte')).toBeNull()
    await user.click(getButtonByText('Letenye', townsValue))
    expect(onSelectTown).toHaveBeenCalledExactlyOnceWith('letenye')
    await user.click(getButtonByText('Zalalövő', valueOf('Gastgeberstadt')))
    expect(onSelectTown).toHaveBeenLastCalledWith('zalalovo')
  })

  it('names towns as the reader knows them ("Gornja Radgona (Oberradkersburg)" in German)', () => {
    renderCard(activityById('ecd-2014-bad-radkersburg'), 'de')
    const buttons = within(valueOf('Städte')).getAllByRole('button')
    expect(buttons.map((button) => button.textContent)).toEqual(['Bad Radkersburg', 'Gornja Radgona (Oberradkersburg)'])
  })

  it('says "not known" when no town is named, and has no host line without a host', () => {
    renderCard(activityById('cc1-childrens-experience-town'), 'en')
    expect(valueOf('Towns').textContent).toBe('not known')
    expect(within(card()).queryByText('Host town')).toBeNull()
  })

  it('shows the project as a button that selects it, and no project line without one', async () => {
    const user = userEvent.setup()
    const { onSelectProject } = renderCard(activityById(PACT), 'en')
    const project = within(valueOf('Project')).getByRole('button')
    expect(project.textContent).toBe('City Cooperation II (umbrella: two mirrored projects)')
    await user.click(project)
    expect(onSelectProject).toHaveBeenCalledExactlyOnceWith('city-cooperation-ii')
    cleanup()
    renderCard(activityById('charter-murska-sobota-kormend-2012'), 'en')
    expect(within(card()).queryByText('Project', { selector: 'dt' })).toBeNull()
  })

  it('shows the description in the reader\'s language, a translation marked', () => {
    const pact = activityById(PACT)
    const description = pact.description as LocalizedText
    expect(description.original).toBe('en')
    renderCard(pact, 'en')
    const english = within(card()).getByText(description.en)
    expect(english.closest('.description')).not.toBeNull()
    expect(english).toHaveAttribute('lang', 'en')
    expect(card().querySelector('.description .translation-mark')).toBeNull()
    cleanup()
    renderCard(pact, 'de')
    expect(within(card()).getByText(description.de)).toHaveAttribute('lang', 'de')
    expect(card().querySelector('.description .translation-mark')?.textContent).toBe(translationMark('de', 'en'))
  })

  it('marks nothing on a record of high confidence, with a stated date, in City Cooperation', () => {
    const pact = activityById(PACT)
    expect([pact.confidence, pact.dateInferred ?? false, pact.cityCooperation ?? true]).toEqual(['high', false, true])
    renderCard(pact, 'en')
    expect(card().querySelector('[data-mark]')).toBeNull()
  })

  it('marks medium confidence and a date inferred from the source', () => {
    const opening = activityById(OPENING)
    expect([opening.confidence, opening.dateInferred]).toEqual(['medium', true])
    renderCard(opening, 'en')
    const marks = Array.from(card().querySelectorAll('[data-mark]')).map((mark) => mark.textContent)
    expect(marks).toEqual(['medium confidence', 'date inferred from the source'])
    cleanup()
    renderCard({ ...opening, confidence: 'low' }, 'de')
    expect(Array.from(card().querySelectorAll('[data-mark]')).map((mark) => mark.textContent)).toEqual(['geringe Sicherheit', 'Datum aus der Quelle erschlossen'])
  })

  it('says when an activity is not a City Cooperation activity', () => {
    const conference = activityById('szentgotthard-vasvar-conference-2014')
    expect(conference.cityCooperation).toBe(false)
    renderCard(conference, 'hu')
    expect(within(card()).getByText(uiText('hu', 'evidence.notActivity'))).toHaveAttribute('data-mark', 'outside')
    cleanup()
    // Absent (not stated) is not "outside".
    renderCard({ ...conference, cityCooperation: undefined }, 'en')
    expect(within(card()).queryByText(uiText('en', 'evidence.notActivity'))).toBeNull()
    expect(card().querySelector('[data-mark="outside"]')).toBeNull()
  })

  it('folds the notes of the sources, as text, and has no notes block without notes', () => {
    const withNotes = activities.find((candidate) => candidate.notes)
    if (!withNotes?.notes) throw new Error('no activity with notes')
    const hostile = `${withNotes.notes.en} <script>alert(1)</script>`
    renderCard({ ...withNotes, notes: { ...withNotes.notes, en: hostile } }, 'en')
    const notes = card().querySelector('details.evidence-notes') as HTMLDetailsElement
    expect(notes.open).toBe(false)
    expect(notes.querySelector('summary')?.textContent).toBe('Notes from the sources')
    expect(notes.querySelector('p')?.textContent).toBe(hostile)
    expect(card().querySelector('script')).toBeNull()
    cleanup()
    renderCard({ ...withNotes, notes: null }, 'en')
    expect(card().querySelector('details.evidence-notes')).toBeNull()
  })

  it('shows an English research note unmarked in English, and marked as translated from English in German', () => {
    const pact = activityById(PACT)
    const notes = pact.notes as LocalizedText
    expect(notes.original).toBe('en')
    renderCard(pact, 'en')
    const english = card().querySelector('details.evidence-notes p') as HTMLElement
    expect(english.textContent).toBe(notes.en)
    expect(english).toHaveAttribute('lang', 'en')
    expect(card().querySelector('details.evidence-notes .translation-mark')).toBeNull()
    cleanup()
    renderCard(pact, 'de')
    const german = card().querySelector('details.evidence-notes p') as HTMLElement
    expect(german.textContent).toBe(notes.de)
    expect(german).toHaveAttribute('lang', 'de')
    expect(card().querySelector('details.evidence-notes .translation-mark')?.textContent).toBe(translationMark('de', 'en'))
  })

  it('links every source in a new tab without access to the page', () => {
    const pact = activityById(PACT)
    renderCard(pact, 'en')
    const links = within(card().querySelector('ul.sources') as HTMLElement).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual(pact.sources)
    expect(links[0]?.textContent).toBe('feldbach.gv.at/?p=7247')
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank')
      const rel = (link.getAttribute('rel') ?? '').split(/\s+/)
      expect(rel).toContain('noopener')
      expect(rel).toContain('noreferrer')
    }
  })

  it('does not render a javascript: source as a link', () => {
    const pact = activityById(PACT)
    const hostile = 'javascript:alert(document.cookie)'
    renderCard({ ...pact, sources: [pact.sources[0] as string, hostile] }, 'en')
    const sources = card().querySelector('ul.sources') as HTMLElement
    expect(within(sources).getAllByRole('link')).toHaveLength(1)
    const text = within(sources).getByText(hostile)
    expect(text.closest('a')).toBeNull()
    expect(card().querySelector('a[href^="javascript:"]')).toBeNull()
  })

  it('closes with its close button', async () => {
    const user = userEvent.setup()
    const { onClose } = renderCard(activityById(PACT), 'en')
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledOnce()
  })
})
