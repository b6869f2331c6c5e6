import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATA_FILES, type DataFileKey } from '../../../src/domain/dataset'
import { recordIdOf, recordsOfDataFile, serialiseDataFile, withRecords } from '../../../src/domain/preview/data-file-records'

const text = (key: DataFileKey) => readFileSync(new URL(`../../../${DATA_FILES[key]}`, import.meta.url), 'utf8')

describe('serialiseDataFile', () => {
  it.each(Object.keys(DATA_FILES) as DataFileKey[])('writes %s exactly as data/ holds it', (key) => {
    expect(serialiseDataFile(JSON.parse(text(key)))).toBe(text(key))
  })
})

describe('records of a data file', () => {
  it('are the features of cities.geojson, each known by its properties.id', () => {
    const towns = JSON.parse(text('towns'))
    const records = recordsOfDataFile('towns', towns)
    expect(records).toHaveLength(24)
    expect(recordIdOf('towns')(records[0])).toBe(towns.features[0].properties.id)
    expect(withRecords('towns', towns, records.slice(0, 1))).toEqual({ ...towns, features: records.slice(0, 1) })
  })

  it('are the array of the other files; a file of another shape has none', () => {
    expect(recordsOfDataFile('links', [{ id: 'a' }])).toEqual([{ id: 'a' }])
    expect(recordsOfDataFile('links', { id: 'a' })).toEqual([])
    expect(recordsOfDataFile('towns', [])).toEqual([])
    expect(withRecords('links', null, [{ id: 'a' }])).toEqual([{ id: 'a' }])
    expect(recordIdOf('links')({ id: 'a' })).toBe('a')
  })
})
