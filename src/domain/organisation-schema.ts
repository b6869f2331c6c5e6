import { z } from 'zod'
import { idSchema, noteSchema, sourcesSchema, webUrlSchema } from './common-schemas'

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

export type Organisation = z.infer<typeof organisationSchema>
