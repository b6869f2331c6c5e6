import { max, scaleLinear, scaleUtc, stack } from 'd3'
import { useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTIVITY_CATEGORIES, activityCategory } from '../../domain/activities/activity-categories'
import { countsByCategory, type ActivityHistogram } from '../../domain/activities/activity-histogram'
import { dayToDate, periodFromDates, resizePeriod, shiftPeriod } from '../../domain/activities/period'
import { formatPartialDate } from '../../domain/partial-date-format'
import { ACTIVITY_COLOURS } from '../../shared/activity-palette'
import { ActivityMark } from '../../shared/activity-mark'
import { useElementWidth } from '../../shared/use-element-width'
import { PlaybackControls, type PlaybackControlsProps } from './playback-controls'
import { useBrushX } from './use-brush'

export interface TimelineProps extends PlaybackControlsProps {
  histogram: ActivityHistogram
  years: [number, number]
  from: string | null
  to: string | null
  onPeriodChange: (from: string | null, to: string | null) => void
  /** Opens the list, where the activities the timeline cannot place (no date) are found. */
  onShowList?: () => void
}

const HEIGHT = 92
const BARS = { top: 4, bottom: 52 }
const STRIP = { top: 56, bottom: 66 }
const MARGIN = 14

/**
 * Activities through time: a histogram per quarter stacked by category, the year-only activities in a
 * strip below, and a brush that selects the period (also by keyboard: arrows move it, Shift+arrows resize).
 */
