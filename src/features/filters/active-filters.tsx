import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { NetworkFilter } from '../../domain/network/network-filter'
import { CLEAR_ALL, filterChips, type FilterChange, type FilterChip } from './filter-chips'
import { periodLabel } from './period-label'

export interface ActiveFiltersProps {
  filter: NetworkFilter
  groupLines: boolean
  projectName: (id: string) => string
  /** The filter leaves no tie and no activity. */
  nothingMatches: boolean
  /** One call, one history entry. */
  onChange: (change: FilterChange) => void
}

/**
 * The active filters as chips, whatever tab is open: each removes its own filter, "Clear all" removes
 * them all. When the filter matches nothing, it says so and offers to clear it. Nothing without filters.
 */
export function ActiveFilters({ filter, groupLines, projectName, nothingMatches, onChange }: ActiveFiltersProps) {
  const { t, i18n } = useTranslation()
  const titleId = useId()
  const list = useRef<HTMLUListElement>(null)
  // After a chip goes, the focus moves to the chip that took its place (or the one before it).
  const removed = useRef<number | null>(null)
  const chips = filterChips(filter, groupLines)
  useEffect(() => {
    if (removed.current === null) return
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []
    buttons[Math.min(removed.current, buttons.length - 1)]?.focus()
    removed.current = null
  })
  if (chips.length === 0) return null

  const label = (chip: FilterChip): string => {
    switch (chip.facet) {
      case 'kind':
        return t(`kind.${chip.kind}`)
      case 'project':
        return projectName(chip.project)
      case 'country':
        return t(`country.${chip.country}`)
      case 'groupLines':
        return t('filters.groupLines')
      case 'period': {
        const period = periodLabel(chip.from, chip.to, i18n.language)
        if (period === null || period.ends === 'both') return period?.text ?? ''
        return t(period.ends === 'from' ? 'filters.since' : 'filters.until', { date: period.text })
      }
    }
  }

  return (
    <section className="active-filters" aria-labelledby={titleId} data-nothing={nothingMatches || undefined}>
      <div className="active-filters-row">
        <h2 className="active-filters-title" id={titleId}>{t('filters.activeTitle')}</h2>
        <ul className="filter-chips" ref={list}>
          {chips.map((chip, index) => {
            const text = label(chip)
            return (
              <li key={chip.key}>
                <button
                  type="button"
                  className="filter-chip"
                  data-facet={chip.facet}
                  aria-label={t('filters.remove', { filter: text })}
                  onClick={() => {
                    removed.current = index
                    onChange(chip.remove)
                  }}
                >
                  <span className="filter-chip-text">{text}</span>
                  <svg className="filter-chip-x" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                    <path d="M2.5 2.5 9.5 9.5M9.5 2.5 2.5 9.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
                  </svg>
                </button>
              </li>
            )
          })}
        </ul>
        {chips.length > 1 && (
          <button type="button" className="text-button filter-clear-all" onClick={() => onChange(CLEAR_ALL)}>{t('filters.clearAll')}</button>
        )}
      </div>
      <div className="filters-nothing-status" aria-live="polite">
        {nothingMatches && (
          <p className="filters-nothing">
            {t('filters.nothing')}{' '}
            <button type="button" className="filters-nothing-clear" onClick={() => onChange(CLEAR_ALL)}>{t('filters.clearFilters')}</button>
          </p>
        )}
      </div>
    </section>
  )
}
