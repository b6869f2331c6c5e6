import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LanguageSwitcher } from '../../src/app/language-switcher'
import { renderWithI18n } from './test-utils'

afterEach(cleanup)

describe('LanguageSwitcher', () => {
  it('shows four language buttons in a labelled group, the current one pressed', () => {
    renderWithI18n(<LanguageSwitcher language="de" onChange={() => {}} />, 'de')
    const group = screen.getByRole('group', { name: 'Sprache' })
    const buttons = within(group).getAllByRole('button')
    expect(buttons.map((button) => button.textContent)).toEqual(['SL', 'DE', 'HU', 'EN'])
    expect(buttons.map((button) => button.getAttribute('lang'))).toEqual(['sl', 'de', 'hu', 'en'])
    expect(buttons.map((button) => button.getAttribute('title'))).toEqual(['Slovenščina', 'Deutsch', 'Magyar', 'English'])
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false', 'false'])
    expect(screen.getByRole('button', { name: 'DE', pressed: true })).toBeInTheDocument()
  })

  it('follows the language prop', () => {
    const { rerender } = renderWithI18n(<LanguageSwitcher language="sl" onChange={() => {}} />, 'sl')
    expect(screen.getByRole('button', { name: 'SL' })).toHaveAttribute('aria-pressed', 'true')
    rerender(<LanguageSwitcher language="hu" onChange={() => {}} />)
    expect(screen.getByRole('button', { name: 'SL' })).toHaveAttribute('aria-pressed', 'false')
    expect(screen.getByRole('button', { name: 'HU' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('calls onChange with the language code (mouse and keyboard)', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    renderWithI18n(<LanguageSwitcher language="en" onChange={onChange} />, 'en')

    await user.click(screen.getByRole('button', { name: 'HU' }))
    expect(onChange).toHaveBeenLastCalledWith('hu')
    await user.click(screen.getByRole('button', { name: 'SL' }))
    expect(onChange).toHaveBeenLastCalledWith('sl')

    // The click left focus on SL: Tab goes on to DE.
    expect(screen.getByRole('button', { name: 'SL' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'DE' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onChange).toHaveBeenLastCalledWith('de')
    expect(onChange).toHaveBeenCalledTimes(3)
  })
})

describe('LanguageSwitcher on a phone', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('is one compact control: the current code shown, the four languages by name to choose from', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 760px)', media: query, addEventListener: () => {}, removeEventListener: () => {},
    }))
    const user = userEvent.setup()
    const onChange = vi.fn()
    renderWithI18n(<LanguageSwitcher language="sl" onChange={onChange} />, 'sl')
    expect(screen.queryByRole('group')).toBeNull()
    const select = screen.getByRole('combobox', { name: 'Jezik' })
    expect(within(select).getAllByRole('option').map((option) => [option.getAttribute('value'), option.textContent, option.getAttribute('lang')])).toEqual([
      ['sl', 'Slovenščina', 'sl'], ['de', 'Deutsch', 'de'], ['hu', 'Magyar', 'hu'], ['en', 'English', 'en'],
    ])
    expect(select).toHaveValue('sl')
    expect(select.parentElement?.querySelector('.language-select-face')).toHaveTextContent(/^SL$/)
    await user.selectOptions(select, 'hu')
    expect(onChange).toHaveBeenCalledWith('hu')
  })
})
