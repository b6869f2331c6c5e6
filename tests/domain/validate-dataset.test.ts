import { describe, expect, it } from 'vitest'
import { formatIssue } from '../../src/domain/data-issue'
import type { DataFileKey, RawDataset } from '../../src/domain/dataset'
import { validateDataset } from '../../src/domain/validate-dataset'
import { readFixtureRaw } from '../real-data'
import { activity, link, organisation, townFeature } from './sample-dataset'

function smallRaw(): RawDataset {
  return {
    towns: { type: 'FeatureCollection', features: [townFeature('ptuj'), townFeature('lenti')] },
    organisations: [organisation('lto', { seatTown: 'ptuj' })],
    projects: [],
    activities: [activity('forum24-2019', { towns: ['ptuj', 'lenti'] })],
    links: [link('ptuj-lenti', 'ptuj', 'lenti')],
  }
}

// The true records, frozen (tests/fixtures/dataset); that the live data/ validates is tests/data/live-data.test.ts.
describe('validateDataset on the real data', () => {
  const raw = readFixtureRaw()
  const { dataset, issues } = validateDataset(raw)

  it('finds no issue at all', () => {
    expect(issues.map(formatIssue)).toEqual([])
  })

  it('keeps every record of every file, and the 24 towns', () => {
    expect(dataset.towns).toHaveLength(24)
    expect(dataset.towns).toHaveLength((raw.towns as { features: unknown[] }).features.length)
    expect(dataset.organisations).toHaveLength((raw.organisations as unknown[]).length)
    expect(dataset.projects).toHaveLength((raw.projects as unknown[]).length)
    expect(dataset.activities).toHaveLength((raw.activities as unknown[]).length)
    expect(dataset.links).toHaveLength((raw.links as unknown[]).length)
    expect(new Set(dataset.towns.map((town) => town.country))).toEqual(new Set(['AT', 'SI', 'HU']))
  })
})

describe('validateDataset', () => {
  it('reports structure first, then references', () => {
    const raw = smallRaw()
    raw.activities = [activity('forum24-2019', { towns: ['ptuj', 'lentii'] }), { ...activity('x'), kind: undefined }]
    expect(validateDataset(raw).issues.map(formatIssue)).toEqual([
      'data/activities.json: record "x" field kind: is missing',
      'data/activities.json: record "forum24-2019" field towns[1]: unknown town "lentii" (did you mean "lenti"?)',
    ])
  })

  it('without being told, reports a missing towns file and every reference to it', () => {
    const raw = { ...smallRaw(), towns: undefined }
    expect(validateDataset(raw).issues.map(formatIssue)).toEqual([
      'data/cities.geojson: must be a GeoJSON FeatureCollection with a "features" array',
      'data/organisations.json: record "lto" field seatTown: unknown town "ptuj"',
      'data/activities.json: record "forum24-2019" field towns[0]: unknown town "ptuj"',
      'data/activities.json: record "forum24-2019" field towns[1]: unknown town "lenti"',
      'data/links.json: record "ptuj-lenti" field from: unknown town "ptuj"',
      'data/links.json: record "ptuj-lenti" field to: unknown town "lenti"',
    ])
  })

  it('with a file marked unreadable, leaves its problem to the reader and checks no references', () => {
    const raw = { ...smallRaw(), towns: undefined }
    const result = validateDataset(raw, new Set<DataFileKey>(['towns']))
    expect(result.issues).toEqual([])
    expect(result.dataset.towns).toEqual([])
    expect(result.dataset.links.map((record) => record.id)).toEqual(['ptuj-lenti'])
  })

  it('with a file unreadable, still reports the structure of the other files', () => {
    const raw = { ...smallRaw(), links: undefined }
    raw.activities = [activity('forum24-2019', { towns: ['ptujj'], sources: ['javascript:alert(1)'] })]
    expect(validateDataset(raw, new Set<DataFileKey>(['links'])).issues.map(formatIssue)).toEqual([
      'data/activities.json: record "forum24-2019" field sources[0]: must be an absolute http(s) URL',
    ])
  })

  it('reports a missing translation by file, record and field, and keeps its record with the original\'s words', () => {
    const raw = smallRaw()
    const description = {
      original: 'en',
      sl: 'Župani so podpisali tristranski dogovor.',
      hu: 'A polgármesterek aláírták a háromoldalú paktumot.',
      en: 'The mayors signed the trilateral pact.',
    }
    raw.activities = [{ ...activity('forum24-2019', { towns: ['ptuj', 'lenti'] }), description }]
    const { dataset, issues } = validateDataset(raw)
    expect(issues.map(formatIssue)).toEqual([
      'data/activities.json: record "forum24-2019" field description.de: the German text (de) is missing',
    ])
    expect(dataset.activities.map((record) => record.id)).toEqual(['forum24-2019'])
    expect(dataset.activities[0]?.description).toEqual({ ...description, de: description.en })
  })
})
