import { describe, expect, it } from 'vitest'
import { validateFilterOptions } from '../../../src/domain/network/filter-options'

const PROJECTS = ['skupaj', 'city-cooperation-i', '3parki']
const KINDS = 'town-twinning, partner-towns, partner-municipalities, partnership-charter, cooperation-agreement, support-declaration, egtc, joint-project, regional-association, letter-of-intent, regular-meetings, project, activity'

describe('validateFilterOptions', () => {
  it('passes valid values through unchanged', () => {
    const options = { kinds: 'town-twinning,activity', project: 'skupaj', country: 'AT,HU', from: '2014-01-01', to: '2020-02-29' }
    expect(validateFilterOptions(options, PROJECTS)).toEqual({ ok: true, options })
    expect(validateFilterOptions({}, PROJECTS)).toEqual({ ok: true, options: {} })
  })

  it('names an unknown country and lists the valid ones', () => {
    expect(validateFilterOptions({ country: 'XX' }, PROJECTS)).toEqual({ ok: false, errors: ['unknown country "XX"; use AT, SI, HU'] })
    expect(validateFilterOptions({ country: 'AT,hu,' }, PROJECTS)).toEqual({
      ok: false,
      errors: ['unknown country "hu"; use AT, SI, HU', 'unknown country ""; use AT, SI, HU'],
    })
  })

  it('names an unknown kind and lists every kind', () => {
    expect(validateFilterOptions({ kinds: 'activity,twinning' }, PROJECTS)).toEqual({ ok: false, errors: [`unknown kind "twinning"; use ${KINDS}`] })
  })

  it('names an unknown project, suggests the nearest id and lists the project ids of the data', () => {
    expect(validateFilterOptions({ project: 'skupja' }, PROJECTS)).toEqual({
      ok: false,
      errors: ['unknown project "skupja" (did you mean "skupaj"?); use skupaj, city-cooperation-i, 3parki'],
    })
    expect(validateFilterOptions({ project: 'no-such-project' }, PROJECTS)).toEqual({
      ok: false,
      errors: ['unknown project "no-such-project"; use skupaj, city-cooperation-i, 3parki'],
    })
  })

  it('rejects a date that is not a real YYYY-MM-DD day', () => {
    for (const value of ['2019', '2019-02', '2019-02-30', '2019-13-01', '19-01-01', 'yesterday', '']) {
      expect(validateFilterOptions({ from: value }, PROJECTS), value).toEqual({ ok: false, errors: [`--from ${JSON.stringify(value)} is not a date; use YYYY-MM-DD`] })
    }
    expect(validateFilterOptions({ to: '2021-04-31' }, PROJECTS)).toEqual({ ok: false, errors: ['--to "2021-04-31" is not a date; use YYYY-MM-DD'] })
  })

  it('reports every bad value at once', () => {
    const result = validateFilterOptions({ country: 'XX', kinds: 'twinning', project: 'nope', from: 'x', to: 'y' }, PROJECTS)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.length).toBe(5)
  })
})
