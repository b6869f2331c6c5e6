import { z } from './zod'
import { confidenceSchema, idSchema, keptNoteSchema, keptSourcesSchema, noteSchema, sourcesSchema } from './common-schemas'
import { keptLocalizedTextSchema, keptOptionalTextSchema, localizedTextSchema, optionalLocalizedTextSchema } from './localized-text'
import { partialDateSchema } from './partial-date'

/** Written in a towns list, it means the source says all 24 towns took part. */
export const ALL_TOWNS = 'all-24'

export const ACTIVITY_KINDS = [
  'founding',
  'voucher',
  'publication',
  'audio-guide',
  'pilot-project',
  'study-visit',
  'conference',
  'signing',
  'meeting',
  'festival',
  'networking-event',
  'workshop',
  'partner-day',
  'governance',
  'competition',
  'exhibition',
  'cultural-event',
  'presentation',
] as const

export const activitySchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  kind: z.enum(ACTIVITY_KINDS),
  start: partialDateSchema.nullable(),
  end: partialDateSchema.nullable(),
  /** True when the date (or its year) was inferred, e.g. from a weekday or "last year", not stated by a source. */
  dateInferred: z.boolean().optional(),
  hostTown: idSchema.nullable(),
  towns: z.array(idSchema),
  project: idSchema.nullable(),
  /** False for a joint activity of member towns outside City Cooperation; absent when not stated. */
  cityCooperation: z.boolean().optional(),
  description: optionalLocalizedTextSchema,
  confidence: confidenceSchema,
  sources: sourcesSchema,
  notes: noteSchema,
})

/**
 * An activity as the app can still show it: id, title (in its original language at least), kind, start,
 * towns and confidence must be valid; a bad end (then it is shown on its start), host town, project, flag,
 * description or note is dropped, a missing translation shows the original's words, bad sources are left out and unknown fields ignored (data/README.md, "One bad field").
 */
export const lenientActivitySchema = z.object({
  ...activitySchema.shape,
  title: keptLocalizedTextSchema,
  end: activitySchema.shape.end.catch(null),
  dateInferred: activitySchema.shape.dateInferred.catch(undefined),
  hostTown: activitySchema.shape.hostTown.catch(null),
  project: activitySchema.shape.project.catch(null),
  cityCooperation: activitySchema.shape.cityCooperation.catch(undefined),
  description: keptOptionalTextSchema,
  sources: keptSourcesSchema,
  notes: keptNoteSchema,
})

export type Activity = z.infer<typeof activitySchema>
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]
