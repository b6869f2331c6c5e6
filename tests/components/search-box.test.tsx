import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NO_FILTER } from '../../src/domain/network/network-filter'
import type { Language } from '../../src/domain/town-schema'
import { SearchBox } from '../../src/features/search/search-box'
import { createI18n } from '../../src/i18n/i18n'
import type { ViewStore } from '../../src/url-state/view-store'
import { DEFAULT_VIEW, type View } from '../../src/url-state/view-url'
import { loadFixtureDataset } from '../real-data'
import { renderWithI18n } from './test-utils'

afterEach(cleanup)

const dataset = loadFixtureDataset()

function renderBox(language: Language = 'en', query: string | null = null) {
  const update = vi.fn<ViewStore['update']>()
  const result = renderWithI18n(<SearchBox records={dataset} query={query} onViewChange={update} />, language)
  const input = screen.getByRole<HTMLInputElement>('combobox')
  /** The calls that add a history entry (a choice), as against those that replace it (typing). */
  const pushes = () => update.mock.calls.filter(([, options]) => !options?.replace)
  /** What the one pushed change does to a view. */
  const pushed = (view: View) => {
    expect(pushes()).toHaveLength(1)
    const change = pushes()[0]?.[0]
    return typeof change === 'function' ? change(view) : change
  }
  const rerender = (nextQuery: string | null) => result.rerender(<SearchBox records={dataset} query={nextQuery} onViewChange={update} />)
  return { update, input, pushes, pushed, rerender }
}

const optionTexts = () => screen.getAllByRole('option').map((option) => option.textContent)

