import { describe, expect, it } from 'vitest'
import { foldText, matchScore, search, searchEntries } from '../../src/domain/search'
import { loadRealDataset } from '../real-data'

describe('foldText', () => {
  it('folds case, diacritics, ß and punctuation', () => {
    expect(foldText('Őriszentpéter')).toBe('oriszentpeter')
    expect(foldText('FÜRSTENFELD')).toBe('furstenfeld')
    expect(foldText('Monošter')).toBe('monoster')
    expect(foldText('Ormož')).toBe('ormoz')
    expect(foldText('Zalalövő')).toBe('zalalovo')
    expect(foldText('Straße')).toBe('strasse')
    expect(foldText('  St. Gotthard – 2019!  ')).toBe('st gotthard 2019')
  })
})

describe('matchScore', () => {
  it('ranks a whole name over its start, a word start, word starts, and any place', () => {
    expect(matchScore('Ptuj', 'ptuj')).toBe(100)
    expect(matchScore('Pettau', 'pett')).toBe(80)
    expect(matchScore('Murska Sobota', 'sobota')).toBe(60)
    expect(matchScore('Lenart v Slovenskih goricah', 'lenart goricah')).toBe(40)
    expect(matchScore('Szentgotthárd', 'gotthard')).toBe(20)
    expect(matchScore('Ptuj', 'graz')).toBe(0)
    expect(matchScore('Ptuj', '')).toBe(0)
  })
})

describe('search on the real data', () => {
  const entries = searchEntries(loadRealDataset())
  const first = (query: string) => search(entries, query)[0]

  it.each([
    ['pettau', 'ptuj', 'Pettau'],
    ['muraszombat', 'murska-sobota', 'Muraszombat'],
    ['monoster', 'szentgotthard', 'Monošter'],
    ['FURSTENFELD', 'furstenfeld', 'Fürstenfeld'],
    ['luttenberg', 'ljutomer', 'Luttenberg'],
    ['oriszentpeter', 'oriszentpeter', 'Őriszentpéter'],
    ['lendva', 'lendava', 'Lendva'],
  ])('finds %s: %s by its name %s, first', (query, id, matched) => {
    expect(first(query)).toMatchObject({ kind: 'town', id, matched })
  })

  it('puts the town whose name is the query before towns whose names contain it', () => {
    const ids = search(entries, 'radgona').map((hit) => hit.id)
    expect(ids.slice(0, 2)).toEqual(['bad-radkersburg', 'gornja-radgona'])
  })

  it('finds activities and projects by their titles, in any of their languages', () => {
    expect(search(entries, 'forum24').some((hit) => hit.kind === 'activity')).toBe(true)
    expect(search(entries, 'city cooperation ii').some((hit) => hit.kind === 'project' && hit.id === 'city-cooperation-ii')).toBe(true)
  })

  it('finds nothing for an empty query or one that matches nothing', () => {
    expect(search(entries, '  ')).toEqual([])
    expect(search(entries, 'zzzz')).toEqual([])
  })

  it('returns at most the limit', () => {
    expect(search(entries, 'a', 5)).toHaveLength(5)
  })
})
