/** One problem in one data file, precise enough to fix without searching. */
export interface DataIssue {
  /** Path as people see it in the repository, e.g. "data/activities.json". */
  file: string
  /** The record's id in quotes, or "#3" (index) when it has no usable id; null for the whole file. */
  record: string | null
  /** Path inside the record, e.g. "towns[2]" or "population.year"; null for the whole record. */
  field: string | null
  message: string
}

export function formatIssue(issue: DataIssue): string {
  const parts = [issue.file]
  const where = [
    issue.record === null ? null : `record ${issue.record}`,
    issue.field === null ? null : `field ${issue.field}`,
  ].filter((part): part is string => part !== null)
  return `${parts[0]}: ${where.length > 0 ? `${where.join(' ')}: ` : ''}${issue.message}`
}

/** "towns[2]", "population.year", "partners[0].towns[1]" from a path of keys. */
export function formatFieldPath(path: readonly PropertyKey[]): string | null {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text === '' ? null : text
}

/** The id a raw record claims (its `id`, a non-empty string), whether or not the record is valid. */
export function claimedId(record: unknown): string | undefined {
  const id = isObject(record) ? record.id : undefined
  return typeof id === 'string' && id !== '' ? id : undefined
}

export function recordLabel(record: unknown, index: number, idOf: (record: unknown) => string | undefined = claimedId): string {
  const id = idOf(record)
  return id !== undefined ? JSON.stringify(id) : `#${index}`
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