describe('SearchBox', () => {
  it('is a combobox that controls a listbox, collapsed until there is something to show', async () => {
    const user = userEvent.setup()
    const { input } = renderBox()
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).toHaveAccessibleName('Search towns, projects and activities')
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '')
    expect(list).toHaveAttribute('role', 'listbox')
    await user.type(input, 'pettau')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    expect(list).toBeVisible()
  })

  it('writes the text into the URL while typing, replacing the entry, and adds no history entry', async () => {
    const user = userEvent.setup()
    const { input, update, pushes } = renderBox()
    await user.type(input, 'ptuj')
    expect(update).toHaveBeenCalledTimes(4)
    expect(update).toHaveBeenLastCalledWith({ q: 'ptuj' }, { replace: true })
    expect(pushes()).toHaveLength(0)
  })

  it('shows each town by its name for the reader, with the other name that matched ("Ptuj — Pettau"), under its kind', async () => {
    const user = userEvent.setup()
    const { input } = renderBox('en')
    await user.type(input, 'pettau')
    expect(optionTexts()[0]).toBe('Ptuj — Pettau, Slovenia')
    const group = screen.getAllByRole('group')[0] as HTMLElement
    expect(group).toHaveAccessibleName('Towns')
    expect(within(group).getAllByRole('option')[0]).toHaveAttribute('data-id', 'ptuj')
  })

  it('leaves out the matched name when the label already shows it (German and Hungarian readers)', async () => {
    const user = userEvent.setup()
    const german = renderBox('de')
    await user.type(german.input, 'pettau')
    expect(optionTexts()[0]).toBe('Ptuj (Pettau), Slowenien')
    cleanup()
    const hungarian = renderBox('hu')
    await user.type(hungarian.input, 'muraszombat')
    expect(optionTexts()[0]).toBe('Murska Sobota (Muraszombat), Szlovénia')
  })

  it('moves through the options with the arrows (wrapping), and Home, End and the side arrows go back to the text', async () => {
    const user = userEvent.setup()
    const { input } = renderBox()
    await user.type(input, 'radgona')
    const options = screen.getAllByRole('option')
    expect(options.length).toBeGreaterThan(2)
    expect(input).not.toHaveAttribute('aria-activedescendant')
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id)
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id)
    expect(options[0]).toHaveAttribute('aria-selected', 'false')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)?.id)
    await user.keyboard('{Home}')
    expect(input).not.toHaveAttribute('aria-activedescendant')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    expect(input.selectionStart).toBe(0)
    await user.keyboard('{End}')
    expect(input.selectionStart).toBe('radgona'.length)
    expect(input).toHaveValue('radgona')
  })

  it('chooses a town with Enter: one history entry selects it and ends the search', async () => {
    const user = userEvent.setup()
    const { input, pushed } = renderBox()
    await user.type(input, 'FURSTENFELD')
    await user.keyboard('{ArrowDown}{Enter}')
    const view = { ...DEFAULT_VIEW, q: 'FURSTENFELD', activity: 'networking-event-weiz' }
    expect(pushed(view)).toEqual({ town: 'furstenfeld', activity: null, q: null })
    expect(input).toHaveValue('')
    expect(input).toHaveAttribute('aria-expanded', 'false')
  })

  it('chooses the first result with Enter when no option is active', async () => {
    const user = userEvent.setup()
    const { input, pushed } = renderBox()
    await user.type(input, 'luttenberg{Enter}')
    expect(pushed(DEFAULT_VIEW)).toMatchObject({ town: 'ljutomer' })
  })

  it('opens an activity in the Activities tab, and the English reader sees which original title matched', async () => {
    const user = userEvent.setup()
    const { input, pushed } = renderBox('en')
    await user.type(input, 'modestrasse')
    const option = screen.getByRole('option', { name: /Feldbach fashion street/ })
    expect(option).toHaveTextContent('— Modestraße Feldbach')
    await user.click(option)
    expect(pushed({ ...DEFAULT_VIEW, town: 'ptuj' })).toEqual({ activity: 'pilot-modestrasse-feldbach', town: null, tab: 'activities', q: null })
  })

  it('filters by a project and opens the Projects tab in one change, keeping the other filters', async () => {
    const user = userEvent.setup()
    const { input, pushed } = renderBox('en')
    await user.type(input, 'skupaj')
    const projects = screen.getByRole('group', { name: 'Projects' })
    await user.click(within(projects).getAllByRole('option')[0] as HTMLElement)
    const view = { ...DEFAULT_VIEW, town: 'lendava', filter: { ...NO_FILTER, countries: ['SI' as const] } }
    expect(pushed(view)).toEqual({
      filter: { ...NO_FILTER, countries: ['SI'], project: 'skupaj' }, tab: 'projects', town: null, activity: null, q: null,
    })
  })

  it('closes the list on the first Escape and clears the text on the second, each handled (no panel closes)', async () => {
    const user = userEvent.setup()
    const { input, update } = renderBox()
    const escapes: boolean[] = []
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape') escapes.push(event.defaultPrevented)
    }
    window.addEventListener('keydown', listener)
    await user.type(input, 'lendava')
    await user.keyboard('{Escape}')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).toHaveValue('lendava')
    await user.keyboard('{Escape}')
    expect(input).toHaveValue('')
    expect(update).toHaveBeenLastCalledWith({ q: null }, { replace: true })
    await user.keyboard('{Escape}')
    window.removeEventListener('keydown', listener)
    expect(escapes).toEqual([true, true, false])
  })

  it('announces the number of results politely once typing pauses, and says when there are none', async () => {
    const user = userEvent.setup()
    const { input } = renderBox()
    await user.type(input, 'lendava')
    const status = document.querySelector('.search-status') as HTMLElement
    expect(status).toHaveAttribute('aria-live', 'polite')
    const count = screen.getAllByRole('option').length
    await waitFor(() => expect(status).toHaveTextContent(`${count} result${count === 1 ? '' : 's'}`))
    await user.clear(input)
    await user.type(input, 'qqqq')
    expect(screen.getByText('Nothing found for “qqqq”.')).toBeVisible()
    expect(input).toHaveAttribute('aria-expanded', 'false')
    await waitFor(() => expect(status).toHaveTextContent('No results'))
  })

  it('counts results with the plural forms of each language', () => {
    const say = (language: Language, count: number) => createI18n(language).t('search.results', { count })
    expect([1, 2, 3, 5].map((count) => say('sl', count))).toEqual(['1 zadetek', '2 zadetka', '3 zadetki', '5 zadetkov'])
    expect([1, 5].map((count) => say('de', count))).toEqual(['1 Treffer', '5 Treffer'])
    expect([1, 5].map((count) => say('hu', count))).toEqual(['1 találat', '5 találat'])
    expect([1, 5].map((count) => say('en', count))).toEqual(['1 result', '5 results'])
  })

  it('shows the text of the URL, follows Back and Forward, and keeps its own typing as typed', async () => {
    const user = userEvent.setup()
    const { input, rerender } = renderBox('en', 'luttenberg')
    expect(input).toHaveValue('luttenberg')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    input.focus()
    await user.keyboard('{Enter}')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('data-id', 'ljutomer')
    rerender('pettau')
    expect(input).toHaveValue('pettau')
    await user.clear(input)
    await user.type(input, 'murska ')
    rerender('murska')
    expect(input).toHaveValue('murska ')
    rerender(null)
    expect(input).toHaveValue('')
  })

  it('is disabled while the data loads', () => {
    renderWithI18n(<SearchBox records={null} query={null} onViewChange={vi.fn()} />, 'en')
    expect(screen.getByRole('combobox')).toBeDisabled()
  })
})
