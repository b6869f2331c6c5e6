import { describe, expect, it } from 'vitest'
import { activityCategory } from '../../../src/domain/activities/activity-categories'
import {
  activityHistogram,
  activityYears,
  countsByCategory,
  type ActivityHistogram,
  type HistogramBin,
} from '../../../src/domain/activities/activity-histogram'
import { activity, loadFixtureDataset } from './make-activity'

const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day))
const iso = (date: Date) => date.toISOString().slice(0, 10)

/** The bin that starts on this ISO day. */
function binAt(histogram: ActivityHistogram, day: string): HistogramBin {
  const bin = histogram.bins.find((candidate) => iso(candidate.start) === day)
  if (!bin) throw new Error(`no bin starting ${day}`)
  return bin
}

function totals(bins: readonly HistogramBin[]): number {
  return bins.reduce((sum, bin) => sum + bin.total, 0)
}

describe('activityHistogram per quarter', () => {
  it('has four quarters per year, each from its first day to the first day of the next', () => {
    const histogram = activityHistogram([], 'quarter', [2019, 2020])
    expect(histogram.interval).toBe('quarter')
    expect(histogram.bins.map((bin) => [iso(bin.start), iso(bin.end)])).toEqual([
      ['2019-01-01', '2019-04-01'],
      ['2019-04-01', '2019-07-01'],
      ['2019-07-01', '2019-10-01'],
      ['2019-10-01', '2020-01-01'],
      ['2020-01-01', '2020-04-01'],
      ['2020-04-01', '2020-07-01'],
      ['2020-07-01', '2020-10-01'],
      ['2020-10-01', '2021-01-01'],
    ])
    expect(histogram.bins[0]?.start).toEqual(utc(2019, 1))
    expect(histogram.bins[0]?.end).toEqual(utc(2019, 4))
    expect(histogram.yearOnly.map((bin) => [iso(bin.start), iso(bin.end)])).toEqual([
      ['2019-01-01', '2020-01-01'],
      ['2020-01-01', '2021-01-01'],
    ])
    expect(histogram.undated).toBe(0)
    expect(histogram.bins.every((bin) => bin.total === 0 && Object.keys(bin.counts).length === 0)).toBe(true)
  })

  it('puts the last day of a quarter in that quarter and the first day of the next in the next', () => {
    const histogram = activityHistogram(
      [
        activity('jan-first', { start: '2019-01-01', kind: 'signing' }),
        activity('march-last', { start: '2019-03-31', kind: 'meeting' }),
        activity('april-first', { start: '2019-04-01', kind: 'meeting' }),
        activity('june-last', { start: '2019-06-30', kind: 'workshop' }),
        activity('december-last', { start: '2019-12-31', kind: 'festival' }),
      ],
      'quarter',
      [2019, 2019],
    )
    expect(binAt(histogram, '2019-01-01')).toMatchObject({ total: 2, counts: { signing: 1, meeting: 1 } })
    expect(binAt(histogram, '2019-04-01')).toMatchObject({ total: 2, counts: { meeting: 1, workshop: 1 } })
    expect(binAt(histogram, '2019-07-01')).toMatchObject({ total: 0, counts: {} })
    expect(binAt(histogram, '2019-10-01')).toMatchObject({ total: 1, counts: { festival: 1 } })
  })

  it('puts a month-precision date in the quarter of its month ("2019-09" in Q3)', () => {
    const histogram = activityHistogram([activity('september', { start: '2019-09', kind: 'conference' })], 'quarter', [2019, 2019])
    expect(binAt(histogram, '2019-07-01')).toMatchObject({ total: 1, counts: { conference: 1 } })
    expect(totals(histogram.bins)).toBe(1)
  })

  it('counts a multi-day activity once, in the bin where it starts', () => {
    const histogram = activityHistogram(
      [activity('long', { start: '2019-03-30', end: '2019-07-02', kind: 'festival' })],
      'quarter',
      [2019, 2019],
    )
    expect(binAt(histogram, '2019-01-01').total).toBe(1)
    expect(totals(histogram.bins)).toBe(1)
  })

  it('counts year-only activities per year, never in a quarter', () => {
    const histogram = activityHistogram(
      [
        activity('y2019-a', { start: '2019', kind: 'governance' }),
        activity('y2019-b', { start: '2019', kind: 'publication' }),
        activity('y2020', { start: '2020', kind: 'partner-day' }),
      ],
      'quarter',
      [2019, 2020],
    )
    expect(totals(histogram.bins)).toBe(0)
    expect(histogram.yearOnly.map((bin) => bin.total)).toEqual([2, 1])
    expect(histogram.yearOnly[0]?.counts).toEqual({ governance: 1, publication: 1 })
    expect(histogram.yearOnly[1]?.counts).toEqual({ 'partner-day': 1 })
  })

  it('counts undated activities in `undated` only', () => {
    const histogram = activityHistogram(
      [activity('undated-1'), activity('undated-2', { kind: 'pilot-project' }), activity('dated', { start: '2019-05-04' })],
      'quarter',
      [2019, 2019],
    )
    expect(histogram.undated).toBe(2)
    expect(totals(histogram.bins)).toBe(1)
    expect(totals(histogram.yearOnly)).toBe(0)
  })

  it('ignores activities outside the years, of any precision', () => {
    const histogram = activityHistogram(
      [
        activity('before', { start: '2018-12-31' }),
        activity('after', { start: '2021-01-01' }),
        activity('year-before', { start: '2018' }),
        activity('month-after', { start: '2021-01' }),
        activity('inside', { start: '2020-12-31' }),
      ],
      'quarter',
      [2019, 2020],
    )
    expect(totals(histogram.bins)).toBe(1)
    expect(binAt(histogram, '2020-10-01').total).toBe(1)
    expect(totals(histogram.yearOnly)).toBe(0)
    expect(histogram.undated).toBe(0)
  })
})

