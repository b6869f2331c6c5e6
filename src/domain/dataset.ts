import { type Activity, activitySchema, lenientActivitySchema } from './activity-schema'
import { type Link, lenientLinkSchema, linkSchema } from './link-schema'
import { type Organisation, lenientOrganisationSchema, organisationSchema } from './organisation-schema'
import { parseRecords, recordsOfArrayFile, type ParsedRecords } from './parse-records'
import { type Project, lenientProjectSchema, projectSchema } from './project-schema'
import { type Town, lenientTownFeatureSchema, townCollectionSchema, townFeatureSchema, townFromFeature } from './town-schema'
import { claimedId, isObject } from './data-issue'

/** The files in data/, by the key the app knows them under. */
export const DATA_FILES = {
  towns: 'data/cities.geojson',
  organisations: 'data/organisations.json',
  projects: 'data/projects.json',
  activities: 'data/activities.json',
  links: 'data/links.json',
} as const

export type DataFileKey = keyof typeof DATA_FILES

export interface Dataset {
  towns: Town[]
  organisations: Organisation[]
  projects: Project[]
  activities: Activity[]
  links: Link[]
}

export type RawDataset = Record<DataFileKey, unknown>

/** Ids of invalid records per file: they exist, though they are left out. */
export type RejectedIds = Partial<Record<DataFileKey, readonly string[]>>

function townId(raw: unknown): string | undefined {
  return claimedId(isObject(raw) ? raw.properties : undefined)
}

export function parseTownsFile(raw: unknown): ParsedRecords<Town> {
  const file = DATA_FILES.towns
  const collection = townCollectionSchema.safeParse(raw)
  if (!collection.success) {
    return {
      records: [],
      issues: [{ file, record: null, field: null, message: 'must be a GeoJSON FeatureCollection with a "features" array' }],
      rejectedIds: [],
    }
  }
  const parsed = parseRecords(file, collection.data.features, townFeatureSchema, { idOf: townId, lenient: lenientTownFeatureSchema })
  return { ...parsed, records: parsed.records.map(townFromFeature) }
}

type RecordSchema<T> = Parameters<typeof parseRecords<T>>[2]

/** Reads one array file: `schema` reports every problem, `lenient` keeps what can still be shown. */
function parseArrayFile<T>(key: Exclude<DataFileKey, 'towns'>, raw: unknown, schema: RecordSchema<T>, lenient: RecordSchema<T>) {
  const file = DATA_FILES[key]
  const top = recordsOfArrayFile(file, raw)
  const parsed = parseRecords(file, top.rawRecords, schema, { lenient })
  return { ...parsed, issues: [...top.issues, ...parsed.issues] }
}

export const parseOrganisationsFile = (raw: unknown) => parseArrayFile('organisations', raw, organisationSchema, lenientOrganisationSchema)
export const parseProjectsFile = (raw: unknown) => parseArrayFile('projects', raw, projectSchema, lenientProjectSchema)
export const parseActivitiesFile = (raw: unknown) => parseArrayFile('activities', raw, activitySchema, lenientActivitySchema)
export const parseLinksFile = (raw: unknown) => parseArrayFile('links', raw, linkSchema, lenientLinkSchema)
