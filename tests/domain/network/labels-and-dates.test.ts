import { describe, expect, it } from 'vitest'
import { LANGUAGES, sameInEveryLanguage } from '../../../src/domain/localized-text'
import { formatPartialDate, formatPeriod } from '../../../src/domain/partial-date-format'
import { projectLabel } from '../../../src/domain/project-label'

/** projectLabel of a name the same in every language (the cutting rules do not depend on the language). */
const label = (id: string, name: string) => projectLabel({ id, name: sameInEveryLanguage(name) }, 'en')

describe('formatPartialDate', () => {
  it('never invents a day or a month the source lacks', () => {
    expect(formatPartialDate('2019-09', 'en')).toBe('September 2019')
    expect(formatPartialDate('2019', 'de')).toBe('2019')
    expect(formatPartialDate('2019', 'en')).toBe('2019')
  })

  it('writes a year alone as its digits in every language (Hungarian without the dot)', () => {
    expect(formatPartialDate('2017', 'hu')).toBe('2017')
    for (const language of LANGUAGES) expect(formatPartialDate('2017', language), language).toBe('2017')
  })

  it('writes a day in the reader\'s language', () => {
    expect(formatPartialDate('2019-03-07', 'de')).toBe('7. März 2019')
    expect(formatPartialDate('2019-03-07', 'en')).toBe('7 March 2019')
    expect(formatPartialDate('2019-03-07', 'hu')).toBe('2019. március 7.')
    expect(formatPartialDate('2019-09', 'sl')).toBe('september 2019')
  })

  it('writes English dates as in British English, day before month', () => {
    expect(formatPartialDate('2019-08-30', 'en')).toBe('30 August 2019')
    expect(formatPartialDate('2019-08', 'en')).toBe('August 2019')
  })

  it('does not shift a day by the time zone', () => {
    expect(formatPartialDate('2019-01-01', 'en')).toBe('1 January 2019')
    expect(formatPartialDate('2020-12-31', 'de')).toBe('31. Dezember 2020')
  })

  it('gives back what is not a date as it is', () => {
    expect(formatPartialDate('soon', 'en')).toBe('soon')
    expect(formatPartialDate('2019-02-30', 'en')).toBe('2019-02-30')
  })
})

describe('formatPeriod', () => {
  it('is null without a start', () => {
    expect(formatPeriod(null, '2013', 'en')).toBeNull()
    expect(formatPeriod(null, null, 'en')).toBeNull()
  })

  it('is the start alone without an end or when the end is the start', () => {
    expect(formatPeriod('2019-09', null, 'en')).toBe('September 2019')
    expect(formatPeriod('2019-09-06', '2019-09-06', 'de')).toBe('6. September 2019')
  })

  it('joins start and end with a spaced en dash', () => {
    expect(formatPeriod('2008', '2013', 'en')).toBe('2008 – 2013')
    expect(formatPeriod('2016-05', '2020-12', 'de')).toBe('Mai 2016 – Dezember 2020')
    expect(formatPeriod('2008-03-31', '2013-03-30', 'en')).toBe('31 March 2008 – 30 March 2013')
    expect(formatPeriod('2008', '2013', 'hu')).toBe('2008 – 2013')
  })
})

describe('projectLabel', () => {
  it('keeps the name up to its first " – " and adds the programme of the mirrored projects', () => {
    expect(label('city-cooperation-i-si-at', 'City Cooperation (I) – Izgradnja sodelovanja mest')).toBe('City Cooperation (I) · SI–AT')
    expect(label('city-cooperation-i-at-hu', 'City Cooperation (I) – Aufbau einer Kooperation')).toBe('City Cooperation (I) · AT–HU')
    expect(label('twin-city', 'Twin City – Most sodelovanja – med mesti')).toBe('Twin City')
  })

  it('keeps a name without a dash whole', () => {
    expect(label('city-cooperation-ii', 'City Cooperation II (umbrella: two mirrored projects)')).toBe('City Cooperation II (umbrella: two mirrored projects)')
  })

  it('does not cut inside parentheses', () => {
    expect(label('skupaj', 'SKUPAJ (bilateral project Gornja Radgona – Bad Radkersburg)')).toBe('SKUPAJ (bilateral project Gornja Radgona – Bad Radkersburg)')
    expect(label('x-si-at', 'X (A – B) – long title (with parentheses)')).toBe('X (A – B) · SI–AT')
  })

  it('needs the programme at the end of the id, after a dash', () => {
    expect(label('si-at-cooperation', 'Cooperation')).toBe('Cooperation')
    expect(label('khu-at-hu', 'K – x')).toBe('K · AT–HU')
  })

  it('cuts the name in the reader\'s language', () => {
    const project = {
      id: 'twin-city',
      name: { original: 'sl' as const, sl: 'Twin City – Most sodelovanja', de: 'Twin City – Brücke der Zusammenarbeit', hu: 'Ikervárosok – Az együttműködés hídja', en: 'Twin City – A bridge of cooperation' },
    }
    expect(projectLabel(project, 'hu')).toBe('Ikervárosok')
    expect(projectLabel(project, 'de')).toBe('Twin City')
  })
})
