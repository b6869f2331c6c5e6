import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ACTIVITY_CATEGORIES, activityCategory } from '../../src/domain/activities/activity-categories'
import { activityHistogram, activityYears, countsByCategory } from '../../src/domain/activities/activity-histogram'
import { initialPlayback, type PlaybackAction, type PlaybackState } from '../../src/domain/activities/playback'
import { parseActivitiesFile } from '../../src/domain/dataset'
import type { Language } from '../../src/domain/town-schema'
import { Timeline } from '../../src/features/activities/timeline'
import { readDataFile, renderWithI18n } from './test-utils'

const parsed = parseActivitiesFile(JSON.parse(readDataFile('activities.json')) as unknown)
const activities = parsed.records
const years = activityYears(activities) as [number, number]
const histogram = activityHistogram(activities, 'quarter', years)
const PLAYBACK = initialPlayback(`${years[0]}-01-01`, `${years[1]}-12-31`)

afterEach(cleanup)

interface Options {
  language?: Language
  from?: string | null
  to?: string | null
  playback?: PlaybackState
}

function renderTimeline({ language = 'en', from = null, to = null, playback = PLAYBACK }: Options = {}) {
  const onPeriodChange = vi.fn<(from: string | null, to: string | null) => void>()
  const onPlayback = vi.fn<(action: PlaybackAction) => void>()
  const result = renderWithI18n(
    <Timeline histogram={histogram} years={years} from={from} to={to} onPeriodChange={onPeriodChange} playback={playback} onPlayback={onPlayback} />,
    language,
  )
  return { ...result, onPeriodChange, onPlayback }
}

/** The timeline with its period kept in state, as the app does through the URL. */
function StatefulTimeline({ onPeriodChange }: { onPeriodChange: (from: string | null, to: string | null) => void }) {
  const [period, setPeriod] = useState<{ from: string | null; to: string | null }>({ from: null, to: null })
  return (
    <Timeline
      histogram={histogram}
      years={years}
      from={period.from}
      to={period.to}
      onPeriodChange={(from, to) => {
        onPeriodChange(from, to)
        setPeriod({ from, to })
      }}
      playback={PLAYBACK}
      onPlayback={() => {}}
    />
  )
}

/** jsdom's own Window object (Vitest exposes the JSDOM instance as `jsdom`). */
function jsdomWindow(): Window {
  const instance = (globalThis as unknown as { jsdom?: { window: Window } }).jsdom
  if (!instance) throw new Error('not running in Vitest’s jsdom environment')
  return instance.window
}

function chart(): SVGSVGElement {
  return screen.getByRole('group', { name: 'Activities per quarter, stacked by kind' }) as unknown as SVGSVGElement
}

function slider(): SVGGElement {
  return screen.getByRole('slider') as unknown as SVGGElement
}

function periodText(): string | null {
  return document.querySelector('.timeline-period')?.textContent ?? null
}

