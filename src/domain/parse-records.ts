import type { z } from 'zod'
import { claimedId, type DataIssue, formatFieldPath, isObject, recordLabel } from './data-issue'

export interface ParsedRecords<T> {
  records: T[]
  issues: DataIssue[]
  /**
   * Ids of records left out as invalid. They exist, so references to them are not "unknown":
   * the record's own problem is reported once, not again at every reference.
   */
  rejectedIds: string[]
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key]
    else if (isObject(value) && typeof key === 'string') value = value[key]
    else return undefined
  }
  return value
}

function describeIssue(issue: z.core.$ZodIssue, record: unknown): string {
  // JSON has no undefined: whatever the schema expected there (a type, an enum option, a literal), the field is missing.
  // A schema's own words for it win ("the German text (de) is missing").
  if (valueAt(record, issue.path) === undefined) {
    return / is missing$/.test(issue.message) ? issue.message : 'is missing'
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`
  }
  return issue.message.replace(/^Invalid input: /, '')
}

export interface ParseRecordsOptions<T> {
  /** Finds a raw record's id (for GeoJSON it is in the properties). */
  idOf?: (raw: unknown) => string | undefined
  /**
   * The same record with its optional fields forgiven (see `lenientSchema` in common-schemas): a record
   * that fails `schema` but passes this one is kept with those fields dropped. Its problems are reported
   * all the same.
   */
  lenient?: z.ZodType<T>
}

/**
 * Validates each record on its own, so one broken record does not hide the others, and one bad optional
 * field does not hide its record: every problem is reported, and a record is left out only when even
 * `options.lenient` cannot read it.
 */
export function parseRecords<T>(
  file: string,
  rawRecords: readonly unknown[],
  schema: z.ZodType<T>,
  options: ParseRecordsOptions<T> = {},
): ParsedRecords<T> {
  const idOf = options.idOf ?? claimedId
  const records: T[] = []
  const issues: DataIssue[] = []
  const rejectedIds: string[] = []
  rawRecords.forEach((raw, index) => {
    const result = schema.safeParse(raw)
    if (result.success) {
      records.push(result.data)
      return
    }
    const kept = options.lenient?.safeParse(raw)
    if (kept?.success) {
      records.push(kept.data)
    } else {
      const id = idOf(raw)
      if (id !== undefined) rejectedIds.push(id)
    }
    for (const issue of result.error.issues) {
      issues.push({
        file,
        record: recordLabel(raw, index, idOf),
        field: formatFieldPath(issue.path),
        message: describeIssue(issue, raw),
      })
    }
  })
  return { records, issues, rejectedIds }
}

/** The top level of a data file must be a list of records. */
export function recordsOfArrayFile(file: string, raw: unknown): { rawRecords: unknown[]; issues: DataIssue[] } {
  if (Array.isArray(raw)) return { rawRecords: raw, issues: [] }
  return {
    rawRecords: [],
    issues: [{ file, record: null, field: null, message: 'must be a JSON array of records' }],
  }
}
