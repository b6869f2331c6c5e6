import { describe, expect, it } from 'vitest'
import { emphasisedTowns, tiedTowns } from '../../src/domain/emphasis'
import { makeActivity } from './network/tiny-dataset'

const profile = {
  town: 'a',
  direct: [{ town: 'b', linkKey: 'a|b', weight: 1, crossBorder: false, records: [] }],
  groups: [{ record: {} as never, towns: ['b', 'c'] }, { record: {} as never, towns: ['d'] }],
}

describe('tiedTowns', () => {
  it('is the direct partners and the towns of the groups, each once', () => {
    expect(tiedTowns(profile)).toEqual(['b', 'c', 'd'])
    expect(tiedTowns(null)).toEqual([])
  })
})

describe('emphasisedTowns', () => {
  const none = { profile: null, activity: null, highlighted: null, countryTowns: null }

  it('shows everything at full strength without a selection, highlight or country filter', () => {
    expect(emphasisedTowns(none)).toBeNull()
  })

  it('a selected town comes first, with its direct and group partners', () => {
    expect(emphasisedTowns({ ...none, profile, highlighted: ['x'], countryTowns: ['y'] })).toEqual(['a', 'b', 'c', 'd'])
  })

  it('an open activity lights its towns and its host; one of all 24 towns lights nothing in particular', () => {
    expect(emphasisedTowns({ ...none, activity: { ...makeActivity('act', ['b', 'c'], '2019'), hostTown: 'd' } })).toEqual(['b', 'c', 'd'])
    expect(emphasisedTowns({ ...none, activity: makeActivity('all', ['all-24'], '2019'), countryTowns: ['y'] })).toEqual(['y'])
  })

  it('a record pointed at comes before the country filter', () => {
    expect(emphasisedTowns({ ...none, highlighted: ['x', 'z'], countryTowns: ['y'] })).toEqual(['x', 'z'])
    expect(emphasisedTowns({ ...none, countryTowns: ['y'] })).toEqual(['y'])
  })
})
