import { z } from './zod'

/** The four languages the app speaks, in the order it lists them. */
export const LANGUAGES = ['sl', 'de', 'hu', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const LANGUAGE_LABELS: Record<Language, string> = { sl: 'Slovene', de: 'German', hu: 'Hungarian', en: 'English' }

const languageSchema = z.enum(LANGUAGES)

const translationSchema = (language: Language) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `the ${LANGUAGE_LABELS[language]} text (${language}) is missing`
          : `the ${LANGUAGE_LABELS[language]} text (${language}) must be text`,
    })
    .trim()
    .min(1, { message: `the ${LANGUAGE_LABELS[language]} text (${language}) is empty` })

/**
 * A text from the data in the four languages: `original` names the language (or, for a text the
 * source gives in two official versions, the languages) of the source's own words; the others are
 * translations.
 */
export const localizedTextSchema = z.strictObject({
  original: z.union([languageSchema, z.array(languageSchema).min(1)], {
    error: 'original must name the language of the source\'s words: "sl", "de", "hu" or "en" (or a list of them)',
  }),
  sl: translationSchema('sl'),
  de: translationSchema('de'),
  hu: translationSchema('hu'),
  en: translationSchema('en'),
})

export type LocalizedText = z.infer<typeof localizedTextSchema>

/** A localised text that may be left out (null or absent). */
export const optionalLocalizedTextSchema = localizedTextSchema.nullable().optional()

/** The languages of a text's original words, the first one first. */
export function originalLanguages(text: LocalizedText): readonly Language[] {
  return typeof text.original === 'string' ? [text.original] : text.original
}

/**
 * The app still shows a text whose translations are incomplete: a missing or empty language falls back
 * to the original's words (marked as untranslated where it is shown), as long as the original is there.
 * data:check still reports the missing language.
 */
const partialText = z
  .object({
    original: z.union([languageSchema, z.array(languageSchema).min(1)]),
    sl: z.unknown().optional(),
    de: z.unknown().optional(),
    hu: z.unknown().optional(),
    en: z.unknown().optional(),
  })
  .transform((value, context): LocalizedText => {
    const present = (language: Language) => {
      const text = value[language]
      return typeof text === 'string' && text.trim() !== '' ? text : null
    }
    const originals = typeof value.original === 'string' ? [value.original] : value.original
    const fallback = originals.map(present).find((text) => text !== null)
    if (fallback === undefined) {
      context.addIssue({ code: 'custom', message: 'the text in its original language is missing' })
      return z.NEVER
    }
    return {
      original: value.original,
      sl: present('sl') ?? fallback,
      de: present('de') ?? fallback,
      hu: present('hu') ?? fallback,
      en: present('en') ?? fallback,
    }
  })

/** For the lenient schemas: a text missing a translation is kept (original words in its place). */
export const keptLocalizedTextSchema = partialText

/** For the lenient schemas: an optional text that cannot be shown at all is dropped. */
export const keptOptionalTextSchema = partialText.nullable().optional().catch(null)

export interface ShownText {
  /** The words to show. */
  text: string
  /** Their language, for the element's `lang` attribute. */
  lang: Language
  /** Null when the reader gets the source's own words; else the original's (first) language. */
  translatedFrom: Language | null
  /** The source's own words, each with its language. */
  originals: readonly { text: string; lang: Language }[]
}

/**
 * What a reader of `language` sees of a text: their language's version, marked as a translation unless
 * it is the original; a version equal to the original's words (a proper name, a fallback for a missing
 * translation) counts as the original.
 */
export function shownText(value: LocalizedText, language: Language): ShownText {
  const languages = originalLanguages(value)
  const originals = languages.map((lang) => ({ text: value[lang], lang }))
  const own = originals.find((original) => original.text === value[language])
  if (languages.includes(language) || own) {
    const lang = languages.includes(language) ? language : (own?.lang ?? language)
    return { text: value[language], lang, translatedFrom: null, originals }
  }
  return { text: value[language], lang: language, translatedFrom: languages[0] ?? null, originals }
}

/** The text in the reader's language (no marks): for lists, titles of pages and sorting. */
export function textIn(value: LocalizedText, language: Language): string {
  return value[language]
}

/** Every distinct version of a text: what search matches. */
export function allVersions(value: LocalizedText): string[] {
  return [...new Set(LANGUAGES.map((language) => value[language]))]
}

/** One text given as every language's version (for generated records in tests and benchmarks). */
export function sameInEveryLanguage(text: string, original: Language = 'en'): LocalizedText {
  return { original, sl: text, de: text, hu: text, en: text }
}
