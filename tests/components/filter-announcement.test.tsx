import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Language } from '../../src/domain/town-schema'
import { FilterAnnouncement, type FilterAnnouncementProps } from '../../src/features/filters/filter-announcement'
import { renderWithI18n } from './test-utils'

afterEach(cleanup)

const COUNTS = { towns: 12, ties: 9, activities: 20 }

function renderAnnouncement(props: FilterAnnouncementProps, language: Language = 'en') {
  const result = renderWithI18n(<FilterAnnouncement {...props} />, language)
  return { rerender: (next: FilterAnnouncementProps) => result.rerender(<FilterAnnouncement {...next} />) }
}

/** The live region (not role="status": the app's loading status is the page's one status). */
function region(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-filter-announcement]')
  if (!element) throw new Error('no live region')
  return element
}

describe('FilterAnnouncement', () => {
  it('is a polite live region that says nothing on the first view', () => {
    renderAnnouncement({ filterKey: 'a', filtered: true, counts: COUNTS })
    expect(region().getAttribute('aria-live')).toBe('polite')
    expect(region().textContent).toBe('')
  })

  it('says what a change of the filter leaves, once, and not again on a render that changes nothing', () => {
    const { rerender } = renderAnnouncement({ filterKey: 'a', filtered: false, counts: { towns: 24, ties: 50, activities: 80 } })
    rerender({ filterKey: 'b', filtered: true, counts: COUNTS })
    expect(region().textContent).toBe('12 towns, 9 ties, 20 activities in the current filter')
    const spoken = region().firstElementChild
    rerender({ filterKey: 'b', filtered: true, counts: COUNTS })
    expect(region().firstElementChild).toBe(spoken)
  })

  it('says the same words again, as a new node, after another change that leaves the same counts', () => {
    const { rerender } = renderAnnouncement({ filterKey: 'a', filtered: true, counts: COUNTS })
    rerender({ filterKey: 'b', filtered: true, counts: COUNTS })
    const first = region().firstElementChild
    rerender({ filterKey: 'c', filtered: true, counts: COUNTS })
    expect(region().textContent).toBe('12 towns, 9 ties, 20 activities in the current filter')
    expect(region().firstElementChild).not.toBe(first)
  })

  it('says so when the filter is cleared, with singulars', () => {
    const { rerender } = renderAnnouncement({ filterKey: 'a', filtered: true, counts: COUNTS })
    rerender({ filterKey: 'b', filtered: false, counts: { towns: 1, ties: 1, activities: 1 } })
    expect(region().textContent).toBe('No filter: 1 town, 1 tie, 1 activity')
  })

  it('stays quiet while playback moves the period', () => {
    const { rerender } = renderAnnouncement({ filterKey: 'a', filtered: true, counts: COUNTS })
    rerender({ filterKey: 'b', filtered: true, counts: COUNTS, quiet: true })
    expect(region().textContent).toBe('')
  })

  it.each([
    ['sl', { towns: 1, ties: 2, activities: 3 }, '1 mesto, 2 povezavi, 3 dejavnosti pri trenutnem filtru'],
    ['sl', { towns: 5, ties: 4, activities: 102 }, '5 mest, 4 povezave, 102 dejavnosti pri trenutnem filtru'],
    ['de', { towns: 1, ties: 9, activities: 0 }, '1 Stadt, 9 Verbindungen, 0 Aktivitäten im aktuellen Filter'],
    ['hu', { towns: 12, ties: 1, activities: 20 }, '12 város, 1 kapcsolat, 20 tevékenység a jelenlegi szűrés szerint'],
  ] as const)('speaks %s with its own plural forms (%j)', (language, counts, expected) => {
    const { rerender } = renderAnnouncement({ filterKey: 'a', filtered: true, counts }, language)
    rerender({ filterKey: 'b', filtered: true, counts })
    expect(region().textContent).toBe(expected)
  })
})
