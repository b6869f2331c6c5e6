import { z } from 'zod'
import { idSchema, noteSchema, sourcesSchema } from './common-schemas'
import { partialDateSchema } from './partial-date'

export const LINK_KINDS = [
  'town-twinning',
  'partner-towns',
  'partner-municipalities',
  'partnership-charter',
  'cooperation-agreement',
  'support-declaration',
  'egtc',
  'joint-project',
] as const

export const linkSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  kind: z.enum(LINK_KINDS),
  since: partialDateSchema.nullable(),
  /** The project behind a joint-project link. */
  project: idSchema.nullable(),
  sources: sourcesSchema,
  notes: noteSchema,
})

export type Link = z.infer<typeof linkSchema>
export type LinkKind = (typeof LINK_KINDS)[number]
