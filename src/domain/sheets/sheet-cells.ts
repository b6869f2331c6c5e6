import { type FieldSpec, columnsOf } from './sheet-columns'
import { LANGUAGES } from '../localized-text'
import { isObject } from '../data-issue'

/** A problem with one cell found while reading it (before the schema sees the record). */
export interface CellIssue {
  column: string | null
  message: string
}

/** Items of a list cell: separated by `|` or line breaks, each trimmed, empty ones left out. */
export function splitList(cell: string): string[] {
  return cell.split(/\s*(?:\||\r?\n|\r)\s*/).map((item) => item.trim()).filter((item) => item !== '')
}

/** A list written in one cell, as the templates write it. */
export function joinList(items: readonly string[]): string {
  return items.join(' | ')
}

/**
 * A number as a spreadsheet writes it: "1800000", "29.94", or with a decimal comma "29,94" (as Slovene,
 * German and Hungarian settings write it). Thousands separators are not read: null.
 */
export function parseNumber(cell: string): number | null {
  const normal = /^-?\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell
  return /^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(normal) ? Number(normal) : null
}

function parseBoolean(cell: string): boolean | null {
  const word = cell.toLowerCase()
  return word === 'true' ? true : word === 'false' ? false : null
}

export function getPath(record: unknown, key: string): unknown {
  let value = record
  for (const part of key.split('.')) value = isObject(value) ? value[part] : undefined
  return value
}

function setPath(record: Record<string, unknown>, key: string, value: unknown) {
  const parts = key.split('.')
  let target = record
  for (const part of parts.slice(0, -1)) {
    if (!isObject(target[part])) target[part] = {}
    target = target[part] as Record<string, unknown>
  }
  target[parts[parts.length - 1]!] = value
}

/**
 * The record a row holds (fields in spec order, empty cells as the spec says) and the cells that could
 * not be read (a number that is not one, a yes/no that is neither).
 */
export function rowToRecord(fields: readonly FieldSpec[], cell: (column: string) => string): { record: Record<string, unknown>; issues: CellIssue[] } {
  const record: Record<string, unknown> = {}
  const issues: CellIssue[] = []
  for (const field of fields) {
    const [column = field.key] = columnsOf(field)
    const value = cell(column)
    switch (field.type) {
      case 'text':
        if (value !== '') setPath(record, field.key, value)
        else if (field.empty === 'null') setPath(record, field.key, null)
        break
      case 'number': {
        if (value === '') {
          if (field.empty === 'null') setPath(record, field.key, null)
          break
        }
        const parsed = parseNumber(value)
        if (parsed === null) issues.push({ column, message: `"${value}" is not a number (write it with digits only, like 1800000 or 29.94)` })
        else setPath(record, field.key, parsed)
        break
      }
      case 'boolean': {
        if (value === '') break
        const parsed = parseBoolean(value)
        if (parsed === null) issues.push({ column, message: `"${value}" must be true or false (or left empty)` })
        else setPath(record, field.key, parsed)
        break
      }
      case 'list': {
        const items = splitList(value)
        if (items.length > 0 || field.empty === 'list') setPath(record, field.key, items)
        break
      }
      case 'localised': {
        const [originalColumn, ...languageColumns] = columnsOf(field)
        const original = cell(originalColumn ?? '')
        const texts = languageColumns.map((languageColumn) => cell(languageColumn))
        if (original === '' && texts.every((text) => text === '')) {
          if (field.empty === 'null') setPath(record, field.key, null)
          break
        }
        const originals = splitList(original)
        const text: Record<string, unknown> = {}
        if (originals.length > 0) text.original = originals.length === 1 && !original.includes('|') ? originals[0] : originals
        LANGUAGES.forEach((language, index) => {
          if (texts[index] !== '') text[language] = texts[index]
        })
        setPath(record, field.key, text)
        break
      }
    }
  }
  return { record, issues }
}

function cellText(field: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (field.type === 'list' && Array.isArray(value)) return joinList(value.map(String))
  if (field.type === 'boolean') return value === true ? 'true' : 'false'
  return String(value)
}

/** The cells of a record, column by column, in the order of `fields`: what rowToRecord reads back. */
export function recordToRow(fields: readonly FieldSpec[], record: unknown): string[] {
  return fields.flatMap((field) => {
    const value = getPath(record, field.key)
    if (field.type !== 'localised') return [cellText(field, value)]
    if (!isObject(value)) return columnsOf(field).map(() => '')
    // A list of one language keeps its separator ("sl|"), so that it reads back as a list.
    const original = Array.isArray(value.original) ? `${value.original.join('|')}${value.original.length === 1 ? '|' : ''}` : cellText(field, value.original)
    return [original, ...LANGUAGES.map((language) => cellText(field, value[language]))]
  })
}
