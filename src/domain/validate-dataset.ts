import { checkReferences } from './check-references'
import type { DataIssue } from './data-issue'
import type { ParsedRecords } from './parse-records'
import {
  DATA_FILES,
  type DataFileKey,
  type Dataset,
  type RawDataset,
  parseActivitiesFile,
  parseLinksFile,
  parseOrganisationsFile,
  parseProjectsFile,
  parseTownsFile,
} from './dataset'

export interface ValidatedDataset {
  dataset: Dataset
  issues: DataIssue[]
}

/** The parsed records of each file; a file that could not be read is missing here and named in `unreadable`. */
export type ParsedFiles = { [K in DataFileKey]?: ParsedRecords<Dataset[K][number]> }

/**
 * The dataset assembled from its parsed files, with every problem: each file's own, then the references
 * between files. With a file unreadable, every reference to it would be reported: its own problem says
 * it once, so references are checked only when all files were read.
 */
export function assembleDataset(parts: ParsedFiles, unreadable: ReadonlySet<DataFileKey> = new Set()): ValidatedDataset {
  const dataset: Dataset = {
    towns: parts.towns?.records ?? [],
    organisations: parts.organisations?.records ?? [],
    projects: parts.projects?.records ?? [],
    activities: parts.activities?.records ?? [],
    links: parts.links?.records ?? [],
  }
  const keys = Object.keys(DATA_FILES) as DataFileKey[]
  const structural = keys.filter((key) => !unreadable.has(key)).flatMap((key) => parts[key]?.issues ?? [])
  const rejected = Object.fromEntries(keys.map((key) => [key, parts[key]?.rejectedIds ?? []]))
  const references = unreadable.size === 0 ? checkReferences(dataset, rejected) : []
  return { dataset, issues: [...structural, ...references] }
}

/** Every check data:check runs and the app runs on load: structure per record, then references. */
export function validateDataset(raw: RawDataset, unreadable: ReadonlySet<DataFileKey> = new Set()): ValidatedDataset {
  const parts: ParsedFiles = {
    towns: parseTownsFile(raw.towns),
    organisations: parseOrganisationsFile(raw.organisations),
    projects: parseProjectsFile(raw.projects),
    activities: parseActivitiesFile(raw.activities),
    links: parseLinksFile(raw.links),
  }
  return assembleDataset(parts, unreadable)
}