describe('activityHistogram per month', () => {
  it('has twelve months per year with exact boundaries, February of a leap year included', () => {
    const histogram = activityHistogram([], 'month', [2020, 2020])
    expect(histogram.interval).toBe('month')
    expect(histogram.bins).toHaveLength(12)
    expect(histogram.bins.map((bin) => iso(bin.start))).toEqual(
      Array.from({ length: 12 }, (_, index) => iso(utc(2020, index + 1))),
    )
    expect(histogram.bins.map((bin) => iso(bin.end))).toEqual(
      Array.from({ length: 12 }, (_, index) => iso(utc(2020, index + 2))),
    )
    expect(iso(histogram.bins[1]?.start as Date)).toBe('2020-02-01')
    expect(iso(histogram.bins[1]?.end as Date)).toBe('2020-03-01')
  })

  it('bins by month, month-precision dates included, year-only ones apart', () => {
    const histogram = activityHistogram(
      [
        activity('march-last', { start: '2019-03-31', kind: 'signing' }),
        activity('april-first', { start: '2019-04-01', kind: 'meeting' }),
        activity('september', { start: '2019-09', kind: 'conference' }),
        activity('september-day', { start: '2019-09-06', kind: 'conference' }),
        activity('year', { start: '2019', kind: 'governance' }),
        activity('undated'),
      ],
      'month',
      [2019, 2019],
    )
    expect(binAt(histogram, '2019-03-01')).toMatchObject({ total: 1, counts: { signing: 1 } })
    expect(binAt(histogram, '2019-04-01')).toMatchObject({ total: 1, counts: { meeting: 1 } })
    expect(binAt(histogram, '2019-09-01')).toMatchObject({ total: 2, counts: { conference: 2 } })
    expect(totals(histogram.bins)).toBe(4)
    expect(histogram.yearOnly[0]?.total).toBe(1)
    expect(histogram.undated).toBe(1)
  })
})

