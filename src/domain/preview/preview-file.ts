import type { DataFileKey } from '../dataset'
import type { PreviewProblem } from './preview-problem'

/** A file the reader chose or dropped, as text: nothing of it leaves the browser. */
export interface PreviewInput {
  name: string
  text: string
}

/** A dropped JSON file read into the records of one data file. */
export interface ReadPreviewFile {
  name: string
  /** The data file it replaces or extends; null when that cannot be told (then it has a problem saying so). */
  target: DataFileKey | null
  records: unknown[]
  /** Problems of reading it: not JSON, not telling which data file it is, not a list of records. */
  problems: PreviewProblem[]
}

export function fileProblem(file: string, message: string): PreviewProblem {
  return { file, row: null, column: null, record: null, field: null, message }
}

/**
 * JSON (.json, .geojson), as the files of data/ are written; anything else (.csv, .tsv, .txt) is a sheet,
 * as the templates are. Without a telling extension, text that starts like JSON is JSON.
 */
export function isJsonInput({ name, text }: PreviewInput): boolean {
  if (/\.(?:geo)?json$/i.test(name)) return true
  if (/\.(?:csv|tsv|txt)$/i.test(name)) return false
  return /^\uFEFF?\s*[[{]/.test(text)
}
