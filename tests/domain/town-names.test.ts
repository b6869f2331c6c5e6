import { describe, expect, it } from 'vitest'
import { formatTownName, townDisplayName } from '../../src/domain/town-names'
import type { Town } from '../../src/domain/town-schema'

type Named = Pick<Town, 'names'>
const ptuj: Named = { names: { official: 'Ptuj', sl: 'Ptuj', de: 'Pettau', hu: 'Ptuj', en: 'Ptuj' } }
const murskaSobota: Named = {
  names: { official: 'Murska Sobota', sl: 'Murska Sobota', de: 'Olsnitz', hu: 'Muraszombat', en: 'Murska Sobota' },
}
const szentgotthard: Named = {
  names: { official: 'Szentgotthárd', sl: 'Monošter', de: 'St. Gotthard', hu: 'Szentgotthárd', en: 'Szentgotthárd' },
}

describe('formatTownName', () => {
  it('adds the name in the reader\'s language after the official one when it differs', () => {
    expect(formatTownName(ptuj, 'de')).toBe('Ptuj (Pettau)')
    expect(formatTownName(murskaSobota, 'hu')).toBe('Murska Sobota (Muraszombat)')
    expect(formatTownName(murskaSobota, 'de')).toBe('Murska Sobota (Olsnitz)')
    expect(formatTownName(szentgotthard, 'sl')).toBe('Szentgotthárd (Monošter)')
    expect(formatTownName(szentgotthard, 'de')).toBe('Szentgotthárd (St. Gotthard)')
  })

  it('gives the official name alone when the reader\'s name is the same', () => {
    expect(formatTownName(ptuj, 'en')).toBe('Ptuj')
    expect(formatTownName(ptuj, 'sl')).toBe('Ptuj')
    expect(formatTownName(ptuj, 'hu')).toBe('Ptuj')
    expect(formatTownName(murskaSobota, 'en')).toBe('Murska Sobota')
    expect(formatTownName(szentgotthard, 'hu')).toBe('Szentgotthárd')
  })
})

describe('townDisplayName', () => {
  it('keeps the official and the local name apart, local null when they are the same', () => {
    expect(townDisplayName(ptuj, 'de')).toEqual({ official: 'Ptuj', local: 'Pettau' })
    expect(townDisplayName(ptuj, 'en')).toEqual({ official: 'Ptuj', local: null })
    expect(townDisplayName(szentgotthard, 'sl')).toEqual({ official: 'Szentgotthárd', local: 'Monošter' })
  })
})
