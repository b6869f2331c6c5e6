import { z } from 'zod'
import { conflictSchema, idSchema, keptNoteSchema, keptSourcesSchema, noteSchema, sourcesSchema } from './common-schemas'
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

/**
 * What a project is to the network: 'umbrella' describes funded projects as one (its `parts`),
 * 'programme' is a funded City Cooperation project, 'related' a project of member towns outside City Cooperation.
 */
export const PROJECT_ROLES = ['umbrella', 'programme', 'related'] as const

/** Towns an output names as its beneficiaries though no partner represents them, with the sources that name them. */
export const projectBeneficiarySchema = z.strictObject({
  towns: z.array(idSchema).min(1),
  output: z.string().min(1),
  sources: sourcesSchema,
})

export const projectSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  role: z.enum(PROJECT_ROLES),
  /** For an umbrella: the ids of the projects it describes. */
  parts: z.array(idSchema).optional(),
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
  beneficiaries: z.array(projectBeneficiarySchema).optional(),
  sources: sourcesSchema,
  conflicts: z.array(conflictSchema).optional(),
  notes: noteSchema,
})

/** A project with bad goals, conflicts or note dropped, bad sources left out, unknown fields ignored. */
export const lenientProjectSchema = z.object({
  ...projectSchema.shape,
  goals: projectSchema.shape.goals.catch(null),
  conflicts: projectSchema.shape.conflicts.catch(undefined),
  sources: keptSourcesSchema,
  notes: keptNoteSchema,
})

export type Project = z.infer<typeof projectSchema>
export type ProjectPartner = z.infer<typeof projectPartnerSchema>
export type ProjectRole = (typeof PROJECT_ROLES)[number]
export type ProjectBeneficiary = z.infer<typeof projectBeneficiarySchema>
