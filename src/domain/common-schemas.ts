import { z } from 'zod'

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

/** Kept text of free form; never rendered as HTML. */
export const noteSchema = z.string().min(1).nullable().optional()

export const conflictSchema = z.strictObject({
  field: z.string().min(1),
  values: z
    .array(
      z.strictObject({
        value: z.union([z.string(), z.number()]),
        note: z.string().optional(),
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

/** Lenient notes: left out when they are not text. */
export const keptNoteSchema = noteSchema.catch(null)
