import { z } from './zod'
import { confidenceSchema, idSchema, keptNoteSchema, keptSourcesSchema, noteSchema, sourcesSchema } from './common-schemas'
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
  'regional-association',
  'letter-of-intent',
  'regular-meetings',
] as const

export const linkSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  kind: z.enum(LINK_KINDS),
  since: partialDateSchema.nullable(),
  /** When the link ended: null when no source gives an end. A joint-project link ends with its project. */
  until: partialDateSchema.nullable(),
  /** The project behind a joint-project link. */
  project: idSchema.nullable(),
  /** How sure the sources make the link; absent where the facts give no rating. */
  confidence: confidenceSchema.optional(),
  sources: sourcesSchema,
  notes: noteSchema,
})

/**
 * A link as the app can still show it: id, towns, kind, since and project must be valid; a bad `until` is
 * read as no known end, a bad confidence or note is dropped, bad sources are left out and unknown fields
 * ignored (data/README.md, "One bad field").
 */
export const lenientLinkSchema = z.object({
  ...linkSchema.shape,
  until: linkSchema.shape.until.catch(null),
  confidence: linkSchema.shape.confidence.catch(undefined),
  sources: keptSourcesSchema,
  notes: keptNoteSchema,
})

export type Link = z.infer<typeof linkSchema>
export type LinkKind = (typeof LINK_KINDS)[number]
