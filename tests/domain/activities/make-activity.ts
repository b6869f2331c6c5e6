import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readRawDataset } from '../../../scripts/check-data-dir'
import type { Activity } from '../../../src/domain/activity-schema'
import type { Dataset } from '../../../src/domain/dataset'
import type { Town } from '../../../src/domain/town-schema'
import { validateDataset } from '../../../src/domain/validate-dataset'

/** A valid activity record with only the fields a test cares about given. */
export function activity(id: string, fields: Partial<Omit<Activity, 'id'>> = {}): Activity {
  return {
    id,
    title: `Title of ${id}`,
    titleEn: null,
    kind: 'meeting',
    start: null,
    end: null,
    hostTown: null,
    towns: [],
    project: null,
    confidence: 'high',
    sources: ['https://example.org/source'],
    notes: null,
    ...fields,
  }
}

/** Three towns, one per country, enough for the country filter. */
export function miniTowns(): Town[] {
  const town = (id: string, country: Town['country']) =>
    ({ id, country, names: { official: id, sl: id, de: id, hu: id, en: id } }) as unknown as Town
  return [town('at-town', 'AT'), town('si-town', 'SI'), town('hu-town', 'HU')]
}

/** The real data/ directory, read and validated exactly as data:check does. */
export function loadRealDataset(): Dataset {
  const { raw, issues: readIssues, unreadable } = readRawDataset(resolve(dirname(fileURLToPath(import.meta.url)), '../../../data'))
  const { dataset, issues } = validateDataset(raw, unreadable)
  if (readIssues.length > 0 || issues.length > 0) throw new Error(`data/ has issues: ${JSON.stringify([...readIssues, ...issues])}`)
  return dataset
}
