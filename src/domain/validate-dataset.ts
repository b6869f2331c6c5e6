import { checkReferences } from './check-references'
import type { DataIssue } from './data-issue'
import {
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

/** Every check data:check runs and the app runs on load: structure per record, then references. */
export function validateDataset(raw: RawDataset, unreadable: ReadonlySet<DataFileKey> = new Set()): ValidatedDataset {
  const parts = {
    towns: parseTownsFile(raw.towns),
    organisations: parseOrganisationsFile(raw.organisations),
    projects: parseProjectsFile(raw.projects),
    activities: parseActivitiesFile(raw.activities),
    links: parseLinksFile(raw.links),
  }
  const dataset: Dataset = {
    towns: parts.towns.records,
    organisations: parts.organisations.records,
    projects: parts.projects.records,
    activities: parts.activities.records,
    links: parts.links.records,
  }
  const structural = (Object.keys(parts) as DataFileKey[])
    .filter((key) => !unreadable.has(key))
    .flatMap((key) => parts[key].issues)
  // With a file unreadable, every reference to it would be reported: its own problem says it once.
  const rejected = Object.fromEntries((Object.keys(parts) as DataFileKey[]).map((key) => [key, parts[key].rejectedIds]))
  const references = unreadable.size === 0 ? checkReferences(dataset, rejected) : []
  return { dataset, issues: [...structural, ...references] }
}
