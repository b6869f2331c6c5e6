import { csvParse } from 'd3'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/domain/dataset'
import { exportBaseName, filterSummary, type FilterWords } from '../../../src/domain/export/export-names'
import { printSources } from '../../../src/domain/export/print-sources'
import { CSV_BOM, viewCsv } from '../../../src/domain/export/view-csv'
import { viewGeoJson } from '../../../src/domain/export/view-geojson'
import { recordsOfView } from '../../../src/domain/export/view-records'
import { buildNetwork } from '../../../src/domain/network/build-network'
import { indexEvidence } from '../../../src/domain/network/evidence-details'
import { networkFigures } from '../../../src/domain/network/network-metrics'
import { NO_FILTER, type NetworkFilter } from '../../../src/domain/network/network-filter'
import { townProfile } from '../../../src/domain/network/town-profile'
import { TOWN_IDS, tinyDataset } from '../network/tiny-dataset'

/** The records of the tiny dataset (tests/domain/network/tiny-dataset.ts) under a filter, as the Download menu makes them. */
function recordsOf(dataset: Dataset, filter: NetworkFilter = NO_FILTER) {
  return recordsOfView(dataset, filter, 'de')
}

/** A CSV file read back as a spreadsheet would: the byte-order mark first, then RFC 4180 rows. */
function parseCsv(text: string) {
  expect(text.startsWith(CSV_BOM)).toBe(true)
  return csvParse(text.slice(CSV_BOM.length))
}

const positions = (dataset: Dataset) => new Map(dataset.towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]]))

describe('the records of a view', () => {
  it('gives every town of an unfiltered view its figures, worked out by hand', () => {
    const { towns } = recordsOf(tinyDataset())
    expect(towns.map((town) => town.id)).toEqual([...TOWN_IDS])
    const atA = towns.find((town) => town.id === 'at-a')
    // at-a: 7 records; direct partners si-a and at-b; partners also hu-a (act-meeting); one group record
    // (act-meeting), two network-wide (p-big-si-at, act-whole); first record the 1995 twinning.
    expect(atA).toMatchObject({ strength: 7, direct_partners: 2, partners: 3, groups: 1, network_wide: 2, first_year: 1995, country: 'AT', name: 'AT-A', name_de: 'AT-A (de)' })
    // hu-a is in both group records (p-trio, act-meeting); hu-d only in the record of all towns.
    expect(towns.find((town) => town.id === 'hu-a')).toMatchObject({ strength: 5, groups: 2, network_wide: 2 })
    expect(towns.find((town) => town.id === 'hu-d')).toMatchObject({ strength: 1, direct_partners: 0, groups: 0, network_wide: 1, first_year: 2018 })
  })

  it('gives each tie its records, kinds and dates, and the activities with the title in the reader’s language', () => {
    const { ties, activities } = recordsOf(tinyDataset())
    expect(ties).toHaveLength(45)
    const tie = ties.find((item) => item.source === 'at-a' && item.target === 'si-a')
    // 1 (twinning) + 1 (p-bilateral, told by l-joint too) + 1/2 (act-meeting) + 1/8 (p-big-si-at) + 1/9 (act-whole).
    expect(tie).toMatchObject({
      tie: 'direct', weight: 2.736111, first: '1995-05-20', source_name: 'AT-A', target_name: 'SI-A',
      kinds: ['town-twinning', 'joint-project', 'project', 'activity'], evidence: expect.arrayContaining(['l-twinning', 'l-joint', 'p-bilateral', 'act-meeting']),
    })
    expect(activities.map((activity) => activity.id)).toEqual(['act-signing', 'act-meeting', 'act-whole', 'act-visit', 'act-outside', 'act-undated'])
    expect(activities[3]).toMatchObject({ title: 'Title of act-visit', title_en: 'English title of act-visit', title_original: 'de', project: 'p-trio', start: '2019-05-12', end: '' })
  })

  it('narrows to a country: its towns only, the ties that touch them, the activities that involve them', () => {
    const all = recordsOf(tinyDataset())
    const si = recordsOf(tinyDataset(), { ...NO_FILTER, countries: ['SI'] })
    expect(si.towns.map((town) => town.id)).toEqual(['si-a', 'si-b', 'si-c'])
    expect(si.ties.length).toBeLessThan(all.ties.length)
    expect(si.ties.every((tie) => tie.source.startsWith('si-') || tie.target.startsWith('si-'))).toBe(true)
    // act-visit (at-a, at-b) is Austrian only; the activity of all towns stays.
    expect(si.activities.map((activity) => activity.id)).toEqual(['act-signing', 'act-meeting', 'act-whole', 'act-outside', 'act-undated'])
  })

  it('narrows to a project the data knows, and ignores one it does not', () => {
    expect(recordsOf(tinyDataset(), { ...NO_FILTER, project: 'p-trio' }).activities.map((activity) => activity.id)).toEqual(['act-visit'])
    expect(recordsOf(tinyDataset(), { ...NO_FILTER, project: 'no-such-project' }).activities).toHaveLength(6)
  })

  it('narrows to a period: the records that overlap it', () => {
    const records = recordsOf(tinyDataset(), { ...NO_FILTER, from: '2019-01-01', to: '2019-12-31' })
    expect(records.activities.map((activity) => activity.id)).toEqual(['act-signing', 'act-meeting', 'act-visit', 'act-outside'])
    // p-trio (2017-03..2020-02) overlaps 2019; p-bilateral (2010..2013) does not.
    expect(records.ties.find((tie) => tie.source === 'at-a' && tie.target === 'si-a')?.evidence).toEqual(['l-twinning', 'act-meeting'])
  })
})

