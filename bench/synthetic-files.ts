/**
 * A synthetic dataset as the files of data/ would hold it (cities.geojson, links.json, ...), for the browser
 * benchmark to serve in place of the real ones. `npx vite-node bench/write-synthetic-files.ts --towns
 * 1000 --links 10000 --activities 5000 --out DIR` writes them to DIR (never to data/).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Dataset } from '../src/domain/dataset'
import { syntheticDataset } from './synthetic-dataset'

/** The file name in data/ of each part of the dataset. */
export const DATA_FILE_NAMES = {
  towns: 'cities.geojson',
  organisations: 'organisations.json',
  projects: 'projects.json',
  activities: 'activities.json',
  links: 'links.json',
} as const

/** Each file's JSON value: towns as a GeoJSON FeatureCollection of points, the others as arrays of records. */
export function datasetFiles(dataset: Dataset): Record<string, unknown> {
  return {
    [DATA_FILE_NAMES.towns]: {
      type: 'FeatureCollection',
      features: dataset.towns.map(({ lon, lat, ...properties }) => ({
        type: 'Feature',
        id: properties.id,
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties,
      })),
    },
    [DATA_FILE_NAMES.organisations]: dataset.organisations,
    [DATA_FILE_NAMES.projects]: dataset.projects,
    [DATA_FILE_NAMES.activities]: dataset.activities,
    [DATA_FILE_NAMES.links]: dataset.links,
  }
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`)
  return index === -1 ? undefined : args[index + 1]
}

/** The command line: writes the files of one seeded dataset into --out. */
export function writeSyntheticFiles(args: readonly string[]): string {
  const towns = Number(option(args, 'towns') ?? 1000)
  const links = Number(option(args, 'links') ?? towns * 10)
  const activities = Number(option(args, 'activities') ?? towns * 5)
  const seed = Number(option(args, 'seed') ?? 24)
  const out = resolve(option(args, 'out') ?? `/tmp/bench-synthetic-${towns}`)
  const dataset = syntheticDataset(towns, seed, { links, activities, pairedActivities: true })
  mkdirSync(out, { recursive: true })
  for (const [name, value] of Object.entries(datasetFiles(dataset))) writeFileSync(join(out, name), JSON.stringify(value))
  return out
}
