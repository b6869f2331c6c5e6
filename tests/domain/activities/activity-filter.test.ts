import { describe, expect, it } from 'vitest'
import { activitiesOfTown, activityInPeriod, activityPlaces, filterActivities, isWholeNetwork } from '../../../src/domain/activities/activity-filter'
import { NO_FILTER, type NetworkFilter } from '../../../src/domain/network/network-filter'
import { activity, miniTowns } from './make-activity'

const filter = (fields: Partial<NetworkFilter>): NetworkFilter => ({ ...NO_FILTER, ...fields })
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id)

describe('activityInPeriod', () => {
  const span = { start: '2019-03-30', end: '2019-04-02' }

  it('counts a multi-day activity when any of its days is in the period, at either boundary', () => {
    // The period ends on the activity's first day.
    expect(activityInPeriod(span, '2019-01-01', '2019-03-30')).toBe(true)
    // The period starts on the activity's last day.
    expect(activityInPeriod(span, '2019-04-02', '2019-06-30')).toBe(true)
    // The period lies inside the activity.
    expect(activityInPeriod(span, '2019-04-01', '2019-04-01')).toBe(true)
  })

  it('leaves a multi-day activity out when the period ends the day before it or starts the day after', () => {
    expect(activityInPeriod(span, '2019-01-01', '2019-03-29')).toBe(false)
    expect(activityInPeriod(span, '2019-04-03', '2019-06-30')).toBe(false)
  })

  it('treats a one-day activity (no end) as that day only', () => {
    const day = { start: '2019-03-07', end: null }
    expect(activityInPeriod(day, '2019-03-07', '2019-03-07')).toBe(true)
    expect(activityInPeriod(day, '2019-03-08', '2019-12-31')).toBe(false)
    expect(activityInPeriod(day, '2019-01-01', '2019-03-06')).toBe(false)
  })

  it('spreads a month-precision date over the whole month', () => {
    const september = { start: '2019-09', end: null }
    expect(activityInPeriod(september, '2019-01-01', '2019-09-01')).toBe(true)
    expect(activityInPeriod(september, '2019-09-30', '2019-12-31')).toBe(true)
    expect(activityInPeriod(september, '2019-01-01', '2019-08-31')).toBe(false)
    expect(activityInPeriod(september, '2019-10-01', '2019-12-31')).toBe(false)
  })

  it('spreads a year-only date over the whole year', () => {
    const year = { start: '2019', end: null }
    expect(activityInPeriod(year, '2019-06-01', '2019-06-30')).toBe(true)
    expect(activityInPeriod(year, '2019-01-01', '2019-01-01')).toBe(true)
    expect(activityInPeriod(year, '2019-12-31', '2019-12-31')).toBe(true)
    expect(activityInPeriod(year, '2018-01-01', '2018-12-31')).toBe(false)
    expect(activityInPeriod(year, '2020-01-01', '2020-12-31')).toBe(false)
  })

  it('takes partial ends to their last day', () => {
    const months = { start: '2019-01', end: '2019-03' }
    expect(activityInPeriod(months, '2019-03-31', '2019-12-31')).toBe(true)
    expect(activityInPeriod(months, '2019-04-01', '2019-12-31')).toBe(false)
  })

  it('works with an open side of the period', () => {
    const day = { start: '2019-03-07', end: null }
    expect(activityInPeriod(day, '2019-03-07', null)).toBe(true)
    expect(activityInPeriod(day, '2019-03-08', null)).toBe(false)
    expect(activityInPeriod(day, null, '2019-03-07')).toBe(true)
    expect(activityInPeriod(day, null, '2019-03-06')).toBe(false)
  })

  it('excludes undated activities when a period is set, and includes them without one', () => {
    const undated = { start: null, end: null }
    expect(activityInPeriod(undated, '2000-01-01', '2099-12-31')).toBe(false)
    expect(activityInPeriod(undated, '2000-01-01', null)).toBe(false)
    expect(activityInPeriod(undated, null, '2099-12-31')).toBe(false)
    expect(activityInPeriod(undated, null, null)).toBe(true)
  })
})

describe('isWholeNetwork', () => {
  it('is true when the towns say "all-24"', () => {
    expect(isWholeNetwork({ towns: ['all-24'] })).toBe(true)
    expect(isWholeNetwork({ towns: ['at-town', 'all-24'] })).toBe(true)
  })

  it('is false for named towns and for no towns', () => {
    expect(isWholeNetwork({ towns: ['at-town', 'si-town'] })).toBe(false)
    expect(isWholeNetwork({ towns: [] })).toBe(false)
  })
})

describe('activityPlaces', () => {
  it('is the host town alone when there is one', () => {
    expect(activityPlaces({ hostTown: 'at-town', towns: ['at-town', 'si-town'] })).toEqual(['at-town'])
    // A whole-network activity with a host is shown at its host.
    expect(activityPlaces({ hostTown: 'at-town', towns: ['all-24'] })).toEqual(['at-town'])
  })

  it('is every town involved, once each, without a host', () => {
    expect(activityPlaces({ hostTown: null, towns: ['si-town', 'at-town', 'si-town'] })).toEqual(['si-town', 'at-town'])
  })

  it('is no place for a whole-network activity without a host, nor for one without towns', () => {
    expect(activityPlaces({ hostTown: null, towns: ['all-24'] })).toEqual([])
    expect(activityPlaces({ hostTown: null, towns: [] })).toEqual([])
  })
})

