import type { ParsedRecords } from '../domain/parse-records'

/** A data file could not be fetched or is not JSON: the whole file is unusable. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
    this.name = 'DataFileError'
  }
}

/**
 * Fetches one file of data/ (shipped with the build), parses its JSON and validates each record.
 * Records that fail validation are left out and reported as issues; the rest are usable.
 */
export async function loadDataFile<R = ParsedRecords<unknown>>(
  file: string,
  url: string,
  parse: (raw: unknown) => R,
  signal?: AbortSignal,
): Promise<R> {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    throw new DataFileError(file, (error as Error).message)
  }
  if (!response.ok) throw new DataFileError(file, `HTTP ${response.status}`)
  let raw: unknown
  try {
    raw = JSON.parse(await response.text())
  } catch (error) {
    throw new DataFileError(file, `not valid JSON: ${(error as Error).message}`)
  }
  return parse(raw)
}

