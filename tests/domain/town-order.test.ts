import { describe, expect, it } from 'vitest'
import { groupTownsByCountry } from '../../src/domain/town-order'
import type { Country, Town } from '../../src/domain/town-schema'
import { town } from './sample-dataset'

const named = (id: string, official: string, country: Country): Town =>
  town(id, { country, names: { official, sl: official, de: official, hu: official, en: official } })

const towns = [
  named('zalalovo', 'Zalalövő', 'HU'),
  named('ptuj', 'Ptuj', 'SI'),
  named('weiz', 'Weiz', 'AT'),
  named('oriszentpeter', 'Őriszentpéter', 'HU'),
  named('fehring', 'Fehring', 'AT'),
  named('kormend', 'Körmend', 'HU'),
  named('furstenfeld', 'Fürstenfeld', 'AT'),
  named('lendava', 'Lendava', 'SI'),
  named('feldbach', 'Feldbach', 'AT'),
]

const ids = (groups: ReturnType<typeof groupTownsByCountry>) =>
  groups.map((group) => [group.country, group.towns.map((item) => item.id)])

describe('groupTownsByCountry', () => {
  it('groups towns as AT, SI, HU, each in the alphabetical order of official names', () => {
    expect(ids(groupTownsByCountry(towns))).toEqual([
      ['AT', ['fehring', 'feldbach', 'furstenfeld', 'weiz']],
      ['SI', ['lendava', 'ptuj']],
      ['HU', ['kormend', 'oriszentpeter', 'zalalovo']],
    ])
  })

  it('leaves out a country without towns', () => {
    expect(ids(groupTownsByCountry([named('ptuj', 'Ptuj', 'SI'), named('lenti', 'Lenti', 'HU')]))).toEqual([
      ['SI', ['ptuj']],
      ['HU', ['lenti']],
    ])
    expect(groupTownsByCountry([])).toEqual([])
  })

  it('sorts by the rules of the given locale', () => {
    const hungarian = [named('czinderybogad', 'Czinderybogád', 'HU'), named('csorna', 'Csorna', 'HU')]
    expect(ids(groupTownsByCountry(hungarian, 'en'))).toEqual([['HU', ['csorna', 'czinderybogad']]])
    // In Hungarian "cs" is a letter of its own, after "c".
    expect(ids(groupTownsByCountry(hungarian, 'hu'))).toEqual([['HU', ['czinderybogad', 'csorna']]])
  })

  it('does not reorder the list it is given', () => {
    const before = towns.map((item) => item.id)
    groupTownsByCountry(towns)
    expect(towns.map((item) => item.id)).toEqual(before)
  })
})
