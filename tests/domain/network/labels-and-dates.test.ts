import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatPartialDate, formatPeriod } from '../../../src/domain/partial-date-format'
import { projectLabel } from '../../../src/domain/project-label'
import type { Project } from '../../../src/domain/project-schema'

describe('formatPartialDate', () => {
  it('never invents a day or a month the source lacks', () => {
    expect(formatPartialDate('2019-09', 'en')).toBe('September 2019')
    expect(formatPartialDate('2019', 'de')).toBe('2019')
    expect(formatPartialDate('2019', 'en')).toBe('2019')
  })

  it('writes a day in the reader\'s language', () => {
    expect(formatPartialDate('2019-03-07', 'de')).toBe('7. März 2019')
    expect(formatPartialDate('2019-03-07', 'en')).toBe('March 7, 2019')
    expect(formatPartialDate('2019-03-07', 'hu')).toBe('2019. március 7.')
    expect(formatPartialDate('2019-09', 'sl')).toBe('september 2019')
  })

  it('does not shift a day by the time zone', () => {
    expect(formatPartialDate('2019-01-01', 'en')).toBe('January 1, 2019')
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
    expect(formatPeriod('2008-03-31', '2013-03-30', 'en')).toBe('March 31, 2008 – March 30, 2013')
  })
})

describe('projectLabel', () => {
  it('keeps the name up to its first " – " and adds the programme of the mirrored projects', () => {
    expect(projectLabel({ id: 'city-cooperation-i-si-at', name: 'City Cooperation (I) – Izgradnja sodelovanja mest' })).toBe('City Cooperation (I) · SI–AT')
    expect(projectLabel({ id: 'city-cooperation-i-at-hu', name: 'City Cooperation (I) – Aufbau einer Kooperation' })).toBe('City Cooperation (I) · AT–HU')
    expect(projectLabel({ id: 'twin-city', name: 'Twin City – Most sodelovanja – med mesti' })).toBe('Twin City')
  })

  it('keeps a name without a dash whole', () => {
    expect(projectLabel({ id: 'city-cooperation-ii', name: 'City Cooperation II (umbrella: two mirrored projects)' })).toBe('City Cooperation II (umbrella: two mirrored projects)')
  })

  it('does not cut inside parentheses', () => {
    expect(projectLabel({ id: 'skupaj', name: 'SKUPAJ (bilateral project Gornja Radgona – Bad Radkersburg)' })).toBe('SKUPAJ (bilateral project Gornja Radgona – Bad Radkersburg)')
    expect(projectLabel({ id: 'x-si-at', name: 'X (A – B) – long title (with parentheses)' })).toBe('X (A – B) · SI–AT')
  })

  it('needs the programme at the end of the id, after a dash', () => {
    expect(projectLabel({ id: 'si-at-cooperation', name: 'Cooperation' })).toBe('Cooperation')
    expect(projectLabel({ id: 'khu-at-hu', name: 'K – x' })).toBe('K · AT–HU')
  })

  it('gives every project of data/ a distinct label with balanced parentheses', () => {
    const projects = JSON.parse(readFileSync(resolve(process.cwd(), 'data/projects.json'), 'utf8')) as Project[]
    const labels = projects.map(projectLabel)
    expect(new Set(labels).size).toBe(projects.length)
    for (const label of labels) expect(label.split('(').length, label).toBe(label.split(')').length)
  })
})
