import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PaddingOptions } from 'maplibre-gl'
import type { Dataset } from '../domain/dataset'
import type { NetworkCounts } from '../domain/network/network-counts'
import { clampStep, createKioskTimer, moveStep, type KioskTimer, type TourCommand, type TourMove } from '../domain/tour/tour-navigation'
import { useStepWords } from '../features/tour/step-text'
import { useTourChannel } from '../features/tour/use-tour-channel'
import { toggleFullscreen, useTourKeys } from '../features/tour/use-tour-keys'
import type { Tour } from '../url-state/tour-schema'
import type { ViewStore } from '../url-state/view-store'
import type { View } from '../url-state/view-url'
import { Explorer } from './explorer'

/** A kiosk paused by a visitor goes on by itself after this long without a key or a touch. */
const KIOSK_RESUME_MS = 60_000

export interface PresentShellProps {
  dataset: Dataset
  tour: Tour
  figures: NetworkCounts
  view: View
  onViewChange: ViewStore['update']
}

/** How much larger the map's labels are on this screen: about 30 px at 1920 px wide (read from the back of a hall). */
function mapScale(): number {
  return Math.min(2.4, Math.max(1, window.innerWidth / 800))
}

/** Where the map must keep clear of the caption: beside it on a wide screen, above it on a narrow one. */
function captionPadding(caption: HTMLElement | null): PaddingOptions {
  const base = { top: 56, right: 56, bottom: 110, left: 56 }
  if (!caption) return base
  const box = caption.getBoundingClientRect()
  const wide = window.innerWidth >= 900
  return wide ? { ...base, left: Math.round(box.right + 32) } : { ...base, top: 24, bottom: Math.round(window.innerHeight - box.top + 16) }
}

/**
 * The tour on a projector: the map full screen with the step's view, its title and text large beside it,
 * keys as clickers send them, a black screen, full screen, and (with ?auto=) a kiosk that loops. The step
 * is in the URL; the presenter's window follows through a BroadcastChannel, and leads as well.
 */
export function PresentShell({ dataset, tour, figures, view, onViewChange }: PresentShellProps) {
  const { t } = useTranslation()
  const count = tour.steps.length
  const current = clampStep(view.step, count)
  const step = tour.steps[current - 1]
  const words = useStepWords(figures)
  const [blank, setBlank] = useState(false)
  const [paused, setPaused] = useState(false)
  const caption = useRef<HTMLElement>(null)
  const [padding, setPadding] = useState<PaddingOptions>(() => captionPadding(null))
  const [scale, setScale] = useState(mapScale)

  const show = useCallback((next: number) => onViewChange({ step: next }, { replace: true }), [onViewChange])
  const announce = useTourChannel(current, show)
  const kiosk = view.auto !== null
  const go = (move: TourMove) => {
    const next = moveStep(current, count, move, kiosk)
    setBlank(false)
    if (next === current) return
    show(next)
    announce(next)
  }
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    // The explorer opens where the story was: the step's view, in the reader's language.
    onViewChange({ ...(step?.view ?? {}), lang: view.lang, mode: 'full', step: null, presenter: false, auto: null })
  }
  const command = (name: TourCommand) => {
    if (name === 'fullscreen') toggleFullscreen()
    else if (name === 'blank') setBlank((value) => !value)
    else if (name === 'exit') leave()
    else go(name)
  }

  // The kiosk: every `auto` seconds the next step (the last leads to the first); a visitor's key or touch
  // pauses it, a minute without one lets it go on.
  const advance = useEffectEvent(() => go('next'))
  const timer = useRef<KioskTimer | null>(null)
  const resume = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => {
    if (view.auto === null) return
    const kioskTimer = createKioskTimer(view.auto, () => advance())
    timer.current = kioskTimer
    kioskTimer.start()
    return () => {
      kioskTimer.pause()
      timer.current = null
      if (resume.current !== null) clearTimeout(resume.current)
    }
  }, [view.auto])
  const onInput = () => {
    const kioskTimer = timer.current
    if (kioskTimer === null) return
    kioskTimer.pause()
    setPaused(true)
    if (resume.current !== null) clearTimeout(resume.current)
    resume.current = setTimeout(() => {
      setPaused(false)
      kioskTimer.start()
    }, KIOSK_RESUME_MS)
  }
  useTourKeys(command, onInput)

  useEffect(() => {
    const measure = () => {
      setPadding(captionPadding(caption.current))
      setScale(mapScale())
    }
    measure()
    const observer = new ResizeObserver(measure)
    if (caption.current) observer.observe(caption.current)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [current])

  if (step === undefined) return <p className="loading" role="status">{t('present.empty')}</p>
  const stepView: View = { ...step.view, lang: view.lang, mode: 'present', step: current, presenter: false, auto: view.auto }
  const sidebar = step.show?.includes('sidebar') === true
  const timeline = step.show?.includes('timeline') === true
  return (
    <div className="present" data-step={step.id} data-sidebar={sidebar} data-timeline={timeline}>
      <main className="present-stage">
        <Explorer
          dataset={dataset}
          view={stepView}
          // The story decides what the map shows: moving the map is the presenter's to do, nothing is written back.
          onViewChange={() => undefined}
          layout="present"
          step={{ fit: { key: step.id, towns: step.fit ?? null, padding }, timeline, sidebar, scale }}
        />
      </main>
      <section className="present-caption" ref={caption} aria-live="polite" aria-atomic="true" aria-labelledby="present-title">
        <p className="present-count">{t('present.stepOf', { step: current, count })}</p>
        <h1 id="present-title">{words(step, 'title')}</h1>
        <p className="present-text">{words(step, 'text')}</p>
        <div className="present-progress" aria-hidden="true">
          <span style={{ width: `${(current / count) * 100}%` }} />
        </div>
      </section>
      <nav className="present-controls" aria-label={t('present.label')}>
        <button type="button" onClick={() => go('previous')} disabled={!kiosk && current === 1}>‹ {t('present.previous')}</button>
        <button type="button" onClick={() => go('next')} disabled={!kiosk && current === count}>{t('present.next')} ›</button>
        <button type="button" onClick={toggleFullscreen}>{t('present.fullscreen')}</button>
        <button type="button" onClick={leave}>{t('present.leave')}</button>
      </nav>
      {kiosk && paused && <p className="present-paused" role="status">{t('present.paused')}</p>}
      {blank && (
        <div className="present-blank" role="status" onClick={() => setBlank(false)}>
          <span className="visually-hidden">{t('present.blank')}</span>
        </div>
      )}
    </div>
  )
}
