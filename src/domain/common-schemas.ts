import { z } from './zod'
import { keptLocalizedTextSchema, localizedTextSchema, optionalLocalizedTextSchema } from './localized-text'

/** Lowercase ASCII slug: the ids used in the facts ("murska-sobota", "3parki"). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'id must be a lowercase ASCII slug like "murska-sobota"' })

/** An absolute http(s) URL: the only links from data the app will open. */
export const webUrlSchema = z.httpUrl({ message: 'must be an absolute http(s) URL' })

export const sourcesSchema = z.array(webUrlSchema).min(1, { message: 'at least one source URL is required' })

/** How sure the sources make a record: as the researched facts rate it. */
export const confidenceSchema = z.enum(['high', 'medium', 'low'])

export type Confidence = z.infer<typeof confidenceSchema>

/** Kept text of free form in the four languages; never rendered as HTML. */
export const noteSchema = optionalLocalizedTextSchema

export const conflictSchema = z.strictObject({
  field: z.string().min(1),
  values: z
    .array(
      z.strictObject({
        /** A figure, or what a source says in words (in the four languages). */
        value: z.union([localizedTextSchema, z.number()]),
        note: localizedTextSchema.optional(),
        sources: sourcesSchema,
      }),
    )
    .min(2, { message: 'a conflict keeps at least two values' }),
})

export type Conflict = z.infer<typeof conflictSchema>


const isWebUrl = (value: unknown): value is string => webUrlSchema.safeParse(value).success

/**
 * For a record kept in spite of bad sources: the valid URLs of the list, none when none is valid.
 * Only for the lenient schemas; the strict `sourcesSchema` still reports every bad one.
 */
export const keptSourcesSchema = sourcesSchema.catch(({ input }) => (Array.isArray(input) ? input.filter(isWebUrl) : []))

/** Lenient notes: kept with a missing translation, left out when they cannot be shown. */
export { keptOptionalTextSchema as keptNoteSchema } from './localized-text'

/** For the lenient schemas: a conflict whose words miss a translation keeps the original's words. */
export const keptConflictsSchema = z
  .array(
    z.object({
      field: z.string().min(1),
      values: z
        .array(z.object({ value: z.union([keptLocalizedTextSchema, z.number()]), note: keptLocalizedTextSchema.optional(), sources: keptSourcesSchema }))
        .min(2),
    }),
  )
  .optional()
  .catch(undefined)
