import { describe, expect, it } from 'vitest'
import { NO_FILTER } from '../../../src/domain/network/network-filter'
import { parseFilterState, serialiseFilterState, type FilterState } from '../../../src/url-state/filter-params'

const FULL: FilterState = {
  filter: { kinds: ['egtc', 'activity'], project: 'p-trio', countries: ['AT', 'HU'], from: '2019-01-01', to: '2019-12-31' },
  groupLines: true,
}

describe('parseFilterState', () => {
  it('reads no filter from an empty search', () => {
    expect(parseFilterState('')).toEqual({ filter: NO_FILTER, groupLines: false })
    expect(parseFilterState('?')).toEqual({ filter: NO_FILTER, groupLines: false })
  })

  it('reads every parameter, lists in their canonical order', () => {
    expect(parseFilterState('?kinds=activity,egtc&project=p-trio&country=HU,AT&from=2019-01-01&to=2019-12-31&groups=lines')).toEqual(FULL)
  })

  it('ignores unknown kinds and countries, and duplicates', () => {
    expect(parseFilterState('?kinds=activity,nope,activity,EGTC&country=XX,SI,si').filter).toMatchObject({ kinds: ['activity'], countries: ['SI'] })
    expect(parseFilterState('?kinds=nope&country=').filter).toMatchObject({ kinds: null, countries: null })
    expect(parseFilterState('?kinds=').filter.kinds).toBeNull()
  })

  it('ignores dates that are not real days', () => {
    const dates = (search: string) => {
      const { from, to } = parseFilterState(search).filter
      return [from, to]
    }
    expect(dates('?from=2019-02-30&to=2019-13-01')).toEqual([null, null])
    expect(dates('?from=2019-02-29&to=2020-02-29')).toEqual([null, '2020-02-29'])
    expect(dates('?from=2019-09&to=2019')).toEqual([null, null])
    expect(dates('?from=2019-9-1&to=20190901')).toEqual([null, null])
    expect(dates('?from=2019-09-01T00:00&to= 2019-09-01')).toEqual([null, null])
  })

  it('swaps from and to when they are reversed', () => {
    expect(parseFilterState('?from=2020-01-01&to=2019-01-01').filter).toMatchObject({ from: '2019-01-01', to: '2020-01-01' })
    expect(parseFilterState('?from=2019-05-05&to=2019-05-05').filter).toMatchObject({ from: '2019-05-05', to: '2019-05-05' })
  })

  it('takes a project only as a slug: no HTML, no capitals, no stray dashes', () => {
    const project = (value: string) => parseFilterState(`?project=${encodeURIComponent(value)}`).filter.project
    expect(project('city-cooperation-ii')).toBe('city-cooperation-ii')
    expect(project('3parki')).toBe('3parki')
    expect(project('<script>alert(1)</script>')).toBeNull()
    expect(project('"><img src=x onerror=alert(1)>')).toBeNull()
    expect(project('Skupaj')).toBeNull()
    expect(project('a--b')).toBeNull()
    expect(project('-a')).toBeNull()
    expect(project('')).toBeNull()
  })

  it('draws group ties as lines only for groups=lines', () => {
    expect(parseFilterState('?groups=lines').groupLines).toBe(true)
    expect(parseFilterState('?groups=yes').groupLines).toBe(false)
    expect(parseFilterState('?groups').groupLines).toBe(false)
    expect(parseFilterState('?groups=LINES').groupLines).toBe(false)
  })

  it('no longer reads the old shared=lines', () => {
    expect(parseFilterState('?shared=lines').groupLines).toBe(false)
  })
})

describe('serialiseFilterState', () => {
  it('writes nothing for no filter', () => {
    expect(serialiseFilterState({ filter: NO_FILTER, groupLines: false })).toBe('')
  })

  it('writes every parameter with unencoded commas, lists in canonical order', () => {
    expect(serialiseFilterState(FULL)).toBe('?kinds=egtc,activity&project=p-trio&country=AT,HU&from=2019-01-01&to=2019-12-31&groups=lines')
    const reversed: FilterState = { ...FULL, filter: { ...FULL.filter, kinds: ['activity', 'egtc'], countries: ['HU', 'AT'] } }
    expect(serialiseFilterState(reversed)).toBe(serialiseFilterState(FULL))
  })

  it('keeps parameters it does not own and drops its own that are no longer set', () => {
    expect(serialiseFilterState({ filter: NO_FILTER, groupLines: false }, '?view=network&kinds=egtc&town=ptuj&groups=lines')).toBe('?view=network&town=ptuj')
    expect(serialiseFilterState({ filter: { ...NO_FILTER, countries: ['SI'] }, groupLines: false }, '?town=ptuj&lang=sl')).toBe('?town=ptuj&lang=sl&country=SI')
    expect(serialiseFilterState({ filter: { ...NO_FILTER, from: '2020-01-01' }, groupLines: false }, 'kinds=egtc&view=map')).toBe('?view=map&from=2020-01-01')
  })

  it('replaces an existing parameter where it stands', () => {
    expect(serialiseFilterState({ filter: { ...NO_FILTER, project: 'skupaj' }, groupLines: false }, '?project=twin-city&town=ptuj')).toBe('?project=skupaj&town=ptuj')
  })
})

describe('round trip', () => {
  const searches = [
    '',
    '?kinds=activity,egtc&project=p-trio&country=HU,AT&from=2019-01-01&to=2019-12-31&groups=lines',
    '?to=2019-01-01&from=2020-01-01',
    '?kinds=nope,project&country=XX&project=%3Cb%3E&from=2019-02-30&groups=no',
    '?town=ptuj&kinds=joint-project&view=network&lang=hu',
    '?kinds=regular-meetings,letter-of-intent,regional-association&groups=lines&town=lendava',
    '?country=SI,HU,AT,SI&kinds=town-twinning,partner-towns,partner-municipalities,partnership-charter,cooperation-agreement,support-declaration,egtc,joint-project,project,activity',
  ]

  it.each(searches)('serialise(parse(%j)) is stable and parses back to the same state', (search) => {
    const once = serialiseFilterState(parseFilterState(search), search)
    const twice = serialiseFilterState(parseFilterState(once), once)
    expect(twice).toBe(once)
    expect(parseFilterState(once)).toEqual(parseFilterState(search))
  })

  it('gives the canonical form of messy input', () => {
    expect(serialiseFilterState(parseFilterState('?groups=lines&kinds=regular-meetings,regional-association'))).toBe('?kinds=regional-association,regular-meetings&groups=lines')
    expect(serialiseFilterState(parseFilterState('?to=2019-01-01&from=2020-01-01&kinds=project,nope,egtc'))).toBe('?kinds=egtc,project&from=2019-01-01&to=2020-01-01')
  })

  it('parses a serialised state back to itself', () => {
    expect(parseFilterState(serialiseFilterState(FULL))).toEqual(FULL)
  })
})
