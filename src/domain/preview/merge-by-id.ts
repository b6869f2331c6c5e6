import { sameJson } from '../sheets/merge-records'

/** What merging a file's records into the data did, by id (a record without an id counts by its place). */
export interface MergeResult {
  records: unknown[]
  /** Ids new to the file. */
  added: string[]
  /** Ids already in the file whose record differs from the one there. */
  changed: string[]
  /** Ids already in the file with the very same record. */
  unchanged: string[]
}

/**
 * Merges a JSON file's records into `base` as data:from-csv merges a sheet's: a new id is added at the
 * end, a known id replaces its record in place. Nothing is dropped: a record without an id, or a second
 * record with an id the file already used, is added too, so that validation names it (a sheet's
 * repeated id is named by the sheet's reader instead).
 */
export function mergeById(
  base: readonly unknown[],
  incoming: readonly unknown[],
  idOf: (record: unknown) => string | undefined,
): MergeResult {
  const records = [...base]
  const places = new Map<string, number>()
  records.forEach((record, index) => {
    const id = idOf(record)
    if (id !== undefined && !places.has(id)) places.set(id, index)
  })
  const used = new Set<string>()
  const result: MergeResult = { records, added: [], changed: [], unchanged: [] }
  for (const record of incoming) {
    const id = idOf(record)
    const place = id === undefined || used.has(id) ? undefined : places.get(id)
    if (id === undefined || place === undefined) {
      result.added.push(id ?? `#${records.length}`)
      records.push(record)
    } else {
      ;(sameJson(records[place], record) ? result.unchanged : result.changed).push(id)
      records[place] = record
    }
    if (id !== undefined) used.add(id)
  }
  return result
}
