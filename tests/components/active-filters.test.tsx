import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NO_FILTER, type NetworkFilter } from '../../src/domain/network/network-filter'
import type { Language } from '../../src/domain/town-schema'
import { ActiveFilters } from '../../src/features/filters/active-filters'
import { CLEAR_ALL, filterChips, type FilterChange } from '../../src/features/filters/filter-chips'
import { periodLabel } from '../../src/features/filters/period-label'
import { renderWithI18n } from './test-utils'

afterEach(cleanup)

const FILTER: NetworkFilter = {
  kinds: ['town-twinning', 'project'], project: 'skupaj', countries: ['SI', 'HU'], from: '2017-01-01', to: '2019-12-31',
}

function renderChips(filter: NetworkFilter, { groupLines = false, nothingMatches = false, language = 'en' as Language } = {}) {
  const onChange = vi.fn<(change: FilterChange) => void>()
  const ui = (next: NetworkFilter) => (
    <ActiveFilters filter={next} groupLines={groupLines} projectName={(id) => (id === 'skupaj' ? 'SKUPAJ' : id)} nothingMatches={nothingMatches} onChange={onChange} />
  )
  const result = renderWithI18n(ui(filter), language)
  return { onChange, rerender: (next: NetworkFilter) => result.rerender(ui(next)) }
}

const chipNames = () => screen.queryAllByRole('button', { name: /^(Remove filter|Filter entfernen): / }).map((button) => button.getAttribute('aria-label'))

describe('ActiveFilters', () => {
  it('shows nothing without filters', () => {
    renderChips(NO_FILTER)
    expect(screen.queryByRole('region')).toBeNull()
    expect(screen.queryAllByRole('button')).toHaveLength(0)
  })

  it('shows one chip per active filter: each kind, the project by its label, each country, the period, group lines', () => {
    renderChips(FILTER, { groupLines: true, language: 'de' })
    expect(screen.getByRole('region', { name: 'Gefiltert nach' })).toBeVisible()
    expect(chipNames()).toEqual([
      'Filter entfernen: Städtepartnerschaft',
      'Filter entfernen: Projekt',
      'Filter entfernen: SKUPAJ',
      'Filter entfernen: Slowenien',
      'Filter entfernen: Ungarn',
      'Filter entfernen: 2017–2019',
      'Filter entfernen: Gruppenverbindungen als Linien',
    ])
    expect(screen.getByRole('button', { name: 'Alle entfernen' })).toBeVisible()
  })

  it('removes one filter per chip, in one change, and clears all with "Clear all"', async () => {
    const user = userEvent.setup()
    const { onChange } = renderChips(FILTER, { groupLines: true })
    await user.click(screen.getByRole('button', { name: 'Remove filter: Slovenia' }))
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenLastCalledWith({ filter: { ...FILTER, countries: ['HU'] } })
    await user.click(screen.getByRole('button', { name: 'Remove filter: Town twinning' }))
    expect(onChange).toHaveBeenLastCalledWith({ filter: { ...FILTER, kinds: ['project'] } })
    await user.click(screen.getByRole('button', { name: 'Remove filter: SKUPAJ' }))
    expect(onChange).toHaveBeenLastCalledWith({ filter: { ...FILTER, project: null } })
    await user.click(screen.getByRole('button', { name: /^Remove filter: 2017\s?–\s?2019$/ }))
    expect(onChange).toHaveBeenLastCalledWith({ filter: { ...FILTER, from: null, to: null } })
    await user.click(screen.getByRole('button', { name: 'Remove filter: Group ties as lines' }))
    expect(onChange).toHaveBeenLastCalledWith({ groupLines: false })
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    expect(onChange).toHaveBeenLastCalledWith(CLEAR_ALL)
    expect(onChange).toHaveBeenCalledTimes(6)
  })

  it('removing the last value of a list removes the filter (null), never an empty choice', () => {
    const [chip] = filterChips({ ...NO_FILTER, countries: ['AT'] }, false)
    expect(chip?.remove).toEqual({ filter: NO_FILTER })
  })

  it('gives the focus to the chip that takes the removed one\'s place', async () => {
    const user = userEvent.setup()
    const { rerender } = renderChips({ ...NO_FILTER, countries: ['AT', 'SI', 'HU'] })
    await user.click(screen.getByRole('button', { name: 'Remove filter: Slovenia' }))
    rerender({ ...NO_FILTER, countries: ['AT', 'HU'] })
    expect(screen.getByRole('button', { name: 'Remove filter: Hungary' })).toHaveFocus()
  })

  it('says when the filter matches nothing, and offers to clear it', async () => {
    const user = userEvent.setup()
    const { onChange } = renderChips({ ...NO_FILTER, kinds: ['egtc'], countries: ['HU'] }, { nothingMatches: true })
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('Nothing matches these filters: no tie and no activity.')
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }))
    expect(onChange).toHaveBeenCalledWith(CLEAR_ALL)
  })

  it('has no message while something matches', () => {
    renderChips(FILTER)
    expect(document.querySelector('[aria-live="polite"]')).toBeEmptyDOMElement()
  })
})

describe('periodLabel', () => {
  it('writes whole years as years, whole months as months, else days, in the reader\'s language', () => {
    expect(periodLabel('2017-01-01', '2019-12-31', 'de')).toEqual({ ends: 'both', text: '2017–2019' })
    expect(periodLabel('2019-01-01', '2019-12-31', 'de')?.text).toBe('2019')
    expect(periodLabel('2019-03-01', '2019-05-31', 'de')?.text).toBe('März–Mai 2019')
    expect(periodLabel('2019-03-01', '2019-03-31', 'sl')?.text).toBe('marec 2019')
    expect(periodLabel('2019-02-01', '2019-02-28', 'en')?.text).toBe('February 2019')
    // ICU puts thin spaces around a dash between dates of several words.
    expect(periodLabel('2019-03-07', '2019-04-02', 'de')?.text).toMatch(/^7\. März\s–\s2\. April 2019$/)
    expect(periodLabel('2019-03-01', '2019-05-31', 'hu')?.text).toBe('2019. március–május')
  })

  it('leaves an open end to the caller, and is null without a period', () => {
    expect(periodLabel('2017-01-01', null, 'en')).toEqual({ ends: 'from', text: '2017' })
    expect(periodLabel(null, '2019-03-31', 'en')).toEqual({ ends: 'to', text: 'March 2019' })
    expect(periodLabel(null, null, 'en')).toBeNull()
  })

  it('shows an open end in the chip in words', () => {
    renderChips({ ...NO_FILTER, from: '2019-03-01' })
    expect(chipNames()).toEqual(['Remove filter: from March 2019'])
  })
})