describe('the CSV tables', () => {
  it('write the towns with a header, one row each, read back to the same values', () => {
    const dataset = tinyDataset()
    dataset.towns[0] = { ...dataset.towns[0]!, region: 'Steiermark, "Oststeiermark"', names: { ...dataset.towns[0]!.names, hu: 'Szentgotthárd' } }
    const rows = parseCsv(viewCsv(recordsOf(dataset), 'towns'))
    expect(rows.columns.slice(0, 3)).toEqual(['id', 'name', 'name_sl'])
    expect(rows).toHaveLength(10)
    expect(rows[0]).toMatchObject({ id: 'at-a', region: 'Steiermark, "Oststeiermark"', name_hu: 'Szentgotthárd', strength: '7', direct_partners: '2', first_year: '1995' })
    expect(rows.find((row) => row.id === 'hu-d')?.first_year).toBe('2018')
  })

  it('write the ties with their records and kinds joined by ";"', () => {
    const rows = parseCsv(viewCsv(recordsOf(tinyDataset()), 'ties'))
    expect(rows.columns).toEqual(['source', 'target', 'source_name', 'target_name', 'tie', 'weight', 'first', 'last', 'open', 'kinds', 'evidence'])
    const row = rows.find((item) => item.source === 'at-a' && item.target === 'si-a')
    expect(row?.kinds).toBe('town-twinning;joint-project;project;activity')
    expect(row?.evidence?.split(';').sort()).toEqual(['act-meeting', 'act-whole', 'l-joint', 'l-twinning', 'p-big-si-at', 'p-bilateral'])
    expect(row?.open).toBe('true')
  })

  it('write the activities with line breaks and quotes in titles kept', () => {
    const dataset = tinyDataset()
    dataset.activities[0] = { ...dataset.activities[0]!, title: { ...dataset.activities[0]!.title, de: 'Charta, "Pakt"\nund Fest' } }
    const rows = parseCsv(viewCsv(recordsOf(dataset), 'activities'))
    expect(rows).toHaveLength(6)
    expect(rows[0]).toMatchObject({ id: 'act-signing', title: 'Charta, "Pakt"\nund Fest', towns: 'si-b;hu-a', sources: 'https://example.org/source', date_inferred: 'false' })
    expect(rows.find((row) => row.id === 'act-whole')?.towns).toBe('all-24')
  })
})