export function Timeline(props: TimelineProps) {
  const { histogram, years, from, to, onPeriodChange } = props
  const { t, i18n } = useTranslation()
  const container = useRef<HTMLDivElement>(null)
  const brushGroup = useRef<SVGGElement>(null)
  const width = Math.max(240, useElementWidth(container))
  const x = useMemo(
    () => scaleUtc().domain([new Date(Date.UTC(years[0], 0, 1)), new Date(Date.UTC(years[1] + 1, 0, 1))]).range([MARGIN, width - MARGIN]),
    [years, width],
  )
  const rows = histogram.bins.map((bin) => ({ start: bin.start, end: bin.end, ...zeroes(), ...countsByCategory(bin, activityCategory) }))
  const layers = stack<(typeof rows)[number], string>().keys(ACTIVITY_CATEGORIES)(rows)
  const y = scaleLinear().domain([0, Math.max(1, max(histogram.bins, (bin) => bin.total) ?? 1)]).range([BARS.bottom, BARS.top])
  const stripMax = Math.max(1, max(histogram.yearOnly, (bin) => bin.total) ?? 1)

  // A period may be open at one end (playback moves only `to`; the date inputs set either end alone):
  // it is drawn, shown and moved as reaching the edge of the chart.
  const bounded = from !== null || to !== null
  const start = from ?? `${years[0]}-01-01`
  const end = to ?? `${years[1]}-12-31`
  const selection: [number, number] | null = bounded ? [x(dayToDate(start)), x(dayToDate(end))] : null
  useBrushX(brushGroup, [[MARGIN, 0], [width - MARGIN, STRIP.bottom]], selection, (pixels) => {
    if (pixels === null) return onPeriodChange(null, null)
    const period = periodFromDates(x.invert(pixels[0]), x.invert(pixels[1]))
    onPeriodChange(period.from, period.to)
  })

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowUp' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowDown' ? -1 : 0
    if (step === 0 && !['Escape', 'Home', 'End'].includes(event.key)) return
    event.preventDefault()
    if (event.key === 'Escape') return onPeriodChange(null, null)
    if (event.key === 'Home') return onPeriodChange(`${years[0]}-01-01`, `${years[0]}-12-31`)
    if (event.key === 'End') return onPeriodChange(`${years[1]}-01-01`, `${years[1]}-12-31`)
    const months = step * (event.altKey ? 12 : 1)
    const current = bounded ? { from: start, to: end } : { from: `${years[1]}-01-01`, to: `${years[1]}-12-31` }
    const next = event.shiftKey ? resizePeriod(current.from, current.to, months) : shiftPeriod(current.from, current.to, months)
    onPeriodChange(next.from, next.to)
  }

  const period = bounded
    ? `${from === null ? '' : formatPartialDate(from, i18n.language)} – ${to === null ? '' : formatPartialDate(to, i18n.language)}`.trim()
    : t('timeline.allTime')
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-head">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <span className="timeline-period" aria-live="polite">{period}</span>
        <span className="hint" title={t('timeline.keys')}>{t('timeline.hint')}</span>
        {bounded && <button type="button" className="text-button" onClick={() => onPeriodChange(null, null)}>{t('timeline.clear')}</button>}
        <PlaybackControls playback={props.playback} onPlayback={props.onPlayback} />
      </div>
      <div ref={container} className="timeline-chart">
        <svg width={width} height={HEIGHT} aria-hidden="false" role="group" aria-label={t('timeline.chartLabel')}>
          {layers.map((layer) => (
            <g key={layer.key} fill={ACTIVITY_COLOURS[layer.key as keyof typeof ACTIVITY_COLOURS]}>
              {layer.map((point, index) => {
                const row = rows[index]
                if (!row || point[1] === point[0]) return null
                return <rect key={index} x={x(row.start) + 0.5} width={Math.max(1, x(row.end) - x(row.start) - 1)} y={y(point[1])} height={y(point[0]) - y(point[1])} />
              })}
            </g>
          ))}
          {histogram.yearOnly.filter((bin) => bin.total > 0).map((bin) => (
            <rect
              key={bin.start.toISOString()}
              className="year-only"
              x={x(bin.start) + 1}
              width={Math.max(1, x(bin.end) - x(bin.start) - 2)}
              y={STRIP.top}
              height={STRIP.bottom - STRIP.top}
              opacity={0.35 + 0.65 * (bin.total / stripMax)}
            >
              <title>{t('timeline.yearOnly', { count: bin.total, year: bin.start.getUTCFullYear() })}</title>
            </rect>
          ))}
          <g transform={`translate(0, ${STRIP.bottom + 4})`} className="axis">
            {x.ticks(Math.max(2, Math.floor(width / 70))).map((tick) => (
              <g key={tick.toISOString()} transform={`translate(${x(tick)}, 0)`}>
                <line y2="5" stroke="#999" />
                <text y="16" textAnchor="middle" fontSize="11">{tick.getUTCFullYear()}</text>
              </g>
            ))}
          </g>
          <g
            ref={brushGroup}
            className="brush"
            tabIndex={0}
            role="slider"
            aria-valuemin={years[0]}
            aria-valuemax={years[1]}
            aria-valuenow={from === null ? years[0] : Number(from.slice(0, 4))}
            aria-label={t('timeline.brushLabel')}
            aria-valuetext={period}
            aria-describedby="timeline-keys"
            onKeyDown={onKeyDown}
          />
        </svg>
      </div>
      <p className="hint timeline-legend">
        {ACTIVITY_CATEGORIES.map((category) => (
          <span key={category} className="legend-item"><ActivityMark category={category} /> {t(`activities.category.${category}`)}</span>
        ))}
        <span className="legend-item"><span className="year-only-swatch" /> {t('timeline.yearOnlyLegend')}</span>
        {histogram.undated > 0 && (
          <span className="legend-item">
            {props.onShowList ? (
              <button type="button" className="text-button" onClick={props.onShowList}>{t('timeline.undated', { count: histogram.undated })}</button>
            ) : (
              t('timeline.undated', { count: histogram.undated })
            )}
          </span>
        )}
      </p>
      <p id="timeline-keys" className="visually-hidden">{t('timeline.keys')}</p>
    </section>
  )
}

function zeroes(): Record<string, number> {
  return Object.fromEntries(ACTIVITY_CATEGORIES.map((category) => [category, 0]))
}

