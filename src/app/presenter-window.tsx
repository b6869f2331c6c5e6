import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { intlLocale } from '../domain/language'
import type { NetworkCounts } from '../domain/network/network-counts'
import { clampStep, moveStep, type TourCommand, type TourMove } from '../domain/tour/tour-navigation'
import { useStepWords } from '../features/tour/step-text'
import { useTourChannel } from '../features/tour/use-tour-channel'
import { useTourKeys } from '../features/tour/use-tour-keys'
import type { Tour } from '../url-state/tour-schema'
import type { ViewStore } from '../url-state/view-store'
import type { View } from '../url-state/view-url'

export interface PresenterWindowProps {
  tour: Tour
  figures: NetworkCounts
  view: View
  onViewChange: ViewStore['update']
}

/** Minutes and seconds since the presenter's window opened: "12:05". */
function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/**
 * `?present=1&notes=1`, on the presenter's own screen: the current and the next step, the speaker notes, a
 * clock and the time since the start. It follows the projector's window and leads it (keys and buttons).
 */
export function PresenterWindow({ tour, figures, view, onViewChange }: PresenterWindowProps) {
  const { t, i18n } = useTranslation()
  const count = tour.steps.length
  const current = clampStep(view.step, count)
  const step = tour.steps[current - 1]
  const next = tour.steps[current]
  const words = useStepWords(figures)
  const [started] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [])

  const show = useCallback((target: number) => onViewChange({ step: target }, { replace: true }), [onViewChange])
  const announce = useTourChannel(current, show)
  const go = (move: TourMove) => {
    const target = moveStep(current, count, move)
    if (target === current) return
    show(target)
    announce(target)
  }
  // Full screen, black screen and leaving belong to the projector's window.
  useTourKeys((command: TourCommand) => {
    if (command === 'next' || command === 'previous' || command === 'first' || command === 'last') go(command)
  })

  if (step === undefined) return <p className="loading" role="status">{t('present.empty')}</p>
  const clock = new Intl.DateTimeFormat(intlLocale(i18n.language), { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(now)
  const notes = words(step, 'notes')
  return (
    <div className="presenter" data-step={step.id}>
      <header className="presenter-bar">
        <h1>{t('present.notesTitle')}</h1>
        <p className="presenter-count">{t('present.stepOf', { step: current, count })}</p>
        <p className="presenter-clock">
          <span>{t('present.clock')}: <time>{clock}</time></span>
          <span>{t('present.elapsed')}: <span className="presenter-elapsed">{elapsed(now - started)}</span></span>
        </p>
      </header>
      <main className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <h2 className="presenter-label">{t('present.current')}</h2>
          <h3 id="presenter-current-title">{words(step, 'title')}</h3>
          <p>{words(step, 'text')}</p>
          <h2 className="presenter-label">{t('present.speakerNotes')}</h2>
          <p className="presenter-notes">{notes ?? t('present.noNotes')}</p>
        </section>
        <aside className="presenter-next" aria-labelledby="presenter-next-title">
          <h2 className="presenter-label" id="presenter-next-title">{t('present.upNext')}</h2>
          {next === undefined ? <p>{t('present.theEnd')}</p> : (
            <>
              <h3>{words(next, 'title')}</h3>
              <p>{words(next, 'text')}</p>
            </>
          )}
        </aside>
      </main>
      <nav className="presenter-controls" aria-label={t('present.label')}>
        <button type="button" onClick={() => go('previous')} disabled={current === 1}>‹ {t('present.previous')}</button>
        <button type="button" onClick={() => go('next')} disabled={current === count}>{t('present.next')} ›</button>
      </nav>
    </div>
  )
}
