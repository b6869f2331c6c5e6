import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { NetworkCounts } from '../../domain/network/network-counts'
import type { Tour } from '../../url-state/tour-schema'
import { useModalDialog } from '../../shared/use-modal-dialog'
import { useStepWords } from './step-text'

/** How many of the tour's steps "About this network" tells: what the network is and how it came about. */
export const ABOUT_STEPS = 3

export interface AboutDialogProps {
  open: boolean
  tour: Tour
  figures: NetworkCounts
  /** The address of the guided tour (the presentation) in the reader's language. */
  tourHref: string
  onClose: () => void
}

/**
 * "About this network": the first steps of the guided tour (data/tour.json) as a short text, so that a
 * first visitor learns what the map shows, with the way into the whole tour. A native modal dialog.
 */
export function AboutDialog({ open, tour, figures, tourHref, onClose }: AboutDialogProps) {
  const { t } = useTranslation()
  const id = useId()
  const explore = useRef<HTMLButtonElement>(null)
  const { ref, close, handlers } = useModalDialog(open, explore)
  const words = useStepWords(figures)
  const steps = tour.steps.slice(0, ABOUT_STEPS)
  return (
    <dialog ref={ref} className="about-dialog" aria-labelledby={`${id}-title`} onClose={onClose} {...handlers}>
      {open && (
        <div className="about-body">
          <div className="about-head">
            <h2 id={`${id}-title`}>{t('about.title')}</h2>
            <button type="button" className="dialog-close" aria-label={t('about.close')} onClick={close}>×</button>
          </div>
          {steps.map((step) => (
            <section key={step.id} aria-labelledby={`${id}-${step.id}`}>
              <h3 id={`${id}-${step.id}`}>{words(step, 'title')}</h3>
              <p>{words(step, 'text')}</p>
            </section>
          ))}
          <p className="about-actions">
            <a className="about-tour" href={tourHref}>{t('about.tour', { count: tour.steps.length })}</a>
            <button type="button" ref={explore} onClick={close}>{t('about.explore')}</button>
          </p>
        </div>
      )}
    </dialog>
  )
}
