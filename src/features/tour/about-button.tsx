import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset } from '../../domain/dataset'
import { useTour } from './use-tour'
import { AboutDialog } from './about-dialog'
import { aboutSeen, rememberAboutSeen } from './about-seen'

export interface AboutButtonProps {
  dataset: Dataset | null
  /** Open by itself on a first visit (the browser has not seen it dismissed). */
  openOnFirstVisit: boolean
  tourHref: string
}

/** The header's "About" button and its dialog; on a first visit the dialog opens by itself, once. */
export function AboutButton({ dataset, openOnFirstVisit, tourHref }: AboutButtonProps) {
  const { t } = useTranslation()
  // The tour is fetched only when the dialog is wanted: on a first visit, or when the reader asks.
  const [open, setOpen] = useState(() => openOnFirstVisit && !aboutSeen())
  const [wanted, setWanted] = useState(open)
  const tour = useTour(dataset, wanted)
  const ready = tour.status === 'ready' && tour.tour.steps.length > 0
  return (
    <>
      <button type="button" className="header-button about-button" onClick={() => {
        setWanted(true)
        setOpen(true)
      }} title={t('about.hint')}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 7v4.5M8 4.2v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="header-button-text">{t('about.button')}</span>
      </button>
      {ready && (
        <AboutDialog
          open={open && ready}
          tour={tour.tour}
          figures={tour.figures}
          tourHref={tourHref}
          onClose={() => {
            rememberAboutSeen()
            setOpen(false)
          }}
        />
      )}
    </>
  )
}
