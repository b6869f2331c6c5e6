import { describe, expect, it } from 'vitest'
import { sortActivitiesByDate } from '../../../src/domain/activities/activity-order'
import { activity, loadFixtureDataset } from './make-activity'

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id)

const list = [
  activity('undated-b'),
  activity('y2019', { start: '2019' }),
  activity('d2019-03-07', { start: '2019-03-07' }),
  activity('undated-a'),
  activity('m2019-03', { start: '2019-03' }),
  activity('d2019-01-01', { start: '2019-01-01' }),
  activity('m2019-01', { start: '2019-01' }),
  activity('d2012-06-22', { start: '2012-06-22' }),
  activity('d2024-07-01', { start: '2024-07-01' }),
  activity('d2019-03-07-b', { start: '2019-03-07' }),
]

describe('sortActivitiesByDate', () => {
  it('sorts ascending by the first day, a more precise date first on the same day, undated last', () => {
    expect(ids(sortActivitiesByDate(list))).toEqual([
      'd2012-06-22',
      'd2019-01-01',
      'm2019-01',
      'y2019',
      'm2019-03',
      'd2019-03-07',
      'd2019-03-07-b',
      'd2024-07-01',
      'undated-a',
      'undated-b',
    ])
    expect(ids(sortActivitiesByDate(list, 'ascending'))).toEqual(ids(sortActivitiesByDate(list)))
  })

  it('sorts descending by the first day, still a more precise date first on the same day, undated still last', () => {
    expect(ids(sortActivitiesByDate(list, 'descending'))).toEqual([
      'd2024-07-01',
      'd2019-03-07',
      'd2019-03-07-b',
      'm2019-03',
      'd2019-01-01',
      'm2019-01',
      'y2019',
      'd2012-06-22',
      'undated-a',
      'undated-b',
    ])
  })

  it('orders "2019-03-07" before "2019-03" before "2019" when they share the first day', () => {
    const same = [activity('y', { start: '2019' }), activity('m', { start: '2019-01' }), activity('d', { start: '2019-01-01' })]
    expect(ids(sortActivitiesByDate(same))).toEqual(['d', 'm', 'y'])
    expect(ids(sortActivitiesByDate(same, 'descending'))).toEqual(['d', 'm', 'y'])
  })

  it('does not change the list it is given', () => {
    const copy = [...list]
    sortActivitiesByDate(list, 'descending')
    expect(list).toEqual(copy)
  })

  it('sorts the real activities with every undated one at the end', () => {
    const { activities } = loadFixtureDataset()
    const undated = activities.filter((item) => item.start === null).length
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortActivitiesByDate(activities, direction)
      expect(sorted).toHaveLength(activities.length)
      expect(sorted.slice(sorted.length - undated).every((item) => item.start === null)).toBe(true)
      expect(sorted.slice(0, sorted.length - undated).every((item) => item.start !== null)).toBe(true)
    }
    const ascending = sortActivitiesByDate(activities)
    expect(ascending[0]?.id).toBe('weiz-gleisdorf-state-exhibition-2001')
    expect(sortActivitiesByDate(activities, 'descending')[0]?.id).toBe('egtc-bg-rad-founding-2024-07-01')
  })
})