describe('activityYears', () => {
  it('spans the years of starts and ends of dated activities', () => {
    expect(
      activityYears([
        activity('a', { start: '2012-06-22' }),
        activity('b', { start: '2016-04', end: '2021' }),
        activity('c', { start: '2008' }),
        activity('undated'),
      ]),
    ).toEqual([2008, 2021])
  })

  it('is one year for one date', () => {
    expect(activityYears([activity('a', { start: '2019-09' })])).toEqual([2019, 2019])
  })

  it('is null without any dated activity', () => {
    expect(activityYears([])).toBeNull()
    expect(activityYears([activity('undated-1'), activity('undated-2')])).toBeNull()
  })
})

describe('countsByCategory', () => {
  it('sums the kinds of a bin per category', () => {
    const bin: HistogramBin = {
      start: utc(2019, 1),
      end: utc(2019, 4),
      counts: { signing: 2, founding: 1, conference: 3, meeting: 1, 'pilot-project': 4 },
      total: 11,
    }
    expect(countsByCategory(bin, activityCategory)).toEqual({ agreement: 3, event: 4, product: 4 })
  })

  it('leaves out categories without activities, and is empty for an empty bin', () => {
    const bin: HistogramBin = { start: utc(2019, 1), end: utc(2019, 4), counts: { voucher: 2 }, total: 2 }
    expect(countsByCategory(bin, activityCategory)).toEqual({ product: 2 })
    expect(countsByCategory({ ...bin, counts: {}, total: 0 }, activityCategory)).toEqual({})
  })

  it('groups by any function of the kind', () => {
    const bin: HistogramBin = { start: utc(2019, 1), end: utc(2019, 4), counts: { signing: 2, meeting: 1 }, total: 3 }
    expect(countsByCategory(bin, () => 'all')).toEqual({ all: 3 })
  })
})

describe('the histogram of the real data', () => {
  const { activities } = loadFixtureDataset()
  const years = activityYears(activities)

  it('has the 36 activities of activities.json (the snapshot of data/), all valid', () => {
    expect(activities).toHaveLength(36)
    expect(years).not.toBeNull()
  })

  it.each(['quarter', 'month'] as const)('places every activity exactly once per %s: bins + year-only + undated', (interval) => {
    const histogram = activityHistogram(activities, interval, years as [number, number])
    expect(totals(histogram.bins) + totals(histogram.yearOnly) + histogram.undated).toBe(activities.length)
    expect(histogram.undated).toBe(activities.filter((item) => item.start === null).length)
    expect(totals(histogram.yearOnly)).toBe(activities.filter((item) => item.start !== null && /^\d{4}$/.test(item.start)).length)
    for (const bin of [...histogram.bins, ...histogram.yearOnly]) {
      expect(Object.values(bin.counts).reduce((sum, count) => sum + (count ?? 0), 0)).toBe(bin.total)
    }
  })

  it('spans the years of the data and puts known records where they belong', () => {
    const [from, to] = years as [number, number]
    expect(from).toBe(Math.min(...activities.flatMap((item) => (item.start ? [Number(item.start.slice(0, 4))] : []))))
    expect(to).toBe(Math.max(...activities.flatMap((item) => (item.start ? [Number(item.start.slice(0, 4))] : []))))
    const histogram = activityHistogram(activities, 'quarter', [from, to])
    expect(histogram.bins).toHaveLength((to - from + 1) * 4)
    // forum24-pact-signing-2019-03-07 (a signing) is in Q1 2019; the closing conference "2019-09" in Q3.
    expect(binAt(histogram, '2019-01-01').counts.signing).toBeGreaterThanOrEqual(1)
    const conferencesQ3 = activities.filter((item) => item.kind === 'conference' && item.start?.startsWith('2019-0') && ['07', '08', '09'].includes(item.start.slice(5, 7)))
    expect(conferencesQ3.map((item) => item.id)).toContain('hu-closing-conference-lenti-2019-09')
    expect(binAt(histogram, '2019-07-01').counts.conference).toBe(conferencesQ3.length)
  })
})