describe('filterActivities', () => {
  const towns = miniTowns()
  const list = [
    activity('at-meeting', { start: '2019-03-07', towns: ['at-town'], project: 'p1' }),
    activity('si-hosted', { start: '2019-09', hostTown: 'si-town', towns: [], project: 'p2' }),
    activity('at-hu-pair', { start: '2020', towns: ['at-town', 'hu-town'], project: 'p1' }),
    activity('whole-network', { start: '2018-05-01', towns: ['all-24'], project: 'p2' }),
    activity('undated-si', { towns: ['si-town'] }),
    activity('nowhere', { start: '2019-01-01', towns: [] }),
    activity('unknown-town', { start: '2019-01-01', towns: ['not-a-member'] }),
  ]

  it('keeps everything without a filter', () => {
    expect(ids(filterActivities(list, NO_FILTER, towns))).toEqual(ids(list))
  })

  it('keeps the order it was given', () => {
    const reversed = [...list].reverse()
    expect(ids(filterActivities(reversed, NO_FILTER, towns))).toEqual(ids(reversed))
  })

  it('narrows to a project', () => {
    expect(ids(filterActivities(list, filter({ project: 'p1' }), towns))).toEqual(['at-meeting', 'at-hu-pair'])
    expect(ids(filterActivities(list, filter({ project: 'none' }), towns))).toEqual([])
  })

  it('narrows to a period, leaving undated ones out', () => {
    expect(ids(filterActivities(list, filter({ from: '2019-01-01', to: '2019-12-31' }), towns))).toEqual([
      'at-meeting', 'si-hosted', 'nowhere', 'unknown-town',
    ])
    // "2019-09" reaches the last day of September; "2020" the first day of 2020.
    expect(ids(filterActivities(list, filter({ from: '2019-09-30', to: '2020-01-01' }), towns))).toEqual(['si-hosted', 'at-hu-pair'])
  })

  it('keeps an activity when any of its towns is in the chosen countries', () => {
    expect(ids(filterActivities(list, filter({ countries: ['HU'] }), towns))).toEqual(['at-hu-pair', 'whole-network'])
    expect(ids(filterActivities(list, filter({ countries: ['AT'] }), towns))).toEqual(['at-meeting', 'at-hu-pair', 'whole-network'])
  })

  it('counts the host town for the country too', () => {
    expect(ids(filterActivities(list, filter({ countries: ['SI'] }), towns))).toEqual(['si-hosted', 'whole-network', 'undated-si'])
  })

  it('always keeps whole-network activities under a country filter, never ones without (known) towns', () => {
    const kept = ids(filterActivities(list, filter({ countries: ['AT', 'SI', 'HU'] }), towns))
    expect(kept).toContain('whole-network')
    expect(kept).not.toContain('nowhere')
    expect(kept).not.toContain('unknown-town')
  })

  it('combines period, project and countries', () => {
    const combined = filter({ project: 'p1', countries: ['HU'], from: '2020-06-01', to: '2020-06-30' })
    expect(ids(filterActivities(list, combined, towns))).toEqual(['at-hu-pair'])
    expect(ids(filterActivities(list, { ...combined, project: 'p2' }, towns))).toEqual([])
  })

  it('keeps every activity while joint activities are among the kinds of link, and none without them', () => {
    expect(ids(filterActivities(list, filter({ kinds: ['town-twinning', 'activity'] }), towns))).toEqual(ids(list))
    expect(filterActivities(list, filter({ kinds: ['town-twinning'] }), towns)).toEqual([])
  })
})

describe('activitiesOfTown', () => {
  const list = [
    activity('hosted', { start: '2019-03-07', hostTown: 'si-town', towns: [] }),
    activity('took-part', { start: '2019-04', towns: ['at-town', 'si-town'] }),
    activity('others', { start: '2019-05', hostTown: 'at-town', towns: ['at-town', 'hu-town'] }),
    activity('all-towns', { start: '2019-03-07', towns: ['all-24'] }),
    activity('nowhere', { start: '2019-01-01', towns: [] }),
  ]

  it('gives the activities the town hosted or took part in, and those of all 24 towns (the Forum24 signing for Lendava)', () => {
    expect(ids(activitiesOfTown(list, 'si-town'))).toEqual(['hosted', 'took-part', 'all-towns'])
    expect(ids(activitiesOfTown(list, 'hu-town'))).toEqual(['others', 'all-towns'])
  })

  it('gives a town that took part in nothing of its own only the activities of all towns', () => {
    expect(ids(activitiesOfTown(list, 'another-town'))).toEqual(['all-towns'])
  })
})
