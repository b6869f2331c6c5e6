import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { activitiesOfTown, isWholeNetwork } from '../../src/domain/activities/activity-filter'
import { sortActivitiesByDate } from '../../src/domain/activities/activity-order'
import { TownActivities } from '../../src/features/towns/town-activities'
import { loadFixtureDataset } from '../real-data'
import { getButtonByText, renderWithI18n } from './test-utils'

const dataset = loadFixtureDataset()
const FORUM24 = 'forum24-pact-signing-2019-03-07'
const lendava = sortActivitiesByDate(activitiesOfTown(dataset.activities, 'lendava'))

afterEach(cleanup)

describe('TownActivities', () => {
  it('lists Lendava\'s activities with those of all 24 towns, the Forum24 signing among them, marked so', () => {
    renderWithI18n(<TownActivities activities={lendava} filtered={false} onSelectActivity={() => {}} />, 'en')
    const items = Array.from(document.querySelectorAll<HTMLElement>('ol.town-activities > li'))
    expect(items.map((item) => item.getAttribute('data-activity'))).toEqual(lendava.map((activity) => activity.id))
    const forum = items.find((item) => item.getAttribute('data-activity') === FORUM24) as HTMLElement
    expect(within(forum).getByText('all 24 towns')).toHaveClass('badge')
    expect(document.querySelectorAll('.whole-network')).toHaveLength(lendava.filter(isWholeNetwork).length)
  })

  it('says "in the current filter" only when a filter is set', () => {
    const count = lendava.length
    const { rerender } = renderWithI18n(<TownActivities activities={lendava} filtered={false} onSelectActivity={() => {}} />, 'en')
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`${count} activities`)
    rerender(<TownActivities activities={lendava} filtered onSelectActivity={() => {}} />)
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`${count} activities in the current filter`)
  })

  it('says there is none, in the data or in the current filter', () => {
    const { rerender } = renderWithI18n(<TownActivities activities={[]} filtered={false} onSelectActivity={() => {}} />, 'de')
    expect(screen.getByText('Keine Aktivität dieser Stadt in den Daten.')).toBeInTheDocument()
    expect(screen.queryByText(/aktuellen Filter/)).toBeNull()
    rerender(<TownActivities activities={[]} filtered onSelectActivity={() => {}} />)
    expect(screen.getByText('Keine Aktivität dieser Stadt im aktuellen Filter.')).toBeInTheDocument()
  })

  it('opens an activity with its button', async () => {
    const user = userEvent.setup()
    const onSelectActivity = vi.fn()
    renderWithI18n(<TownActivities activities={lendava} filtered={false} onSelectActivity={onSelectActivity} />, 'en')
    await user.click(getButtonByText('Forum24 and signing of the trilateral cooperation pact'))
    expect(onSelectActivity).toHaveBeenCalledExactlyOnceWith(FORUM24)
  })
})
