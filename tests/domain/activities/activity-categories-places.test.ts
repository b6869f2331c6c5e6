import { describe, expect, it } from 'vitest'
import { ACTIVITY_CATEGORIES, activityCategory, kindsOf } from '../../../src/domain/activities/activity-categories'
import { groupActivitiesByPlace } from '../../../src/domain/activities/activity-places'
import { ACTIVITY_KINDS } from '../../../src/domain/activity-schema'
import { activity, loadFixtureDataset } from './make-activity'

describe('activity categories', () => {
  it('are agreement, event and product', () => {
    expect(ACTIVITY_CATEGORIES).toEqual(['agreement', 'event', 'product'])
  })

  it('put each kind in one category', () => {
    expect(activityCategory('founding')).toBe('agreement')
    expect(activityCategory('signing')).toBe('agreement')
    expect(activityCategory('governance')).toBe('agreement')
    expect(activityCategory('conference')).toBe('event')
    expect(activityCategory('partner-day')).toBe('event')
    expect(activityCategory('festival')).toBe('event')
    expect(activityCategory('exhibition')).toBe('event')
    expect(activityCategory('cultural-event')).toBe('event')
    expect(activityCategory('presentation')).toBe('event')
    expect(activityCategory('pilot-project')).toBe('product')
    expect(activityCategory('voucher')).toBe('product')
    expect(activityCategory('competition')).toBe('product')
    for (const kind of ACTIVITY_KINDS) expect(ACTIVITY_CATEGORIES).toContain(activityCategory(kind))
  })

  it('kindsOf lists the kinds of a category; the three lists split all kinds without overlap', () => {
    expect(kindsOf('agreement')).toEqual(['founding', 'signing', 'governance'])
    expect(kindsOf('event')).toEqual([
      'conference', 'meeting', 'networking-event', 'workshop', 'study-visit', 'partner-day', 'festival',
      'exhibition', 'cultural-event', 'presentation',
    ])
    expect(kindsOf('product')).toEqual(['pilot-project', 'publication', 'audio-guide', 'voucher', 'competition'])
    const all = ACTIVITY_CATEGORIES.flatMap(kindsOf)
    expect(new Set(all).size).toBe(all.length)
    expect([...all].sort()).toEqual([...ACTIVITY_KINDS].sort())
    for (const category of ACTIVITY_CATEGORIES) {
      for (const kind of kindsOf(category)) expect(activityCategory(kind)).toBe(category)
    }
  })
})

describe('groupActivitiesByPlace', () => {
  it('groups by the host town, else by each town involved, in the order given', () => {
    const a = activity('a', { hostTown: 'ptuj', towns: ['ptuj', 'lenti'] })
    const b = activity('b', { towns: ['lenti', 'weiz'] })
    const c = activity('c', { hostTown: 'lenti', towns: ['lenti'] })
    const groups = groupActivitiesByPlace([a, b, c])
    expect(groups.map((group) => [group.town, group.activities.map((item) => item.id)])).toEqual([
      ['ptuj', ['a']],
      ['lenti', ['b', 'c']],
      ['weiz', ['b']],
    ])
  })

  it('leaves out whole-network activities without a host and activities without towns', () => {
    const groups = groupActivitiesByPlace([
      activity('whole', { towns: ['all-24'] }),
      activity('none', { towns: [] }),
      activity('whole-hosted', { hostTown: 'hartberg', towns: ['all-24'] }),
    ])
    expect(groups).toEqual([{ town: 'hartberg', activities: [expect.objectContaining({ id: 'whole-hosted' })] }])
    expect(groupActivitiesByPlace([])).toEqual([])
  })

  it('puts an activity listing a town twice in its group once', () => {
    const groups = groupActivitiesByPlace([activity('twice', { towns: ['ptuj', 'ptuj'] })])
    expect(groups).toEqual([{ town: 'ptuj', activities: [expect.objectContaining({ id: 'twice' })] }])
  })

  it('places the real activities only at member towns', () => {
    const { activities, towns } = loadFixtureDataset()
    const members = new Set(towns.map((town) => town.id))
    const groups = groupActivitiesByPlace(activities)
    expect(groups.length).toBeGreaterThan(0)
    for (const group of groups) expect(members.has(group.town)).toBe(true)
    // The pact signing of all 24 towns is shown at its host, Hartberg.
    const hartberg = groups.find((group) => group.town === 'hartberg')
    expect(hartberg?.activities.map((item) => item.id)).toContain('forum24-pact-signing-2019-03-07')
  })
})
