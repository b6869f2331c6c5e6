import { describe, expect, it } from 'vitest'
import { claimedId } from '../../../src/domain/data-issue'
import { mergeById } from '../../../src/domain/sheets/merge-records'

const base = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 3 }]

describe('mergeById', () => {
  it('adds new ids at the end and replaces known ids in place', () => {
    const result = mergeById(base, [{ id: 'b', n: 20 }, { id: 'd', n: 4 }], claimedId)
    expect(result.records).toEqual([{ id: 'a', n: 1 }, { id: 'b', n: 20 }, { id: 'c', n: 3 }, { id: 'd', n: 4 }])
    expect(result).toMatchObject({ added: ['d'], changed: ['b'], unchanged: [] })
  })

  it('counts a known record brought again as it is (fields in another order) as unchanged', () => {
    const result = mergeById([{ id: 'a', n: 1, m: [1, { x: 1, y: 2 }] }], [{ m: [1, { y: 2, x: 1 }], n: 1, id: 'a' }], claimedId)
    expect(result).toMatchObject({ added: [], changed: [], unchanged: ['a'] })
  })

  it('drops nothing: a record without an id and a repeated id are added, for validation to name', () => {
    const result = mergeById(base, [{ n: 9 }, { id: 'a', n: 10 }, { id: 'a', n: 11 }], claimedId)
    expect(result.records).toHaveLength(5)
    expect(result.records[0]).toEqual({ id: 'a', n: 10 })
    expect(result.records.slice(3)).toEqual([{ n: 9 }, { id: 'a', n: 11 }])
    expect(result.added).toEqual(['#3', 'a'])
    expect(result.changed).toEqual(['a'])
  })

  it('does not change the base list', () => {
    const copy = structuredClone(base)
    mergeById(base, [{ id: 'a', n: 5 }], claimedId)
    expect(base).toEqual(copy)
  })
})
