import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NO_FILTER, type NetworkFilter } from '../../src/domain/network/network-filter'
import { NetworkFilters } from '../../src/features/network/network-filters'
import { renderWithI18n } from './test-utils'

afterEach(cleanup)

function renderFilters(filter: NetworkFilter) {
  const onChange = vi.fn<(filter: NetworkFilter) => void>()
  renderWithI18n(<NetworkFilters filter={filter} onChange={onChange} projects={[{ id: 'skupaj', label: 'SKUPAJ' }]} />, 'en')
  return onChange
}

describe('NetworkFilters', () => {
  it('opens by itself when the link brings filters, and stays closed otherwise', () => {
    renderFilters({ ...NO_FILTER, countries: ['SI'] })
    expect(document.querySelector('details')).toHaveAttribute('open')
    cleanup()
    renderFilters(NO_FILTER)
    expect(document.querySelector('details')).not.toHaveAttribute('open')
  })

  it('narrows the countries when a box is unticked, and widens back to "all" (null) when all are ticked', async () => {
    const user = userEvent.setup()
    const onChange = renderFilters(NO_FILTER)
    await user.click(screen.getByText('Filters'))
    await user.click(screen.getByRole('checkbox', { name: 'Austria' }))
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTER, countries: ['SI', 'HU'] })
    cleanup()
    const again = renderFilters({ ...NO_FILTER, countries: ['SI', 'HU'] })
    await user.click(screen.getByRole('checkbox', { name: 'Austria' }))
    expect(again).toHaveBeenLastCalledWith({ ...NO_FILTER, countries: null })
  })

  it('keeps the last ticked box ticked: an empty choice would show nothing and could not be shared', () => {
    renderFilters({ ...NO_FILTER, countries: ['HU'] })
    expect(screen.getByRole('checkbox', { name: 'Hungary' })).toBeDisabled()
    expect(screen.getByRole('checkbox', { name: 'Austria' })).toBeEnabled()
  })

  it('stays open after Reset, so the keyboard focus is not lost', async () => {
    const user = userEvent.setup()
    const onChange = renderFilters({ ...NO_FILTER, countries: ['SI'] })
    await user.click(screen.getByRole('button', { name: 'Reset filters' }))
    expect(onChange).toHaveBeenLastCalledWith(NO_FILTER)
    expect(document.querySelector('details')).toHaveAttribute('open')
  })
})
