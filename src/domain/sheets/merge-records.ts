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
  added: string[]
  changed: string[]
  unchanged: string[]
}

/**
 * The records with the incoming ones merged by id: a new id is added at the end, an existing one replaced
 * where it stands (kept as it was, key order too, when nothing changed), every other record kept.
 * `update` makes the record that replaces an existing one (by default the incoming record itself).
 */
export function mergeById(
  existing: readonly unknown[],
  incoming: readonly unknown[],
  idOf: (record: unknown) => unknown,
  update: (old: unknown, incoming: unknown) => unknown = (_old, record) => record,
): MergedRecords {
  const records = [...existing]
  const result: MergedRecords = { records, added: [], changed: [], unchanged: [] }
  for (const record of incoming) {
    const id = idOf(record)
    const index = records.findIndex((old) => idOf(old) === id)
    if (index < 0) {
      records.push(record)
      result.added.push(String(id))
      continue
    }
    const next = update(records[index], record)
    if (sameJson(next, records[index])) {
      result.unchanged.push(String(id))
    } else {
      records[index] = next
      result.changed.push(String(id))
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