describe('the GeoJSON', () => {
  it('holds the towns as points, the ties as lines between their towns and the activities at their places', () => {
    const dataset = tinyDataset()
    dataset.activities[1] = { ...dataset.activities[1]!, hostTown: 'si-a' }
    const collection = viewGeoJson(recordsOf(dataset), positions(dataset))
    const layer = (name: string) => collection.features.filter((feature) => feature.properties?.layer === name)
    expect(layer('town')).toHaveLength(10)
    expect(layer('tie')).toHaveLength(45)
    expect(layer('activity')).toHaveLength(6)
    expect(layer('town')[0]).toMatchObject({ id: 'at-a', geometry: { type: 'Point', coordinates: [16, 47] }, properties: { strength: 7 } })
    const tie = layer('tie').find((feature) => feature.id === 'at-a|si-a')
    expect(tie?.geometry).toEqual({ type: 'LineString', coordinates: [[16, 47], [16, 46.6]] })
    expect(tie?.properties?.evidence).toContain('l-twinning')
    const activity = (id: string) => layer('activity').find((feature) => feature.id === id)?.geometry
    expect(activity('act-meeting')).toEqual({ type: 'Point', coordinates: [16, 46.6] })
    expect(activity('act-signing')).toEqual({ type: 'MultiPoint', coordinates: [[16.2, 46.5], [16.6, 46.9]] })
    // All towns, or no known place: no geometry rather than an invented one.
    expect(activity('act-whole')).toBeNull()
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection)
  })

  it('follows a country filter as the tables do', () => {
    const dataset = tinyDataset()
    const collection = viewGeoJson(recordsOf(dataset, { ...NO_FILTER, countries: ['HU'] }), positions(dataset))
    const towns = collection.features.filter((feature) => feature.properties?.layer === 'town').map((feature) => feature.id)
    expect(towns).toEqual(['hu-a', 'hu-b', 'hu-c', 'hu-d'])
  })
})

describe('the names of a download', () => {
  const words: FilterWords = {
    country: (country) => ({ AT: 'Austria', SI: 'Slovenia', HU: 'Hungary' })[country],
    kind: (kind) => `kind ${kind}`,
    project: (id) => `project ${id}`,
    since: (date) => `since ${date}`,
    until: (date) => `until ${date}`,
    all: 'All records',
  }

  it('describe the filter in one line', () => {
    expect(filterSummary(NO_FILTER, words, 'en')).toBe('All records')
    expect(filterSummary({ ...NO_FILTER, countries: ['SI', 'HU'], kinds: ['project'], from: '2017-01-01', to: '2019-12-31' }, words, 'en-GB'))
      .toBe('Slovenia, Hungary · kind project · 1 January 2017 – 31 December 2019')
    expect(filterSummary({ ...NO_FILTER, project: 'p-trio', from: '2019-03-07' }, words, 'en-GB')).toBe('project p-trio · since 7 March 2019')
  })

  it('name the file after what the view shows', () => {
    const view = { town: null, activity: null, tab: null, filter: { project: null, countries: null } }
    expect(exportBaseName(view)).toBe('24-cities-map')
    expect(exportBaseName({ ...view, town: 'ptuj' })).toBe('24-cities-ptuj')
    expect(exportBaseName({ ...view, tab: 'network', filter: { project: null, countries: ['SI', 'HU'] } })).toBe('24-cities-network-si-hu')
    expect(exportBaseName({ ...view, activity: 'forum24-pact-signing-2019-03-07', town: 'ptuj' })).toBe('24-cities-forum24-pact-signing-2019-03-07')
  })
})

describe('the sources of a printed profile', () => {
  it('lists each address once, the town’s first', () => {
    const dataset = tinyDataset()
    const network = buildNetwork(dataset)
    const profile = townProfile('at-a', dataset, network, networkFigures(network.graph), indexEvidence(dataset))
    const town = { ...dataset.towns[0]!, sources: ['https://example.org/town', 'https://example.org/source'], population: { ...dataset.towns[0]!.population, source: 'https://stat.example.org/at-a' } }
    const activities = [{ sources: ['https://example.org/activity', 'https://example.org/town'] }]
    expect(printSources(town, profile, activities)).toEqual([
      'https://example.org/town', 'https://example.org/source', 'https://stat.example.org/at-a', 'https://example.org/activity',
    ])
  })
})
