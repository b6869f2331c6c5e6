import { describe, expect, it } from 'vitest'
import { jsonFileTarget, recordsOfJsonFile } from '../../../src/domain/preview/data-file-target'

describe('jsonFileTarget', () => {
  it('knows the files of data/ by name, whatever their content', () => {
    expect(jsonFileTarget('activities.json', [])).toBe('activities')
    expect(jsonFileTarget('links.json', [{ hostTown: 'x' }])).toBe('links')
    expect(jsonFileTarget('projects.json', [])).toBe('projects')
    expect(jsonFileTarget('organisations.json', [])).toBe('organisations')
    expect(jsonFileTarget('cities.geojson', {})).toBe('towns')
    expect(jsonFileTarget('C:\\Users\\ana\\Downloads\\Activities.JSON', [])).toBe('activities')
  })

  it('reads the kind from a word in a changed name', () => {
    expect(jsonFileTarget('activities (2).json', [])).toBe('activities')
    expect(jsonFileTarget('new-links-2025.json', [])).toBe('links')
    expect(jsonFileTarget('towns.json', [])).toBe('towns')
  })

  it('reads the kind from the shape of the records when the name does not tell', () => {
    expect(jsonFileTarget('export.json', [{ id: 'a', from: 'ptuj', to: 'lenti', since: null }])).toBe('links')
    expect(jsonFileTarget('export.json', [{ id: 'a', kind: 'meeting', start: '2020', hostTown: null, towns: [] }])).toBe('activities')
    expect(jsonFileTarget('export.json', { id: 'a', programme: {}, partners: [], leadPartner: null })).toBe('projects')
    expect(jsonFileTarget('export.json', [{ id: 'a', represents: [], seatTown: null }])).toBe('organisations')
    expect(jsonFileTarget('export.json', { type: 'FeatureCollection', features: [] })).toBe('towns')
    expect(jsonFileTarget('export.json', [{ type: 'Feature', properties: { id: 'ptuj' } }])).toBe('towns')
  })

  it('gives up when neither name nor shape tells, or the name names two files', () => {
    expect(jsonFileTarget('export.json', [{ id: 'a' }])).toBeNull()
    expect(jsonFileTarget('export.json', 42)).toBeNull()
    expect(jsonFileTarget('links-and-projects.json', [])).toBeNull()
  })
})

describe('recordsOfJsonFile', () => {
  it('takes the features of a collection, the items of an array, a record alone as a list of one', () => {
    expect(recordsOfJsonFile('towns', { type: 'FeatureCollection', features: [{ id: 1 }] })).toEqual([{ id: 1 }])
    expect(recordsOfJsonFile('links', [{ id: 'a' }])).toEqual([{ id: 'a' }])
    expect(recordsOfJsonFile('links', { id: 'a' })).toEqual([{ id: 'a' }])
    expect(recordsOfJsonFile('links', 'text')).toBeNull()
    expect(recordsOfJsonFile('towns', { type: 'FeatureCollection' })).toBeNull()
  })
})
