import { describe, expect, it } from 'vitest'
import { mapLabel, MAX_LABEL_LENGTH } from '../../src/domain/map-label'

describe('mapLabel', () => {
  it('keeps real names as they are', () => {
    for (const name of ['Ptuj', 'Lenart v Slovenskih goricah', 'Őriszentpéter', 'Zalalövő', 'Szentgotthárd']) expect(mapLabel(name)).toBe(name)
  })

  it('drops bidi controls, so that no override reverses the label', () => {
    expect(mapLabel('\u202EPtuj\u202C')).toBe('Ptuj')
    expect(mapLabel('\u2066Lendava\u2069 \u200F\u061C')).toBe('Lendava')
    expect(mapLabel('\u202B\u202A\u202D\u2067\u2068Ormož')).toBe('Ormož')
  })

  it('collapses white space', () => {
    expect(mapLabel('  Murska \n\t Sobota ')).toBe('Murska Sobota')
  })

  it('cuts a long name to its first characters and an ellipsis', () => {
    const label = mapLabel(`\u202E${'W'.repeat(10_000)}`)
    expect(label).toBe(`${'W'.repeat(MAX_LABEL_LENGTH - 1)}…`)
  })

  it('counts characters as a reader does: a joined emoji or a letter with its marks is one', () => {
    const family = '👩\u200D👩\u200D👧\u200D👦'
    const label = mapLabel(family.repeat(100))
    expect(label).toBe(`${family.repeat(MAX_LABEL_LENGTH - 1)}…`)
    expect(mapLabel('e\u0301'.repeat(MAX_LABEL_LENGTH))).toBe('e\u0301'.repeat(MAX_LABEL_LENGTH))
  })
})
