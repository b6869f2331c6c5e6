import { describe, expect, it } from 'vitest'
import { earliestDay, isOrderedPeriod, latestDay, parsePartialDate } from '../../src/domain/partial-date'

describe('partial dates', () => {
  it('keeps the precision the source gives', () => {
    expect(parsePartialDate('2019')).toEqual({ year: 2019, precision: 'year' })
    expect(parsePartialDate('2019-09')).toEqual({ year: 2019, month: 9, precision: 'month' })
    expect(parsePartialDate('2019-03-07')).toEqual({ year: 2019, month: 3, day: 7, precision: 'day' })
  })

  it('rejects dates that do not exist', () => {
    expect(parsePartialDate('2019-02-29')).toBeNull()
    expect(parsePartialDate('2020-02-29')).not.toBeNull()
    expect(parsePartialDate('2019-13')).toBeNull()
    expect(parsePartialDate('19-03-07')).toBeNull()
    expect(parsePartialDate('2019-3-7')).toBeNull()
  })

  it('spans the whole month or year it names', () => {
    expect(earliestDay('2019-09')).toBe('2019-09-01')
    expect(latestDay('2019-09')).toBe('2019-09-30')
    expect(latestDay('2020-02')).toBe('2020-02-29')
    expect(latestDay('2013')).toBe('2013-12-31')
  })

  it('orders periods by their widest reading', () => {
    expect(isOrderedPeriod('2016-05', '2016')).toBe(true)
    expect(isOrderedPeriod('2017-09-01', '2017-03')).toBe(false)
    expect(isOrderedPeriod('2008-03-31', '2013-03-30')).toBe(true)
  })
})
