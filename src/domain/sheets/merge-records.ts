import { isObject } from '../data-issue'
import { projectSchema } from '../project-schema'
import { orderKeys } from './sheet-records'

/** Equal as JSON values, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]))
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]))
  }
  return a === b
}

export interface MergedRecords {
  records: unknown[]
  /** Ids new to the file (a record without an id counts by its place: "#3"). */
  added: string[]
  /** Ids already in the file whose record differs from the one there. */
  changed: string[]
  /** Ids already in the file with the very same record. */
  unchanged: string[]
}

/**
 * The records with the incoming ones merged by id, as data:from-csv and the app's preview merge: a new id
 * is added at the end, an existing one replaced where it stands (kept as it was, key order too, when
 * nothing changed), every other record kept. Nothing is dropped: a record without an id, or a second
 * incoming record with an id already used, is added too, so that validation names it.
 * `update` makes the record that replaces an existing one (by default the incoming record itself).
 */
export function mergeById(
  existing: readonly unknown[],
  incoming: readonly unknown[],
  idOf: (record: unknown) => string | undefined,
  update: (old: unknown, incoming: unknown) => unknown = (_old, record) => record,
): MergedRecords {
  const records = [...existing]
  const places = new Map<string, number>()
  records.forEach((record, index) => {
    const id = idOf(record)
    if (id !== undefined && !places.has(id)) places.set(id, index)
  })
  const used = new Set<string>()
  const result: MergedRecords = { records, added: [], changed: [], unchanged: [] }
  for (const record of incoming) {
    const id = idOf(record)
    const place = id === undefined || used.has(id) ? undefined : places.get(id)
    if (id !== undefined) used.add(id)
    if (place === undefined) {
      result.added.push(id ?? `#${records.length}`)
      records.push(record)
      continue
    }
    const next = update(records[place], record)
    if (sameJson(next, records[place])) {
      result.unchanged.push(id as string)
    } else {
      records[place] = next
      result.changed.push(id as string)
    }
  }
  return result
}

const PROJECT_LISTS = ['partners', 'outputs', 'beneficiaries', 'conflicts'] as const

/** A project from projects.csv replacing an existing one keeps the lists its own sheets hold (partners, outputs, …). */
export function updateProject(old: unknown, incoming: unknown): unknown {
  if (!isObject(old) || !isObject(incoming)) return incoming
  const lists = Object.fromEntries(PROJECT_LISTS.filter((key) => key in old).map((key) => [key, old[key]]))
  return orderKeys({ ...incoming, ...lists }, Object.keys(projectSchema.shape))
}

/** A project with one of its lists replaced by a project list sheet's record ({ id, partners: [...] }). */
export function updateProjectList(old: unknown, incoming: unknown): unknown {
  if (!isObject(old) || !isObject(incoming)) return old
  const { id: _id, ...list } = incoming
  return orderKeys({ ...old, ...list }, Object.keys(projectSchema.shape))
}
