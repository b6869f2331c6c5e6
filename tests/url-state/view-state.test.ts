import { describe, expect, it } from 'vitest'
import { parseViewState, serialiseViewState } from '../../src/url-state/view-state'

describe('parseViewState', () => {
  it('reads the language and the selected town', () => {
    expect(parseViewState('?lang=de&town=ptuj')).toEqual({ lang: 'de', town: 'ptuj', activity: null })
    expect(parseViewState('town=murska-sobota&lang=sl')).toEqual({ lang: 'sl', town: 'murska-sobota', activity: null })
    expect(parseViewState('')).toEqual({ lang: null, town: null, activity: null })
  })

  it('ignores a language the app does not speak', () => {
    expect(parseViewState('?lang=fr&town=ptuj')).toEqual({ lang: null, town: 'ptuj', activity: null })
    expect(parseViewState('?lang=DE')).toEqual({ lang: null, town: null, activity: null })
    expect(parseViewState('?lang=de-AT')).toEqual({ lang: null, town: null, activity: null })
    expect(parseViewState('?lang=')).toEqual({ lang: null, town: null, activity: null })
  })

  it('ignores a town value that is not an id', () => {
    for (const town of [
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '../../etc/passwd',
      'Ptuj',
      'murska sobota',
      'ptuj-',
      '-ptuj',
      'ptuj--lenti',
      'ptuj\n',
      '',
    ]) {
      expect(parseViewState(`?town=${encodeURIComponent(town)}`)).toEqual({ lang: null, town: null, activity: null })
    }
  })

  it('takes the first of repeated parameters', () => {
    expect(parseViewState('?lang=hu&lang=de&town=lenti&town=ptuj')).toEqual({ lang: 'hu', town: 'lenti', activity: null })
  })
})

describe('serialiseViewState', () => {
  it('writes the state as search params', () => {
    expect(serialiseViewState({ lang: 'de', town: 'ptuj', activity: null })).toBe('?lang=de&town=ptuj')
    expect(serialiseViewState({ lang: null, town: 'lenti', activity: null })).toBe('?town=lenti')
    expect(serialiseViewState({ lang: 'hu', town: null, activity: null })).toBe('?lang=hu')
    expect(serialiseViewState({ lang: null, town: null, activity: null })).toBe('')
  })

  it('keeps the parameters it does not own, and replaces or removes its own', () => {
    expect(serialiseViewState({ lang: 'sl', town: null, activity: null }, '?utm_source=mail&lang=de&town=ptuj'))
      .toBe('?utm_source=mail&lang=sl')
    expect(serialiseViewState({ lang: null, town: 'ptuj', activity: null }, 'zoom=9&x=a%20b')).toBe('?zoom=9&x=a+b&town=ptuj')
    expect(serialiseViewState({ lang: null, town: null, activity: null }, '?lang=de&town=ptuj')).toBe('')
  })
})

describe('parse and serialise', () => {
  const searches = [
    '',
    '?lang=de&town=ptuj',
    '?town=ptuj&lang=de',
    '?lang=fr&town=<b>',
    '?debug=1&lang=hu&town=szentgotthard&view=list',
    '?lang=en&lang=sl',
    '?town=Lenti&zoom=8',
  ]

  it('is stable: serialising what was parsed, over the same search, gives the same text again', () => {
    for (const search of searches) {
      const once = serialiseViewState(parseViewState(search), search)
      const twice = serialiseViewState(parseViewState(once), once)
      expect(twice).toBe(once)
      expect(parseViewState(once)).toEqual(parseViewState(search))
    }
  })

  it('gives back a clean search unchanged', () => {
    expect(serialiseViewState(parseViewState('?lang=de&town=ptuj'))).toBe('?lang=de&town=ptuj')
    expect(serialiseViewState(parseViewState('?lang=de&town=ptuj&zoom=8'), '?lang=de&town=ptuj&zoom=8'))
      .toBe('?lang=de&town=ptuj&zoom=8')
  })

  it('drops what it cannot trust and keeps foreign params', () => {
    expect(serialiseViewState(parseViewState('?lang=fr&town=%3Cb%3E&zoom=8'), '?lang=fr&town=%3Cb%3E&zoom=8'))
      .toBe('?zoom=8')
    expect(serialiseViewState(parseViewState('?town=Lenti&zoom=8'), '?town=Lenti&zoom=8')).toBe('?zoom=8')
  })
})

describe('the activity card in the URL', () => {
  it('reads and writes ?activity= like ?town=', () => {
    expect(parseViewState('?activity=forum24-pact-signing-2019-03-07')).toEqual({
      lang: null, town: null, activity: 'forum24-pact-signing-2019-03-07',
    })
    expect(parseViewState('?activity=%3Cb%3E')).toEqual({ lang: null, town: null, activity: null })
    expect(serialiseViewState({ lang: 'en', town: null, activity: 'ecd-2014-bad-radkersburg' })).toBe('?lang=en&activity=ecd-2014-bad-radkersburg')
  })
})
