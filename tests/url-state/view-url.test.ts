import { describe, expect, it } from 'vitest'
import { NO_FILTER } from '../../src/domain/network/network-filter'
import { DEFAULT_VIEW, parseView, serialiseView, type View } from '../../src/url-state/view-url'

const FULL: View = {
  lang: 'hu',
  town: 'ptuj',
  activity: 'forum24-pact-signing-2019-03-07',
  tab: 'network',
  q: 'pettau',
  filter: { kinds: ['town-twinning', 'activity'], project: 'city-cooperation-ii-at-hu', countries: ['SI', 'HU'], from: '2017-01-01', to: '2019-12-31' },
  groupLines: true,
  camera: { lon: 16.12345, lat: 46.65432, zoom: 9.5 },
  mode: 'present',
  step: 3,
  presenter: false,
  auto: null,
}

describe('parseView and serialiseView', () => {
  it('the default view is the empty URL, both ways', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW)
    expect(serialiseView(DEFAULT_VIEW)).toBe('')
  })

  it('round-trips a view with every field set', () => {
    const search = serialiseView(FULL)
    expect(search).toBe(
      '?lang=hu&present=1&step=3&town=ptuj&activity=forum24-pact-signing-2019-03-07&tab=network&q=pettau'
      + '&kinds=town-twinning,activity&project=city-cooperation-ii-at-hu&country=SI,HU&from=2017-01-01&to=2019-12-31&groups=lines&map=9.5/46.65432/16.12345',
    )
    expect(parseView(search)).toEqual(FULL)
    expect(serialiseView(parseView(search))).toBe(search)
  })

  it.each(Object.keys(FULL) as (keyof View)[])('round-trips %s on its own', (key) => {
    const view = { ...DEFAULT_VIEW, [key]: FULL[key], ...(key === 'step' ? { mode: 'present' as const } : {}) }
    expect(parseView(serialiseView(view))).toEqual(view)
  })

  it('round-trips each filter field on its own', () => {
    for (const key of Object.keys(NO_FILTER) as (keyof typeof NO_FILTER)[]) {
      const view = { ...DEFAULT_VIEW, filter: { ...NO_FILTER, [key]: FULL.filter[key] } }
      expect(parseView(serialiseView(view))).toEqual(view)
    }
  })

  it('drops invalid values and keeps the valid ones', () => {
    expect(parseView('?lang=fr&town=Ptuj&activity=<b>&tab=settings&kinds=nonsense&project=a%20b&country=DE&from=2019-02-30&map=99/1/1&step=2&groups=yes')).toEqual(DEFAULT_VIEW)
    expect(parseView('?lang=sl&town=javascript:alert(1)&tab=projects')).toEqual({ ...DEFAULT_VIEW, lang: 'sl', tab: 'projects' })
    expect(parseView('?map=8/46.7/16.2/3').camera).toBeNull()
    expect(parseView('?map=8/46.7/abc').camera).toBeNull()
  })

  it('orders a period given backwards, and keeps one open at an end', () => {
    expect(parseView('?from=2020-01-01&to=2019-01-01').filter).toMatchObject({ from: '2019-01-01', to: '2020-01-01' })
    expect(parseView('?to=2019-01-01').filter).toMatchObject({ from: null, to: '2019-01-01' })
  })

  it('reads embed and present modes; a step only in a presentation', () => {
    expect(parseView('?embed=1&town=lenti')).toMatchObject({ mode: 'embed', town: 'lenti' })
    expect(parseView('?present=1&step=4')).toMatchObject({ mode: 'present', step: 4 })
    expect(parseView('?embed=1&step=4')).toMatchObject({ mode: 'embed', step: null })
    expect(parseView('?present=1&step=0').step).toBeNull()
  })

  it('bounds the search text and strips control characters', () => {
    expect(parseView(`?q=${encodeURIComponent('a\u0000b\nc')}`).q).toBe('a b c')
    expect(parseView(`?q=${'x'.repeat(500)}`).q).toHaveLength(200)
    expect(parseView('?q=%20%20').q).toBeNull()
  })

  it('keeps parameters it does not own, replacing its own', () => {
    expect(serialiseView({ ...DEFAULT_VIEW, town: 'lenti' }, '?utm_source=mail&town=ptuj&tab=towns')).toBe('?utm_source=mail&town=lenti')
  })
})
