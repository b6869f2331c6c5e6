import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Activity } from '../../src/domain/activity-schema'
import { parseActivitiesFile } from '../../src/domain/dataset'
import { earliestDay } from '../../src/domain/partial-date'
import { formatTownName } from '../../src/domain/town-names'
import type { Language } from '../../src/domain/town-schema'
import { ActivityList } from '../../src/features/activities/activity-list'
import { loadRealTowns, readDataFile, renderWithI18n } from './test-utils'

const towns = loadRealTowns()
const parsed = parseActivitiesFile(JSON.parse(readDataFile('activities.json')) as unknown)
const activities = parsed.records

afterEach(cleanup)

function renderList(list: readonly Activity[], language: Language, selectedActivityId: string | null = null) {
  const byId = new Map(towns.map((town) => [town.id, town]))
  const townName = (id: string) => {
    const town = byId.get(id)
    return town ? formatTownName(town, language) : id
  }
  const onSelectActivity = vi.fn()
  const result = renderWithI18n(
    <ActivityList activities={list} townName={townName} selectedActivityId={selectedActivityId} onSelectActivity={onSelectActivity} />,
    language,
  )
  return { ...result, onSelectActivity }
}

function bodyRows(): HTMLTableRowElement[] {
  const table = screen.getByRole('table')
  return Array.from(table.querySelectorAll('tbody tr'))
}

function rowIds(): string[] {
  return bodyRows().map((row) => row.getAttribute('data-activity') ?? '')
}

function dateHeader(): HTMLElement {
  return screen.getAllByRole('columnheader')[0] as HTMLElement
}

/** The first day of each dated row, in the order shown, then the undated ids. */
function firstDays(ids: readonly string[]): (string | null)[] {
  const byId = new Map(activities.map((item) => [item.id, item]))
  return ids.map((id) => {
    const start = byId.get(id)?.start ?? null
    return start === null ? null : earliestDay(start)
  })
}

