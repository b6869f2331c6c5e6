import { describe, expect, it } from 'vitest'
import { foldText, matchScore, search, searchEntries } from '../../src/domain/search'
import type { LocalizedText } from '../../src/domain/localized-text'
import { LANGUAGES } from '../../src/domain/town-schema'
import { loadFixtureDataset } from '../real-data'
import { activity, dataset, project } from './sample-dataset'

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
  const entries = searchEntries(loadFixtureDataset())
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

describe('search by the titles of records in the four languages', () => {
  const TITLE: LocalizedText = {
    original: 'de',
    sl: 'Dvostranski oblikovalski natečaj',
    de: 'Bilateraler Gestaltungswettbewerb',
    hu: 'Kétoldalú tervpályázat',
    en: 'Bilateral design competition',
  }
  const NAME: LocalizedText = {
    original: ['sl', 'de'],
    sl: 'Mestni parki ob Muri',
    de: 'Stadtparks an der Mur',
    hu: 'Városi parkok a Mura mentén',
    en: 'Town parks on the Mur',
  }
  const entries = searchEntries(dataset({ activities: [activity('design-competition', { title: TITLE })], projects: [project('mur-parks', { name: NAME })] }))

  it('lists each distinct title once as a name of its record', () => {
    expect(entries).toEqual([
      { kind: 'activity', id: 'design-competition', names: [TITLE.sl, TITLE.de, TITLE.hu, TITLE.en] },
      { kind: 'project', id: 'mur-parks', names: [NAME.sl, NAME.de, NAME.hu, NAME.en] },
    ])
    const sameTitle = searchEntries(dataset({ activities: [activity('forum24', { title: { original: 'en', sl: 'Forum24', de: 'Forum24', hu: 'Forum24', en: 'Forum24' } })] }))
    expect(sameTitle[0]?.names).toEqual(['Forum24'])
  })

  it.each(LANGUAGES)('finds an activity by its %s title, that title matched', (language) => {
    expect(search(entries, TITLE[language])[0]).toMatchObject({ kind: 'activity', id: 'design-competition', matched: TITLE[language], score: 100 })
  })

  it.each(LANGUAGES)('finds a project by its %s name, that name matched', (language) => {
    expect(search(entries, NAME[language])[0]).toMatchObject({ kind: 'project', id: 'mur-parks', matched: NAME[language], score: 100 })
  })

  it('finds them by a word of one language only, folded ("natecaj", "tervpalyazat", "stadtparks")', () => {
    expect(search(entries, 'natecaj')).toMatchObject([{ id: 'design-competition', matched: TITLE.sl }])
    expect(search(entries, 'tervpalyazat')).toMatchObject([{ id: 'design-competition', matched: TITLE.hu }])
    expect(search(entries, 'stadtparks')).toMatchObject([{ id: 'mur-parks', matched: NAME.de }])
    expect(search(entries, 'mura menten')).toMatchObject([{ id: 'mur-parks', matched: NAME.hu }])
  })

  it('finds a real activity by each of its four titles', () => {
    const real = loadFixtureDataset()
    const competition = real.activities.find((record) => record.id === 'design-competition-br-gr')
    expect(competition).toBeDefined()
    const realEntries = searchEntries(real)
    for (const language of LANGUAGES) {
      const title = competition?.title[language] ?? ''
      expect(search(realEntries, title).map((hit) => hit.id), `${language}: ${title}`).toContain('design-competition-br-gr')
    }
  })
})
