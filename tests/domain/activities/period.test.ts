import { describe, expect, it } from 'vitest'
import { dateToDay, dayToDate, periodFromDates, resizePeriod, shiftPeriod } from '../../../src/domain/activities/period'

const at = (value: string) => new Date(`${value}Z`)

describe('dayToDate and dateToDay', () => {
  it('read and write ISO days at UTC midnight', () => {
    expect(dayToDate('2019-03-07').toISOString()).toBe('2019-03-07T00:00:00.000Z')
    expect(dateToDay(new Date(Date.UTC(2019, 2, 7, 23, 59)))).toBe('2019-03-07')
    expect(dateToDay(dayToDate('2020-02-29'))).toBe('2020-02-29')
  })
})

describe('periodFromDates', () => {
  it('gives whole months: from the first day of the first to the last day of the last', () => {
    expect(periodFromDates(at('2019-01-01T00:00'), at('2019-04-01T00:00'))).toEqual({ from: '2019-01-01', to: '2019-03-31' })
    expect(periodFromDates(at('2019-01-01T00:00'), at('2020-01-01T00:00'))).toEqual({ from: '2019-01-01', to: '2019-12-31' })
  })

  it('widens the span to the whole months it touches', () => {
    // Early in January -> 1 January; late in March -> end of March.
    expect(periodFromDates(at('2019-01-10T00:00'), at('2019-03-25T00:00'))).toEqual({ from: '2019-01-01', to: '2019-03-31' })
    // Late in January -> 1 January; early in April -> end of April: every brushed day stays inside.
    expect(periodFromDates(at('2019-01-25T00:00'), at('2019-04-05T00:00'))).toEqual({ from: '2019-01-01', to: '2019-04-30' })
    // A brush within one month selects that month.
    expect(periodFromDates(at('2019-01-20T00:00'), at('2019-01-28T00:00'))).toEqual({ from: '2019-01-01', to: '2019-01-31' })
    // Last day of a leap February.
    expect(periodFromDates(at('2020-02-01T00:00'), at('2020-02-28T12:00'))).toEqual({ from: '2020-02-01', to: '2020-02-29' })
  })

  it('always gives at least one month', () => {
    expect(periodFromDates(at('2019-03-02T00:00'), at('2019-03-05T00:00'))).toEqual({ from: '2019-03-01', to: '2019-03-31' })
    expect(periodFromDates(at('2019-03-01T00:00'), at('2019-03-01T00:00'))).toEqual({ from: '2019-03-01', to: '2019-03-31' })
  })

  it('always starts on a first day and ends on a last day of a month, from before to', () => {
    for (const [start, end] of [
      ['2003-05-17T08:00', '2003-05-18T09:00'],
      ['2008-11-30T23:00', '2013-02-01T01:00'],
      ['2016-02-14T12:00', '2016-02-16T12:00'],
    ] as const) {
      const period = periodFromDates(at(start), at(end))
      expect(period.from.endsWith('-01')).toBe(true)
      const next = new Date(`${period.to}T00:00:00Z`)
      next.setUTCDate(next.getUTCDate() + 1)
      expect(next.getUTCDate()).toBe(1)
      expect(period.from < period.to).toBe(true)
    }
  })
})

describe('shiftPeriod', () => {
  it('moves a period by whole months, keeping its length in months', () => {
    expect(shiftPeriod('2019-01-01', '2019-12-31', 1)).toEqual({ from: '2019-02-01', to: '2020-01-31' })
    expect(shiftPeriod('2019-01-01', '2019-12-31', -1)).toEqual({ from: '2018-12-01', to: '2019-11-30' })
    expect(shiftPeriod('2019-01-01', '2019-12-31', 12)).toEqual({ from: '2020-01-01', to: '2020-12-31' })
    expect(shiftPeriod('2019-01-01', '2019-12-31', -12)).toEqual({ from: '2018-01-01', to: '2018-12-31' })
  })

  it('ends on the last day of the month, short months included', () => {
    expect(shiftPeriod('2019-12-01', '2020-01-31', 1)).toEqual({ from: '2020-01-01', to: '2020-02-29' })
    expect(shiftPeriod('2019-01-01', '2019-01-31', 1)).toEqual({ from: '2019-02-01', to: '2019-02-28' })
    expect(shiftPeriod('2019-03-01', '2019-03-31', -1)).toEqual({ from: '2019-02-01', to: '2019-02-28' })
  })

  it('widens a period that does not fall on month boundaries to whole months first', () => {
    expect(shiftPeriod('2019-01-15', '2019-03-10', 1)).toEqual({ from: '2019-02-01', to: '2019-04-30' })
    expect(shiftPeriod('2019-01-15', '2019-03-10', 0)).toEqual({ from: '2019-01-01', to: '2019-03-31' })
  })

  it('comes back where it started after moving there and back', () => {
    const there = shiftPeriod('2016-05-01', '2019-10-31', 7)
    expect(shiftPeriod(there.from, there.to, -7)).toEqual({ from: '2016-05-01', to: '2019-10-31' })
  })
})

describe('resizePeriod', () => {
  it('moves the end by whole months and keeps the start', () => {
    expect(resizePeriod('2019-01-01', '2019-12-31', 1)).toEqual({ from: '2019-01-01', to: '2020-01-31' })
    expect(resizePeriod('2019-01-01', '2019-12-31', -1)).toEqual({ from: '2019-01-01', to: '2019-11-30' })
    expect(resizePeriod('2019-01-01', '2019-12-31', -11)).toEqual({ from: '2019-01-01', to: '2019-01-31' })
    expect(resizePeriod('2019-01-01', '2019-01-31', 1)).toEqual({ from: '2019-01-01', to: '2019-02-28' })
  })

  it('never ends before the end of the first month', () => {
    expect(resizePeriod('2019-01-01', '2019-12-31', -12)).toEqual({ from: '2019-01-01', to: '2019-01-31' })
    expect(resizePeriod('2019-01-01', '2019-12-31', -100)).toEqual({ from: '2019-01-01', to: '2019-01-31' })
    expect(resizePeriod('2019-03-01', '2019-03-31', -1)).toEqual({ from: '2019-03-01', to: '2019-03-31' })
  })

  it('widens to whole months', () => {
    expect(resizePeriod('2019-01-15', '2019-03-10', 1)).toEqual({ from: '2019-01-01', to: '2019-04-30' })
  })
})
