import { describe, expect, it } from 'vitest'
import { formatFieldPath, formatIssue, isObject, recordLabel } from '../../src/domain/data-issue'

describe('formatIssue', () => {
  it('names the file, the record and the field before the message', () => {
    expect(
      formatIssue({ file: 'data/activities.json', record: '"forum24-2019"', field: 'towns[2]', message: 'unknown town "ptujj"' }),
    ).toBe('data/activities.json: record "forum24-2019" field towns[2]: unknown town "ptujj"')
  })

  it('leaves out the field for a problem of the whole record', () => {
    expect(formatIssue({ file: 'data/links.json', record: '#3', field: null, message: 'expected object, received string' }))
      .toBe('data/links.json: record #3: expected object, received string')
  })

  it('leaves out the record and the field for a problem of the whole file', () => {
    expect(formatIssue({ file: 'data/links.json', record: null, field: null, message: 'must be a JSON array of records' }))
      .toBe('data/links.json: must be a JSON array of records')
  })

  it('keeps a field given without a record', () => {
    expect(formatIssue({ file: 'data/projects.json', record: null, field: 'period.end', message: 'is missing' }))
      .toBe('data/projects.json: field period.end: is missing')
  })
})

describe('formatFieldPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatFieldPath(['towns', 2])).toBe('towns[2]')
    expect(formatFieldPath(['properties', 'population', 'year'])).toBe('properties.population.year')
    expect(formatFieldPath(['partners', 0, 'towns', 1])).toBe('partners[0].towns[1]')
    expect(formatFieldPath(['geometry', 'coordinates', 0])).toBe('geometry.coordinates[0]')
  })

  it('starts with a bracket when the path starts with an index', () => {
    expect(formatFieldPath([3, 'id'])).toBe('[3].id')
  })

  it('is null for an empty path (the whole record)', () => {
    expect(formatFieldPath([])).toBeNull()
  })
})

describe('recordLabel', () => {
  it('is the id in quotes when the record has one', () => {
    expect(recordLabel({ id: 'forum24-2019' }, 4)).toBe('"forum24-2019"')
    expect(recordLabel({ id: 'say "hi"' }, 0)).toBe('"say \\"hi\\""')
  })

  it('is the index when there is no usable id', () => {
    expect(recordLabel({ title: 'no id' }, 3)).toBe('#3')
    expect(recordLabel({ id: '' }, 1)).toBe('#1')
    expect(recordLabel({ id: 42 }, 2)).toBe('#2')
    expect(recordLabel(null, 0)).toBe('#0')
    expect(recordLabel('forum24-2019', 5)).toBe('#5')
    expect(recordLabel(['id'], 6)).toBe('#6')
  })
})

describe('isObject', () => {
  it('accepts plain objects only', () => {
    expect(isObject({})).toBe(true)
    expect(isObject([])).toBe(false)
    expect(isObject(null)).toBe(false)
    expect(isObject('x')).toBe(false)
    expect(isObject(undefined)).toBe(false)
  })
})
