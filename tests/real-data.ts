import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readRawDataset } from '../scripts/check-data-dir'
import type { Dataset, RawDataset } from '../src/domain/dataset'
import { validateDataset } from '../src/domain/validate-dataset'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The frozen snapshot of data/ that unit and component tests read (tests/fixtures/dataset/README.md): editing
 * the live records does not break them. Absolute; FIXTURE_DATA_PATH is the same relative to the repository.
 */
export const FIXTURE_DATA_DIR = resolve(ROOT, 'tests/fixtures/dataset')
export const FIXTURE_DATA_PATH = relative(ROOT, FIXTURE_DATA_DIR)

/** The live data/ directory: only tests/data/** reads it. */
export const LIVE_DATA_DIR = resolve(ROOT, 'data')

/** The six files of a data directory. */
export type DataDirFile = 'cities.geojson' | 'organisations.json' | 'projects.json' | 'activities.json' | 'links.json' | 'tour.json'

/** The text of a file of the snapshot. */
export function readFixtureFile(name: DataDirFile): string {
  return readFileSync(resolve(FIXTURE_DATA_DIR, name), 'utf8')
}

/** A file of the snapshot, parsed as JSON. */
export function readFixtureJson<T = unknown>(name: DataDirFile): T {
  return JSON.parse(readFixtureFile(name)) as T
}

/** The five record files of the snapshot as the validator takes them. */
export function readFixtureRaw(): RawDataset {
  return readRawDataset(FIXTURE_DATA_DIR).raw
}

/** A data directory read and validated exactly as data:check does; throws on any problem. */
function loadDataset(dir: string): Dataset {
  const { raw, issues: readIssues, unreadable } = readRawDataset(dir)
  const { dataset, issues } = validateDataset(raw, unreadable)
  if (readIssues.length > 0 || issues.length > 0) throw new Error(`${relative(ROOT, dir)}/ has issues: ${JSON.stringify([...readIssues, ...issues])}`)
  return dataset
}

/** The snapshot of data/, read and validated as data:check does; throws on any problem. */
export function loadFixtureDataset(): Dataset {
  return loadDataset(FIXTURE_DATA_DIR)
}

/** The live data/ directory, read and validated as data:check does; throws on any problem. Only for tests/data/**. */
export function loadLiveDataset(): Dataset {
  return loadDataset(LIVE_DATA_DIR)
}

/**
 * @deprecated The snapshot under its old name, for tests written before it: use loadFixtureDataset (or, in
 * tests/data/** only, loadLiveDataset).
 */
export const loadRealDataset = loadFixtureDataset
