import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readRawDataset } from '../scripts/check-data-dir'
import type { Dataset } from '../src/domain/dataset'
import { validateDataset } from '../src/domain/validate-dataset'

/** The real data/ directory, read and validated exactly as data:check does; throws on any problem. */
export function loadRealDataset(): Dataset {
  const { raw, issues: readIssues, unreadable } = readRawDataset(resolve(dirname(fileURLToPath(import.meta.url)), '../data'))
  const { dataset, issues } = validateDataset(raw, unreadable)
  if (readIssues.length > 0 || issues.length > 0) throw new Error(`data/ has issues: ${JSON.stringify([...readIssues, ...issues])}`)
  return dataset
}
