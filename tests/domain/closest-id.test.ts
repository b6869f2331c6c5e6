import { describe, expect, it } from 'vitest'
import { closestId, editDistance } from '../../src/domain/closest-id'

describe('editDistance', () => {
  it('is zero for equal strings and the length of the other for an empty one', () => {
    expect(editDistance('ptuj', 'ptuj')).toBe(0)
    expect(editDistance('', '')).toBe(0)
    expect(editDistance('', 'lenti')).toBe(5)
    expect(editDistance('lenti', '')).toBe(5)
  })

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('ptujj', 'ptuj')).toBe(1)
    expect(editDistance('ptuj', 'ptujj')).toBe(1)
    expect(editDistance('lenti', 'lendi')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('flaw', 'lawn')).toBe(2)
    expect(editDistance('lendava', 'lenti')).toBe(4)
  })

  it('counts a swap of two letters as two edits (plain Levenshtein)', () => {
    expect(editDistance('ab', 'ba')).toBe(2)
    expect(editDistance('weiz', 'wiez')).toBe(2)
  })

  it('is symmetric', () => {
    const pairs: [string, string][] = [['murska-sobota', 'murska-sbota'], ['fehring', 'feldbach'], ['a', 'xyz']]
    for (const [a, b] of pairs) expect(editDistance(a, b)).toBe(editDistance(b, a))
  })
})

describe('closestId', () => {
  const towns = ['ptuj', 'lendava', 'lenti', 'murska-sobota', 'gornja-radgona']

  it('suggests the nearest known id for a typo', () => {
    expect(closestId('ptujj', towns)).toBe('ptuj')
    expect(closestId('lendva', towns)).toBe('lendava')
    expect(closestId('murska-sbota', towns)).toBe('murska-sobota')
    expect(closestId('gornja-radgna', new Set(towns))).toBe('gornja-radgona')
  })

  it('suggests nothing when the nearest id is too far away to be a typo', () => {
    expect(closestId('vienna', towns)).toBeUndefined()
    expect(closestId('graz', towns)).toBeUndefined()
  })

  it('allows at most a third of the unknown id\'s length, rounded up', () => {
    // 9 letters: up to 3 edits
    expect(closestId('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz')
    expect(closestId('abcdefghi', ['abcdewxyz'])).toBeUndefined()
    // 10 letters: ceil(10 / 3) = 4 edits
    expect(closestId('abcdefghij', ['abcdefwxyz'])).toBe('abcdefwxyz')
    expect(closestId('abcdefghij', ['abcdevwxyz'])).toBeUndefined()
  })

  it('allows at least two edits for short ids', () => {
    expect(closestId('abc', ['axy'])).toBe('axy')
    expect(closestId('abc', ['xyz'])).toBeUndefined()
  })

  it('prefers the nearer candidate, and the first one on a tie', () => {
    expect(closestId('lentii', ['lendava', 'lenti'])).toBe('lenti')
    expect(closestId('lenti', ['lenta', 'lentx'])).toBe('lenta')
    expect(closestId('lenti', ['lentx', 'lenta'])).toBe('lentx')
  })

  it('suggests nothing when there is nothing known', () => {
    expect(closestId('ptuj', [])).toBeUndefined()
  })
})
