import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface FilterAnnouncementProps {
  /** What the filter is (its serialised value): a new key is a change to announce. */
  filterKey: string
  /** Whether any filter is set ("in the current filter" or "no filter"). */
  filtered: boolean
  /** What the filter leaves: towns, ties (of every kind) and activities. */
  counts: { towns: number; ties: number; activities: number }
  /** A change made while this is true is not announced (playback moves the period and has its own caption). */
  quiet?: boolean
}

interface Announced {
  key: string
  message: string
  /** Counts the announcements, so that the same words after another change are read again. */
  serial: number
}

/**
 * A polite live region that says what a change of the filter leaves ("12 towns, 9 ties, 20 activities in the
 * current filter"): once per change, never on the first view or on a render that changes nothing. Mounted once.
 */
export function FilterAnnouncement({ filterKey, filtered, counts, quiet = false }: FilterAnnouncementProps) {
  const { t } = useTranslation()
  const [announced, setAnnounced] = useState<Announced>({ key: filterKey, message: '', serial: 0 })
  // A new filter is noticed while rendering (React's way to follow a prop), not in an effect after it.
  if (announced.key !== filterKey) {
    const parts = {
      towns: t('announce.towns', { count: counts.towns }),
      ties: t('announce.ties', { count: counts.ties }),
      activities: t('announce.activities', { count: counts.activities }),
    }
    const message = quiet ? '' : t(filtered ? 'announce.filtered' : 'announce.unfiltered', parts)
    setAnnounced({ key: filterKey, message, serial: announced.serial + 1 })
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-filter-announcement="">
      {/* A new node each time: a screen reader reads it even when its words are the last ones again. */}
      {announced.message !== '' && <span key={announced.serial}>{announced.message}</span>}
    </div>
  )
}
