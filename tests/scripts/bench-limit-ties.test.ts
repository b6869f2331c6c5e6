import { describe, expect, it } from 'vitest'
import { directTies, type TieFiles } from '../../bench/limit/direct-ties'
import { syntheticDataset } from '../../bench/synthetic-dataset'
import { datasetFiles, DATA_FILE_NAMES } from '../../bench/synthetic-files'
import type { Dataset } from '../../src/domain/dataset'
import { validateDataset } from '../../src/domain/validate-dataset'
import { buildNetwork } from '../../src/domain/network/build-network'
import { linkLines } from '../../src/domain/network/link-geometry'
import { NO_FILTER, type NetworkFilter } from '../../src/domain/network/network-filter'

/** The ties the app draws as lines for a filter, as sorted "a|b" keys. */
function appTies(dataset: Dataset, filter: NetworkFilter): string[] {
  const positions = new Map(dataset.towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]]))
  const lines = linkLines(buildNetwork(dataset, { filter }).graph, (id) => positions.get(id))
  return lines.features.map(({ properties }) => `${properties.source}|${properties.target}`).sort()
}

/** The ties the reference page (bench/limit) draws from the same files. */
function limitTies(dataset: Dataset, filter: NetworkFilter): string[] {
  const files = datasetFiles(dataset)
  const collection = files[DATA_FILE_NAMES.towns] as { features: { properties: { id: string; country: string } }[] }
  const ties = directTies({
    towns: collection.features.map((feature) => feature.properties),
    links: files[DATA_FILE_NAMES.links] as TieFiles['links'],
    projects: files[DATA_FILE_NAMES.projects] as TieFiles['projects'],
    activities: files[DATA_FILE_NAMES.activities] as TieFiles['activities'],
  }, filter)
  return ties.map((tie) => `${tie.source}|${tie.target}`).sort()
}

const FILTERS: [string, NetworkFilter][] = [
  ['no filter', NO_FILTER],
  ['a country', { ...NO_FILTER, countries: ['SI'] }],
  ['a period', { ...NO_FILTER, from: '2015-01-01', to: '2019-12-31' }],
]

describe('the benchmark reference page draws the ties the app draws', () => {
  const shapes = [
    ['records of 1 to 5 towns', syntheticDataset(120, 7)],
    ['only direct ties (the browser benchmark)', syntheticDataset(120, 7, { links: 600, activities: 300, pairedActivities: true })],
  ] as const
  for (const [shape, dataset] of shapes) {
    for (const [name, filter] of FILTERS) {
      it(`${shape}, ${name}`, () => {
        const expected = appTies(dataset, filter)
        expect(expected.length).toBeGreaterThan(10)
        expect(limitTies(dataset, filter)).toEqual(expected)
      })
    }
  }

  it('the synthetic files are valid data: the app keeps every record', () => {
    const dataset = syntheticDataset(60, 3, { links: 300, activities: 200, pairedActivities: true })
    const files = datasetFiles(dataset)
    const { dataset: read, issues } = validateDataset({
      towns: files[DATA_FILE_NAMES.towns], organisations: files[DATA_FILE_NAMES.organisations], projects: files[DATA_FILE_NAMES.projects],
      activities: files[DATA_FILE_NAMES.activities], links: files[DATA_FILE_NAMES.links],
    })
    expect(issues).toEqual([])
    expect(read.towns).toHaveLength(60)
    expect(read.links).toHaveLength(300)
    expect(read.activities).toHaveLength(200)
  })

  it('the same seed gives the same files', () => {
    const files = (seed: number) => JSON.stringify(datasetFiles(syntheticDataset(40, seed, { links: 100, activities: 50, pairedActivities: true })))
    expect(files(5)).toBe(files(5))
    expect(files(5)).not.toBe(files(6))
  })
})