describe('Timeline', () => {
  it('reads the real activities without issues', () => {
    expect(parsed.issues).toEqual([])
    expect(years).toEqual([2001, 2024])
  })

  it('draws one bar per non-empty category of each quarter, coloured by category', () => {
    renderTimeline()
    const expected = histogram.bins.flatMap((bin) =>
      Object.entries(countsByCategory(bin, activityCategory))
        .filter(([, count]) => count > 0)
        .map(([category]) => `${bin.start.toISOString().slice(0, 10)}:${category}`),
    )
    expect(expected.length).toBeGreaterThan(0)
    const bars = Array.from(chart().querySelectorAll('rect:not(.year-only)')).filter((rect) => !rect.closest('.brush'))
    expect(bars).toHaveLength(expected.length)
    // One layer (<g fill>) per category, in the order agreement, event, product.
    const layers = Array.from(chart().children).filter((child) => child.tagName === 'g' && child.hasAttribute('fill') && !child.classList.contains('brush'))
    expect(layers).toHaveLength(ACTIVITY_CATEGORIES.length)
    ACTIVITY_CATEGORIES.forEach((category, index) => {
      const count = expected.filter((key) => key.endsWith(`:${category}`)).length
      expect(layers[index]?.querySelectorAll('rect')).toHaveLength(count)
    })
    for (const bar of bars) {
      expect(Number(bar.getAttribute('height'))).toBeGreaterThan(0)
      expect(Number(bar.getAttribute('width'))).toBeGreaterThanOrEqual(1)
    }
  })

  it('draws the year-only activities in a strip, one mark per year with a title', () => {
    renderTimeline()
    const strip = Array.from(chart().querySelectorAll('rect.year-only'))
    const withYearOnly = histogram.yearOnly.filter((bin) => bin.total > 0)
    expect(strip).toHaveLength(withYearOnly.length)
    expect(strip.map((rect) => rect.querySelector('title')?.textContent)).toEqual(
      withYearOnly.map((bin) =>
        bin.total === 1
          ? `1 activity in ${bin.start.getUTCFullYear()} (month not known)`
          : `${bin.total} activities in ${bin.start.getUTCFullYear()} (month not known)`,
      ),
    )
    expect(strip.map((rect) => rect.querySelector('title')?.textContent)).toContain('2 activities in 2008 (month not known)')
  })

  it('says how many activities have no date', () => {
    renderTimeline()
    expect(screen.getByText(`${histogram.undated} without a date`)).toBeInTheDocument()
    expect(histogram.undated).toBe(activities.filter((item) => item.start === null).length)
  })

  it('shows "all years" without a period, and the period in the reader’s language with one', () => {
    renderTimeline()
    expect(periodText()).toBe('all years')
    expect(slider()).toHaveAttribute('aria-valuetext', 'all years')
    expect(screen.queryByRole('button', { name: 'Show all years' })).toBeNull()
    cleanup()
    renderTimeline({ from: '2019-01-01', to: '2019-12-31' })
    expect(periodText()).toBe('1 January 2019 – 31 December 2019')
    expect(slider()).toHaveAttribute('aria-valuetext', '1 January 2019 – 31 December 2019')
    cleanup()
    renderTimeline({ language: 'de', from: '2019-01-01', to: '2019-12-31' })
    expect(periodText()).toBe('1. Januar 2019 – 31. Dezember 2019')
  })

  it('shows, draws and clears a period open at one end (playback moves only its end)', async () => {
    const user = userEvent.setup()
    // Playing from "all years" sets only `to`; the network filters' date inputs can set either end alone.
    const { onPeriodChange } = renderTimeline({ from: null, to: '2019-06-30' })
    expect(periodText()).toBe('– 30 June 2019')
    expect(slider()).toHaveAttribute('aria-valuetext', '– 30 June 2019')
    const selection = slider().querySelector('rect.selection') as Element
    expect(selection.getAttribute('display')).not.toBe('none')
    expect(Number(selection.getAttribute('x'))).toBeCloseTo(14, 5)
    await user.click(screen.getByRole('button', { name: 'Show all years' }))
    expect(onPeriodChange).toHaveBeenCalledExactlyOnceWith(null, null)
    cleanup()

    renderTimeline({ language: 'de', from: '2019-01-01', to: null })
    expect(periodText()).toBe('1. Januar 2019 –')
    expect(screen.getByRole('button', { name: 'Alle Jahre zeigen' })).toBeInTheDocument()
    const open = slider().querySelector('rect.selection') as Element
    expect(Number(open.getAttribute('x')) + Number(open.getAttribute('width'))).toBeCloseTo(586, 0)
  })

  it('moves a period open at one end from where it is drawn', async () => {
    const user = userEvent.setup()
    const { onPeriodChange } = renderTimeline({ from: null, to: '2019-06-30' })
    slider().focus()
    await user.keyboard('{ArrowRight}')
    expect(onPeriodChange).toHaveBeenLastCalledWith('2001-02-01', '2019-07-31')
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}')
    expect(onPeriodChange).toHaveBeenLastCalledWith('2001-01-01', '2019-05-31')
  })

  it('draws the period given from outside as the brush selection', () => {
    renderTimeline({ from: '2019-01-01', to: '2019-12-31' })
    const selection = slider().querySelector('rect.selection')
    expect(selection).not.toBeNull()
    expect(selection?.getAttribute('display')).not.toBe('none')
    expect(Number(selection?.getAttribute('width'))).toBeGreaterThan(0)
  })

  it('is labelled and described for the keyboard', () => {
    renderTimeline()
    const brush = slider()
    expect(brush).toHaveAccessibleName('Period')
    expect(brush).toHaveAttribute('tabindex', '0')
    expect(brush).toHaveAccessibleDescription(/move it by a month/)
  })

  describe('keyboard on the brush', () => {
    const period = { from: '2019-01-01', to: '2019-12-31' }

    it('ArrowRight and ArrowLeft move the period by a month', async () => {
      const user = userEvent.setup()
      const { onPeriodChange } = renderTimeline(period)
      slider().focus()
      expect(slider()).toHaveFocus()
      await user.keyboard('{ArrowRight}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2019-02-01', '2020-01-31')
      await user.keyboard('{ArrowLeft}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2018-12-01', '2019-11-30')
      expect(onPeriodChange).toHaveBeenCalledTimes(2)
    })

    it('Shift+ArrowRight and Shift+ArrowLeft move the end only', async () => {
      const user = userEvent.setup()
      const { onPeriodChange } = renderTimeline(period)
      slider().focus()
      await user.keyboard('{Shift>}{ArrowRight}{/Shift}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2019-01-01', '2020-01-31')
      await user.keyboard('{Shift>}{ArrowLeft}{/Shift}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2019-01-01', '2019-11-30')
    })

    it('Alt+ArrowRight and Alt+ArrowLeft move the period by a year', async () => {
      const user = userEvent.setup()
      const { onPeriodChange } = renderTimeline(period)
      slider().focus()
      await user.keyboard('{Alt>}{ArrowRight}{/Alt}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2020-01-01', '2020-12-31')
      await user.keyboard('{Alt>}{ArrowLeft}{/Alt}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2018-01-01', '2018-12-31')
    })

    it('Shift+Alt+ArrowRight lengthens the period by a year', async () => {
      const user = userEvent.setup()
      const { onPeriodChange } = renderTimeline(period)
      slider().focus()
      await user.keyboard('{Shift>}{Alt>}{ArrowRight}{/Alt}{/Shift}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2019-01-01', '2020-12-31')
    })

    it('Escape clears the period', async () => {
      const user = userEvent.setup()
      const { onPeriodChange } = renderTimeline(period)
      slider().focus()
      await user.keyboard('{Escape}')
      expect(onPeriodChange).toHaveBeenCalledExactlyOnceWith(null, null)
    })

    it('without a period, the arrows start from the last year of the data', async () => {
      const user = userEvent.setup()
      const { onPeriodChange } = renderTimeline()
      slider().focus()
      await user.keyboard('{ArrowRight}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2024-02-01', '2025-01-31')
      await user.keyboard('{Shift>}{ArrowLeft}{/Shift}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2024-01-01', '2024-11-30')
    })

    it('ignores other keys', async () => {
      const user = userEvent.setup()
      const { onPeriodChange } = renderTimeline(period)
      slider().focus()
      await user.keyboard('{Enter}a{Tab}')
      expect(onPeriodChange).not.toHaveBeenCalled()
    })

    it('takes ArrowUp and ArrowDown like right and left, and Home and End to the first and last year', async () => {
      const user = userEvent.setup()
      const { onPeriodChange } = renderTimeline(period)
      slider().focus()
      await user.keyboard('{ArrowUp}')
      await user.keyboard('{Home}')
      await user.keyboard('{End}')
      const calls = onPeriodChange.mock.calls
      expect(calls[1]).toEqual([`${years[0]}-01-01`, `${years[0]}-12-31`])
      expect(calls[2]).toEqual([`${years[1]}-01-01`, `${years[1]}-12-31`])
      expect(slider()).toHaveAttribute('aria-valuemin', String(years[0]))
      expect(slider()).toHaveAttribute('aria-valuemax', String(years[1]))
    })

    it('can be reached with Tab and keeps following its own period', async () => {
      const user = userEvent.setup()
      const onPeriodChange = vi.fn()
      renderWithI18n(<StatefulTimeline onPeriodChange={onPeriodChange} />, 'en')
      // Tab order: the play button, the speed select, then the brush.
      await user.tab()
      await user.tab()
      await user.tab()
      expect(slider()).toHaveFocus()
      await user.keyboard('{ArrowRight}{ArrowRight}')
      expect(onPeriodChange).toHaveBeenLastCalledWith('2024-03-01', '2025-02-28')
      expect(periodText()).toBe('1 March 2024 – 28 February 2025')
      await user.keyboard('{Escape}')
      expect(periodText()).toBe('all years')
    })
  })

  it('clears the period with its "Show all years" button', async () => {
    const user = userEvent.setup()
    const { onPeriodChange } = renderTimeline({ from: '2019-01-01', to: '2019-12-31' })
    await user.click(screen.getByRole('button', { name: 'Show all years' }))
    expect(onPeriodChange).toHaveBeenCalledExactlyOnceWith(null, null)
  })

  it('reports a period brushed with the mouse, snapped to whole months', () => {
    const onPeriodChange = vi.fn()
    renderWithI18n(<StatefulTimeline onPeriodChange={onPeriodChange} />, 'en')
    const overlay = slider().querySelector('rect.overlay') as Element
    expect(overlay).not.toBeNull()
    // jsdom has no layout: the chart is 600 px wide (the fallback), the years 2001–2024 span x = 14..586,
    // and d3 reads the pointer from clientX against a zero bounding box.
    const x = (year: number) => 14 + ((year - 2001) / 24) * 572
    // d3's brush follows the gesture on event.view, as browsers always set it. Under Vitest the global
    // `window` is not jsdom's Window object (jsdom rejects it as a view, and user-event's pointer leaves
    // view null, so d3-drag's nodrag(view) throws reading view.document); jsdom's own window is.
    const view = jsdomWindow()
    const mouse = (type: string, year: number) => new MouseEvent(type, { clientX: x(year), clientY: 20, view, bubbles: true, cancelable: true })
    act(() => {
      fireEvent(overlay, mouse('mousedown', 2019))
      fireEvent(view, mouse('mousemove', 2021))
      fireEvent(view, mouse('mouseup', 2021))
    })
    expect(onPeriodChange).toHaveBeenCalledExactlyOnceWith('2019-01-01', '2020-12-31')
    expect(periodText()).toBe('1 January 2019 – 31 December 2020')
    // The period set from outside is drawn back as the brush selection, without reporting it again.
    const selection = slider().querySelector('rect.selection') as Element
    expect(Number(selection.getAttribute('x'))).toBeCloseTo(x(2019), 0)
    expect(Number(selection.getAttribute('x')) + Number(selection.getAttribute('width'))).toBeCloseTo(x(2021) - 572 / 24 / 365, 0)
    expect(onPeriodChange).toHaveBeenCalledOnce()
  })

  it('clears the period when the chart is clicked without dragging, as d3 brushes do', () => {
    const onPeriodChange = vi.fn()
    renderWithI18n(<StatefulTimeline onPeriodChange={onPeriodChange} />, 'en')
    const overlay = slider().querySelector('rect.overlay') as Element
    const view = jsdomWindow()
    const mouse = (type: string, clientX: number) => new MouseEvent(type, { clientX, clientY: 20, view, bubbles: true, cancelable: true })
    act(() => {
      fireEvent(overlay, mouse('mousedown', 100))
      fireEvent(view, mouse('mousemove', 300))
      fireEvent(view, mouse('mouseup', 300))
    })
    expect(onPeriodChange).toHaveBeenCalledTimes(1)
    expect(periodText()).not.toBe('all years')
    act(() => {
      fireEvent(overlay, mouse('mousedown', 500))
      fireEvent(view, mouse('mouseup', 500))
    })
    expect(onPeriodChange).toHaveBeenLastCalledWith(null, null)
    expect(periodText()).toBe('all years')
  })

  describe('playback controls', () => {
    it('the play button toggles playback and shows whether it plays', async () => {
      const user = userEvent.setup()
      const { onPlayback, rerender } = renderTimeline()
      const group = screen.getByRole('group', { name: 'Playback' })
      const play = within(group).getByRole('button', { name: 'Play' })
      expect(play).toHaveAttribute('aria-pressed', 'false')
      await user.click(play)
      expect(onPlayback).toHaveBeenCalledExactlyOnceWith({ type: 'toggle' })

      rerender(
        <Timeline
          histogram={histogram}
          years={years}
          from={null}
          to={null}
          onPeriodChange={() => {}}
          playback={{ ...PLAYBACK, status: 'playing' }}
          onPlayback={onPlayback}
        />,
      )
      const pause = within(group).getByRole('button', { name: 'Pause' })
      expect(pause).toHaveAttribute('aria-pressed', 'true')
      await user.click(pause)
      expect(onPlayback).toHaveBeenLastCalledWith({ type: 'toggle' })
    })

    it('the speed select sets the speed as a number', async () => {
      const user = userEvent.setup()
      const { onPlayback } = renderTimeline()
      const speed = screen.getByRole('combobox', { name: 'Speed' })
      expect(speed).toHaveValue('1')
      expect(within(speed).getAllByRole('option').map((option) => option.textContent)).toEqual(['1×', '2×', '4×'])
      await user.selectOptions(speed, '2')
      expect(onPlayback).toHaveBeenCalledExactlyOnceWith({ type: 'speed', speed: 2 })
    })

    it('shows the speed it is given', () => {
      renderTimeline({ playback: { ...PLAYBACK, speed: 4 } })
      expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveValue('4')
    })
  })
})
