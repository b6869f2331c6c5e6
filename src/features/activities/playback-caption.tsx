import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { newestRecords, playbackCaption, type CaptionData, type CaptionRecord } from '../../domain/activities/playback-caption'
import type { PlaybackState } from '../../domain/activities/playback'
import { textIn, type Language } from '../../domain/localized-text'
import { formatPartialDate } from '../../domain/partial-date-format'
import { projectLabel } from '../../domain/project-label'

export interface PlaybackCaptionProps {
  data: CaptionData
  playback: PlaybackState
  /** The period as the filter has it now: the caption stays while its end is where playback left it. */
  from: string | null
  to: string | null
  townName: (id: string) => string
}

/** Lines shown under the year; earlier ones are counted ("+2 earlier records this year"). */
const SHOWN = 4

/**
 * While playback runs (or is paused on the way), the year it has reached, large over the map, and the
 * records that started in it so far, newest last. Each record is announced once, politely, as it appears.
 */
export function PlaybackCaption({ data, playback, from, to, townName }: PlaybackCaptionProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  // The end playback came from: what lies after it is newly reached. Tracked as the position changes.
  const [steps, setSteps] = useState({ position: playback.position, previous: null as string | null, moved: false })
  if (steps.position !== playback.position) setSteps({ position: playback.position, previous: steps.position, moved: true })
  const caption = useMemo(
    () => playbackCaption(data, playback.position, steps.previous, from),
    [data, playback.position, steps.previous, from],
  )
  const visible = playback.status === 'playing' || (steps.moved && to === playback.position)

  const words = (record: CaptionRecord): string => {
    if (record.kind === 'link') {
      const [a, b] = record.towns
      return t('playback.link', { kind: t(`kind.${record.linkKind}`), from: townName(a), to: townName(b) })
    }
    if (record.kind === 'project') return t('playback.project', { name: projectLabel({ id: record.id, name: record.title }, language) })
    return textIn(record.title, language)
  }
  const date = (record: CaptionRecord) => formatPartialDate(record.start, language)
  const { shown, more } = newestRecords(caption.records, SHOWN)

  return (
    <>
      {/* Always there, so that the first record is announced too; each new line is one announcement. */}
      <div className="visually-hidden" aria-live="polite">
        {visible && caption.fresh.map((record) => (
          <p key={`${playback.position}:${record.id}`}>{`${date(record)} · ${words(record)}`}</p>
        ))}
      </div>
      {visible && (
        <section className="playback-caption" aria-label={t('playback.caption', { year: caption.year })}>
          <p className="playback-caption-year">{caption.year}</p>
          {more > 0 && <p className="playback-caption-more">{t('playback.more', { count: more })}</p>}
          {shown.length > 0 && (
            <ol className="playback-caption-records">
              {shown.map((record) => (
                <li key={record.id} data-kind={record.kind}>
                  <span className="playback-caption-date">{date(record)}</span>
                  {' · '}
                  <span className="playback-caption-title">{words(record)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  )
}
