import { z } from './zod'
import { idSchema, keptNoteSchema, keptSourcesSchema, noteSchema, sourcesSchema, webUrlSchema } from './common-schemas'

export const ORGANISATION_KINDS = [
  'town-association',
  'regional-management',
  'development-agency',
  'research-centre',
  'tourism-organisation',
  'municipality',
  'fire-brigade',
] as const

export const organisationSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  shortName: z.string().min(1).nullable().optional(),
  kind: z.enum(ORGANISATION_KINDS),
  seatTown: idSchema.nullable(),
  /** Member towns this organisation represents in the City Cooperation projects. */
  represents: z.array(idSchema),
  website: webUrlSchema.nullable().optional(),
  sources: sourcesSchema,
  notes: noteSchema,
})

/** An organisation with a bad short name, website or note dropped, bad sources left out, unknown fields ignored. */
export const lenientOrganisationSchema = z.object({
  ...organisationSchema.shape,
  shortName: organisationSchema.shape.shortName.catch(null),
  website: organisationSchema.shape.website.catch(null),
  sources: keptSourcesSchema,
  notes: keptNoteSchema,
})

export type Organisation = z.infer<typeof organisationSchema>
