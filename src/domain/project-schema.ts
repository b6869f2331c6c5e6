import { z } from 'zod'
import { conflictSchema, idSchema, noteSchema, sourcesSchema } from './common-schemas'
import { partialDateSchema } from './partial-date'

const euro = z.number().nonnegative().nullable()

export const projectPartnerSchema = z.strictObject({
  organisation: idSchema,
  role: z.enum(['lead', 'partner']),
  /** Member towns this partner represents in this project. */
  towns: z.array(idSchema),
  budgetEur: euro,
  erdfEur: euro,
  description: z.string().min(1).nullable().optional(),
  notes: noteSchema,
})

export const projectSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  programme: z.string().min(1),
  period: z.strictObject({
    start: partialDateSchema.nullable(),
    end: partialDateSchema.nullable(),
  }),
  leadPartner: idSchema.nullable(),
  partners: z.array(projectPartnerSchema),
  budgetEur: euro,
  erdfEur: euro,
  goals: z.string().min(1).nullable().optional(),
  outputs: z.array(z.string().min(1)),
  sources: sourcesSchema,
  conflicts: z.array(conflictSchema).optional(),
  notes: noteSchema,
})

export type Project = z.infer<typeof projectSchema>
export type ProjectPartner = z.infer<typeof projectPartnerSchema>