describe('ActivityList', () => {
  it('reads the real activities without issues', () => {
    expect(parsed.issues).toEqual([])
    expect(activities).toHaveLength(36)
  })

  it('shows one row per activity and counts them in the caption', () => {
    renderList(activities, 'en')
    expect(bodyRows()).toHaveLength(36)
    expect(new Set(rowIds())).toEqual(new Set(activities.map((item) => item.id)))
    expect(screen.getByRole('table')).toHaveAccessibleName('36 activities in the current filter')
    expect(screen.getByText('36 activities in the current filter').tagName).toBe('CAPTION')
  })

  it('sorts by date ascending first, undated activities last', () => {
    renderList(activities, 'en')
    expect(dateHeader()).toHaveAttribute('aria-sort', 'ascending')
    const ids = rowIds()
    expect(ids[0]).toBe('weiz-gleisdorf-state-exhibition-2001')
    expect(ids.at(-1 - activities.filter((item) => item.start === null).length)).toBe('egtc-bg-rad-founding-2024-07-01')
    const days = firstDays(ids)
    const dated = days.filter((day): day is string => day !== null)
    expect(dated).toEqual([...dated].sort())
    expect(days.slice(dated.length).every((day) => day === null)).toBe(true)
  })

  it('toggles to descending with the header button and back, updating aria-sort', async () => {
    const user = userEvent.setup()
    renderList(activities, 'en')
    const button = within(dateHeader()).getByRole('button', { name: /Date/ })
    const ascending = rowIds()

    await user.click(button)
    expect(dateHeader()).toHaveAttribute('aria-sort', 'descending')
    expect(button).toHaveTextContent('↓')
    const descending = rowIds()
    expect(descending[0]).toBe('egtc-bg-rad-founding-2024-07-01')
    const dated = firstDays(descending).filter((day): day is string => day !== null)
    expect(dated).toEqual([...dated].sort().reverse())
    // Undated activities stay last.
    expect(firstDays(descending).slice(dated.length).every((day) => day === null)).toBe(true)

    await user.click(button)
    expect(dateHeader()).toHaveAttribute('aria-sort', 'ascending')
    expect(button).toHaveTextContent('↑')
    expect(rowIds()).toEqual(ascending)
  })

  it('formats the dates in the reader’s language, as precise as the data', () => {
    renderList(activities, 'en')
    const dateOf = (id: string) => screen.getByRole('table').querySelector(`tr[data-activity="${id}"] td.date`)?.textContent
    expect(dateOf('forum24-pact-signing-2019-03-07')).toBe('7 March 2019')
    expect(dateOf('hu-closing-conference-lenti-2019-09')).toBe('September 2019')
    expect(dateOf('cc1-alliance-24-towns-2008')).toBe('2008')
    expect(dateOf('cc1-childrens-experience-town')).toBe('date not known')
  })

  it('shows each title in the reader\'s language, unmarked in the list, with where it took place', () => {
    const pact = activities.find((item) => item.id === 'forum24-pact-signing-2019-03-07') as Activity
    const opening = activities.find((item) => item.id === 'hu-opening-conference-zalalovo-2019') as Activity
    const ecd = activities.find((item) => item.id === 'ecd-2014-bad-radkersburg') as Activity
    renderList([pact, opening, ecd], 'en')
    const row = (id: string) => screen.getByRole('table').querySelector(`tr[data-activity="${id}"]`) as HTMLElement
    expect(within(row(pact.id)).getByRole('button').textContent?.trim()).toBe(pact.title.en)
    expect(within(row(opening.id)).getByRole('button').textContent?.trim()).toBe(opening.title.en)
    // The list repeats titles the card marks: no translation marks in the rows.
    expect(screen.getByRole('table').querySelector('.translation-mark')).toBeNull()
    // A whole-network activity says so, even with a host; a hosted one is shown at the host only.
    expect(row(pact.id).querySelector('.where')?.textContent).toBe('all 24 towns')
    expect(row(opening.id).querySelector('.where')?.textContent).toBe('Zalalövő')
    cleanup()
    renderList([pact, opening, ecd], 'de')
    expect(within(row(pact.id)).getByRole('button').textContent?.trim()).toBe(pact.title.de)
    expect(within(row(opening.id)).getByRole('button').textContent?.trim()).toBe('Auftaktkonferenz von City Cooperation II in Zalalövő')
    expect(within(row(ecd.id)).getByRole('button').textContent?.trim()).toBe(ecd.title.de)
    cleanup()
    renderList([opening], 'hu')
    expect(within(row(opening.id)).getByRole('button').textContent?.trim()).toBe('City Cooperation II nyitókonferencia Zalalövőn')
    cleanup()
    renderList([pact, ecd], 'de')
    expect(row(ecd.id).querySelector('.where')?.textContent).toBe('Bad Radkersburg')
  })

  it('marks whole-network activities without a host as such', () => {
    const alliance = activities.find((item) => item.id === 'cc1-alliance-24-towns-2008') as Activity
    const charter = activities.find((item) => item.id === 'charter-murska-sobota-kormend-2012') as Activity
    renderList([alliance, charter], 'de')
    const row = (id: string) => screen.getByRole('table').querySelector(`tr[data-activity="${id}"]`) as HTMLElement
    expect(row(alliance.id).querySelector('.where')?.textContent).toBe('alle 24 Städte')
    expect(row(charter.id).querySelector('.where')?.textContent).toBe('Murska Sobota (Olsnitz), Körmend (Kirment)')
  })

  it('calls onSelectActivity with the id when a title is clicked', async () => {
    const user = userEvent.setup()
    const { onSelectActivity } = renderList(activities, 'en')
    await user.click(screen.getByRole('button', { name: 'City Cooperation II closing conference' }))
    expect(onSelectActivity).toHaveBeenCalledExactlyOnceWith('hu-closing-conference-lenti-2019-09')
  })

  it('marks the selected activity’s row as current', () => {
    renderList(activities, 'en', 'forum24-pact-signing-2019-03-07')
    const current = bodyRows().filter((row) => row.getAttribute('aria-current') === 'true')
    expect(current.map((row) => row.getAttribute('data-activity'))).toEqual(['forum24-pact-signing-2019-03-07'])
  })

  it('counts a single activity in the singular and no activity at all', () => {
    renderList(activities.slice(0, 1), 'en')
    expect(screen.getByRole('table')).toHaveAccessibleName('1 activity in the current filter')
    cleanup()
    renderList([], 'en')
    expect(bodyRows()).toHaveLength(0)
    expect(screen.getByRole('table')).toHaveAccessibleName('0 activities in the current filter')
  })
})
