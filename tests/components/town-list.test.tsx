import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TownList } from '../../src/features/towns/town-list'
import { getButtonByText, loadRealTowns, renderWithI18n, uiText } from './test-utils'

const towns = loadRealTowns()

afterEach(cleanup)

function townButtons(): HTMLElement[] {
  return within(screen.getByRole('navigation')).getAllByRole('button')
}

describe('TownList', () => {
  it('renders the 24 real towns as buttons, grouped under three country headings', () => {
    renderWithI18n(<TownList towns={towns} selectedTownId={null} onSelectTown={() => {}} />, 'en')

    expect(towns).toHaveLength(24)
    const buttons = townButtons()
    expect(buttons).toHaveLength(24)
    for (const button of buttons) expect(button.tagName).toBe('BUTTON')
    const heading = screen.getByRole('heading', { level: 2 })
    expect(heading.textContent).toBe(`${uiText('en', 'towns.heading')} 24`)
    expect(heading.querySelector('.count')?.textContent).toBe('24')

    const headings = screen.getAllByRole('heading', { level: 3 })
    expect(headings.map((heading) => heading.textContent)).toEqual(['Austria 8', 'Slovenia 9', 'Hungary 7'])

    const counts = { 'Austria 8': 8, 'Slovenia 9': 9, 'Hungary 7': 7 }
    for (const [name, count] of Object.entries(counts)) {
      const group = screen.getByRole('region', { name })
      expect(within(group).getAllByRole('button')).toHaveLength(count)
    }
  })

  it('orders each country group alphabetically by official name', () => {
    renderWithI18n(<TownList towns={towns} selectedTownId={null} onSelectTown={() => {}} />, 'en')
    const austria = screen.getByRole('region', { name: 'Austria 8' })
    expect(within(austria).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Bad Radkersburg',
      'Fehring',
      'Feldbach',
      'Friedberg',
      'Fürstenfeld',
      'Gleisdorf',
      'Hartberg',
      'Weiz',
    ])
  })

  it('shows the German name after the official one for a German reader ("Ptuj (Pettau)")', () => {
    renderWithI18n(<TownList towns={towns} selectedTownId={null} onSelectTown={() => {}} />, 'de')
    const ptuj = getButtonByText('Ptuj (Pettau)')
    expect(ptuj).toHaveAttribute('data-town', 'ptuj')
    expect(within(ptuj).getByText('Ptuj')).toHaveAttribute('lang', 'sl')
    expect(within(ptuj).getByText('(Pettau)')).toHaveAttribute('lang', 'de')
    expect(screen.getByRole('heading', { level: 3, name: 'Slowenien 9' })).toBeInTheDocument()
    // The same name in both languages is not repeated.
    expect(screen.getByRole('button', { name: 'Weiz' })).toHaveTextContent(/^Weiz$/)
  })

  it('shows the Hungarian name for a Hungarian reader ("Murska Sobota (Muraszombat)")', () => {
    renderWithI18n(<TownList towns={towns} selectedTownId={null} onSelectTown={() => {}} />, 'hu')
    expect(getButtonByText('Murska Sobota (Muraszombat)')).toHaveAttribute('data-town', 'murska-sobota')
    // Ptuj has no own Hungarian name: no parenthesis.
    expect(screen.getByRole('button', { name: 'Ptuj' })).toHaveTextContent(/^Ptuj$/)
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Ausztria 8',
      'Szlovénia 9',
      'Magyarország 7',
    ])
  })

  it('calls onSelectTown with the id of the clicked town', async () => {
    const user = userEvent.setup()
    const onSelectTown = vi.fn()
    renderWithI18n(<TownList towns={towns} selectedTownId={null} onSelectTown={onSelectTown} />, 'en')

    await user.click(screen.getByRole('button', { name: 'Murska Sobota' }))
    expect(onSelectTown).toHaveBeenCalledTimes(1)
    expect(onSelectTown).toHaveBeenLastCalledWith('murska-sobota')

    await user.click(screen.getByRole('button', { name: 'Őriszentpéter' }))
    expect(onSelectTown).toHaveBeenLastCalledWith('oriszentpeter')
  })

  it('marks the selected town, and only it, with aria-pressed', () => {
    const { rerender } = renderWithI18n(
      <TownList towns={towns} selectedTownId="ptuj" onSelectTown={() => {}} />,
      'en',
    )
    const pressed = townButtons().filter((button) => button.getAttribute('aria-pressed') === 'true')
    expect(pressed).toHaveLength(1)
    expect(pressed[0]).toHaveAttribute('data-town', 'ptuj')
    expect(screen.getByRole('button', { name: 'Lenti' })).toHaveAttribute('aria-pressed', 'false')

    rerender(<TownList towns={towns} selectedTownId={null} onSelectTown={() => {}} />)
    for (const button of townButtons()) expect(button).toHaveAttribute('aria-pressed', 'false')
  })

  it('can be used with the keyboard alone: Tab to a town, Enter or Space selects it', async () => {
    const user = userEvent.setup()
    const onSelectTown = vi.fn()
    renderWithI18n(<TownList towns={towns} selectedTownId={null} onSelectTown={onSelectTown} />, 'en')

    await user.tab()
    expect(screen.getByRole('button', { name: 'Bad Radkersburg' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onSelectTown).toHaveBeenLastCalledWith('bad-radkersburg')

    await user.tab()
    expect(screen.getByRole('button', { name: 'Fehring' })).toHaveFocus()
    await user.keyboard(' ')
    expect(onSelectTown).toHaveBeenLastCalledWith('fehring')
    expect(onSelectTown).toHaveBeenCalledTimes(2)

    // Every one of the 24 towns is a tab stop.
    for (let index = 2; index < 24; index += 1) await user.tab()
    expect(screen.getByRole('button', { name: 'Zalalövő' })).toHaveFocus()
  })
})
