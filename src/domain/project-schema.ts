import { z } from './zod'
import { conflictSchema, idSchema, keptConflictsSchema, keptNoteSchema, keptSourcesSchema, noteSchema, sourcesSchema } from './common-schemas'
import { keptLocalizedTextSchema, keptOptionalTextSchema, localizedTextSchema, optionalLocalizedTextSchema } from './localized-text'
import { partialDateSchema } from './partial-date'

const euro = z.number().nonnegative().nullable()

export const projectPartnerSchema = z.strictObject({
  organisation: idSchema,
  role: z.enum(['lead', 'partner']),
  /** Member towns this partner represents in this project. */
  towns: z.array(idSchema),
  budgetEur: euro,
  erdfEur: euro,
  description: optionalLocalizedTextSchema,
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
  output: localizedTextSchema,
  sources: sourcesSchema,
})

export const projectSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  role: z.enum(PROJECT_ROLES),
  /** For an umbrella: the ids of the projects it describes. */
  parts: z.array(idSchema).optional(),
  programme: localizedTextSchema,
  period: z.strictObject({
    start: partialDateSchema.nullable(),
    end: partialDateSchema.nullable(),
  }),
  leadPartner: idSchema.nullable(),
  partners: z.array(projectPartnerSchema),
  budgetEur: euro,
  erdfEur: euro,
  goals: optionalLocalizedTextSchema,
  outputs: z.array(localizedTextSchema),
  beneficiaries: z.array(projectBeneficiarySchema).optional(),
  sources: sourcesSchema,
  conflicts: z.array(conflictSchema).optional(),
  notes: noteSchema,
})

const lenientPartnerSchema = z.object({
  ...projectPartnerSchema.shape,
  description: keptOptionalTextSchema,
  notes: keptNoteSchema,
})

const lenientBeneficiarySchema = z.object({ ...projectBeneficiarySchema.shape, output: keptLocalizedTextSchema })

/**
 * A project with bad goals, conflicts, outputs, beneficiaries or note dropped, a missing translation shown
 * in the original's words, bad sources left out, unknown fields ignored.
 */
export const lenientProjectSchema = z.object({
  ...projectSchema.shape,
  name: keptLocalizedTextSchema,
  programme: keptLocalizedTextSchema,
  partners: z.array(lenientPartnerSchema),
  goals: keptOptionalTextSchema,
  outputs: z.array(keptLocalizedTextSchema).catch([]),
  beneficiaries: z.array(lenientBeneficiarySchema).optional().catch(undefined),
  conflicts: keptConflictsSchema,
  sources: keptSourcesSchema,
  notes: keptNoteSchema,
})

export type Project = z.infer<typeof projectSchema>
export type ProjectPartner = z.infer<typeof projectPartnerSchema>
export type ProjectRole = (typeof PROJECT_ROLES)[number]
export type ProjectBeneficiary = z.infer<typeof projectBeneficiarySchema>
