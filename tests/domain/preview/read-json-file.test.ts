import { describe, expect, it } from 'vitest'
import { isJsonInput } from '../../../src/domain/preview/preview-file'
import { readJsonFile } from '../../../src/domain/preview/read-json-file'

describe('isJsonInput', () => {
  it('goes by the extension, and sniffs a file without a telling one', () => {
    expect(isJsonInput({ name: 'links.json', text: 'id,from' })).toBe(true)
    expect(isJsonInput({ name: 'cities.GEOJSON', text: '' })).toBe(true)
    expect(isJsonInput({ name: 'links.csv', text: '[' })).toBe(false)
    expect(isJsonInput({ name: 'download', text: '\uFEFF  [{"id":"a"}]' })).toBe(true)
    expect(isJsonInput({ name: 'download', text: 'id;from;to' })).toBe(false)
  })
})

describe('readJsonFile', () => {
  it('reads the records of the data file it names or whose shape it has', () => {
    expect(readJsonFile({ name: 'links.json', text: '\uFEFF[{"id":"a"}]' })).toEqual({ name: 'links.json', target: 'links', records: [{ id: 'a' }], problems: [] })
    expect(readJsonFile({ name: 'cities.geojson', text: '{"type":"FeatureCollection","features":[]}' }).target).toBe('towns')
  })

  it('names a file of the wrong shape', () => {
    expect(readJsonFile({ name: 'cities.geojson', text: '{"type":"FeatureCollection"}' }).problems).toEqual([
      { file: 'cities.geojson', row: null, column: null, record: null, field: null, message: 'must be a GeoJSON FeatureCollection with a "features" array' },
    ])
    expect(readJsonFile({ name: 'links.json', text: '"text"' }).problems[0]?.message).toBe('must be a JSON array of records')
  })
})
