import { claimedId, isObject } from '../data-issue'
import type { DataFileKey } from '../dataset'

/**
 * The records of one data file as the file holds them: the features of cities.geojson, the array of the
 * others. Anything else (a file that is not yet the right shape) has no records.
 */
export function recordsOfDataFile(key: DataFileKey, raw: unknown): unknown[] {
  if (key === 'towns') return isObject(raw) && Array.isArray(raw.features) ? raw.features : []
  return Array.isArray(raw) ? raw : []
}

/** The file `raw` with its records replaced, everything else in it (a collection's own fields) kept. */
export function withRecords(key: DataFileKey, raw: unknown, records: unknown[]): unknown {
  if (key !== 'towns') return records
  return { ...(isObject(raw) ? raw : { type: 'FeatureCollection' }), features: records }
}

/** The id a record of the file claims: a town's in its properties, the others' at the top. */
export function recordIdOf(key: DataFileKey): (record: unknown) => string | undefined {
  return key === 'towns' ? (record) => claimedId(isObject(record) ? record.properties : undefined) : claimedId
}

/** A data file as it is written in data/: JSON with two-space indents and a final line break. */
export function serialiseDataFile(raw: unknown): string {
  return `${JSON.stringify(raw, null, 2)}\n`
}
