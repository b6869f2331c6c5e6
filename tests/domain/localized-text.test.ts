import { describe, expect, it } from 'vitest'
import {
  allVersions,
  keptLocalizedTextSchema,
  keptOptionalTextSchema,
  LANGUAGES,
  localizedTextSchema,
  optionalLocalizedTextSchema,
  originalLanguages,
  sameInEveryLanguage,
  shownText,
  textIn,
  type LocalizedText,
} from '../../src/domain/localized-text'

/** A German original with its three translations (the title of a real activity). */
const GERMAN: LocalizedText = {
  original: 'de',
  sl: 'Dvostranski oblikovalski natečaj Radgona – Gornja Radgona',
  de: 'Bilateraler Gestaltungswettbewerb Bad Radkersburg – Gornja Radgona',
  hu: 'Kétoldalú tervpályázat Bad Radkersburg – Felsőregede',
  en: 'Bilateral design competition Bad Radkersburg – Gornja Radgona',
}

/** A text the source gives in two official versions, German and Slovene. */
const BILINGUAL: LocalizedText = {
  original: ['de', 'sl'],
  sl: 'Ustanovitev EZTS B&G-RAD',
  de: 'Gründung des EVTZ „B&G-RAD“',
  hu: 'A „B&G-RAD” ETT megalapítása',
  en: "Founding of the EGTC 'B&G-RAD'",
}

/** The issues of a failed parse, as path and message. */
function problems(value: unknown): [string, string][] {
  const result = localizedTextSchema.safeParse(value)
  if (result.success) return []
  return result.error.issues.map((issue) => [issue.path.join('.'), issue.message])
}

function without(value: LocalizedText, ...languages: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !languages.includes(key)))
}

describe('localizedTextSchema', () => {
  it('accepts a text in the four languages with its original language', () => {
    expect(localizedTextSchema.parse(GERMAN)).toEqual(GERMAN)
    expect(problems(sameInEveryLanguage('Forum24', 'hu'))).toEqual([])
  })

  it('accepts a list of original languages for a text with two official versions', () => {
    expect(localizedTextSchema.parse(BILINGUAL)).toEqual(BILINGUAL)
    expect(problems({ ...GERMAN, original: ['de'] })).toEqual([])
  })

  it('rejects a missing language, naming it in words and by its code', () => {
    expect(problems(without(GERMAN, 'de'))).toEqual([['de', 'the German text (de) is missing']])
    expect(problems(without(GERMAN, 'sl', 'hu'))).toEqual([
      ['sl', 'the Slovene text (sl) is missing'],
      ['hu', 'the Hungarian text (hu) is missing'],
    ])
    expect(problems(without(GERMAN, 'en'))).toEqual([['en', 'the English text (en) is missing']])
  })

  it('rejects an empty or blank language, and one that is not text', () => {
    expect(problems({ ...GERMAN, hu: '' })).toEqual([['hu', 'the Hungarian text (hu) is empty']])
    expect(problems({ ...GERMAN, sl: '   ' })).toEqual([['sl', 'the Slovene text (sl) is empty']])
    expect(problems({ ...GERMAN, en: 7 })).toEqual([['en', 'the English text (en) must be text']])
  })

  it('rejects an original that is not one of the four languages, an empty list, a plain string and unknown languages', () => {
    expect(problems({ ...GERMAN, original: 'it' })).toHaveLength(1)
    expect(problems({ ...GERMAN, original: [] })).toHaveLength(1)
    expect(problems(without(GERMAN, 'original'))).toHaveLength(1)
    expect(problems({ ...GERMAN, original: 'it' })[0]?.[1]).toMatch(/original must name the language/)
    expect(problems({ ...GERMAN, it: 'Concorso' })).toEqual([['', 'Unrecognized key: "it"']])
    expect(localizedTextSchema.safeParse('Bilateraler Gestaltungswettbewerb').success).toBe(false)
  })

  it('lets an optional text be null or absent, not empty', () => {
    expect(optionalLocalizedTextSchema.parse(null)).toBeNull()
    expect(optionalLocalizedTextSchema.parse(undefined)).toBeUndefined()
    expect(optionalLocalizedTextSchema.safeParse('').success).toBe(false)
  })
})

describe('the lenient schemas (what the app still shows)', () => {
  it('fill a missing or empty translation with the words of the original', () => {
    expect(keptLocalizedTextSchema.parse(without(GERMAN, 'hu'))).toEqual({ ...GERMAN, hu: GERMAN.de })
    expect(keptLocalizedTextSchema.parse({ ...GERMAN, en: ' ', sl: 3 })).toEqual({ ...GERMAN, en: GERMAN.de, sl: GERMAN.de })
    expect(keptOptionalTextSchema.parse(without(GERMAN, 'en'))).toEqual({ ...GERMAN, en: GERMAN.de })
  })

  it('take the words of the first original that is there when a text has two', () => {
    expect(keptLocalizedTextSchema.parse(without(BILINGUAL, 'en'))).toEqual({ ...BILINGUAL, en: BILINGUAL.de })
    expect(keptLocalizedTextSchema.parse(without(BILINGUAL, 'de', 'hu'))).toEqual({ ...BILINGUAL, de: BILINGUAL.sl, hu: BILINGUAL.sl })
  })

  it('keep a complete text as it is', () => {
    expect(keptLocalizedTextSchema.parse(GERMAN)).toEqual(GERMAN)
    expect(keptOptionalTextSchema.parse(BILINGUAL)).toEqual(BILINGUAL)
  })

  it('cannot show a text without its original: a required one fails, an optional one is dropped', () => {
    const result = keptLocalizedTextSchema.safeParse(without(GERMAN, 'de'))
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['the text in its original language is missing'])
    expect(keptOptionalTextSchema.parse(without(GERMAN, 'de'))).toBeNull()
    expect(keptOptionalTextSchema.parse(without(BILINGUAL, 'de', 'sl'))).toBeNull()
    expect(keptOptionalTextSchema.parse('a plain string')).toBeNull()
    expect(keptOptionalTextSchema.parse({ ...GERMAN, original: 'it' })).toBeNull()
    expect(keptOptionalTextSchema.parse(null)).toBeNull()
  })
})

describe('shownText', () => {
  it('gives a reader of the original language the source\'s own words, unmarked', () => {
    expect(shownText(GERMAN, 'de')).toEqual({
      text: GERMAN.de,
      lang: 'de',
      translatedFrom: null,
      originals: [{ text: GERMAN.de, lang: 'de' }],
    })
  })

  it('gives any other reader their translation, marked as translated from the original\'s language', () => {
    for (const language of ['sl', 'hu', 'en'] as const) {
      expect(shownText(GERMAN, language)).toEqual({
        text: GERMAN[language],
        lang: language,
        translatedFrom: 'de',
        originals: [{ text: GERMAN.de, lang: 'de' }],
      })
    }
  })

  it('counts a version equal to the original\'s words as the original, in the original\'s language', () => {
    // A proper name, or a translation the data left out (the lenient schema put the original's words there).
    const name = { ...GERMAN, en: GERMAN.de }
    expect(shownText(name, 'en')).toEqual({ text: GERMAN.de, lang: 'de', translatedFrom: null, originals: [{ text: GERMAN.de, lang: 'de' }] })
    expect(shownText(sameInEveryLanguage('Forum24', 'sl'), 'hu')).toMatchObject({ text: 'Forum24', lang: 'sl', translatedFrom: null })
  })

  it('gives a reader of either official version their own, unmarked, and lists both originals', () => {
    const originals = [{ text: BILINGUAL.de, lang: 'de' }, { text: BILINGUAL.sl, lang: 'sl' }]
    expect(shownText(BILINGUAL, 'de')).toEqual({ text: BILINGUAL.de, lang: 'de', translatedFrom: null, originals })
    expect(shownText(BILINGUAL, 'sl')).toEqual({ text: BILINGUAL.sl, lang: 'sl', translatedFrom: null, originals })
  })

  it('marks a translation of two official versions as translated from the first', () => {
    expect(shownText(BILINGUAL, 'hu')).toMatchObject({ text: BILINGUAL.hu, lang: 'hu', translatedFrom: 'de' })
    expect(shownText(BILINGUAL, 'en').originals).toEqual([{ text: BILINGUAL.de, lang: 'de' }, { text: BILINGUAL.sl, lang: 'sl' }])
  })

  it('takes a version equal to the second original as that original', () => {
    const value = { ...BILINGUAL, hu: BILINGUAL.sl }
    expect(shownText(value, 'hu')).toMatchObject({ text: BILINGUAL.sl, lang: 'sl', translatedFrom: null })
  })
})

describe('textIn, originalLanguages, allVersions and sameInEveryLanguage', () => {
  it('textIn is the reader\'s version, whatever the original', () => {
    for (const language of LANGUAGES) expect(textIn(GERMAN, language)).toBe(GERMAN[language])
  })

  it('originalLanguages is always a list, the first first', () => {
    expect(originalLanguages(GERMAN)).toEqual(['de'])
    expect(originalLanguages(BILINGUAL)).toEqual(['de', 'sl'])
  })

  it('allVersions lists each distinct version once, in the order of the languages', () => {
    expect(allVersions(GERMAN)).toEqual([GERMAN.sl, GERMAN.de, GERMAN.hu, GERMAN.en])
    expect(allVersions(sameInEveryLanguage('Forum24'))).toEqual(['Forum24'])
    expect(allVersions({ original: 'sl', sl: 'Parki', de: 'Parks', hu: 'Parkok', en: 'Parks' })).toEqual(['Parki', 'Parks', 'Parkok'])
  })

  it('sameInEveryLanguage gives one text in all four languages, English as its original unless told', () => {
    expect(sameInEveryLanguage('Forum24')).toEqual({ original: 'en', sl: 'Forum24', de: 'Forum24', hu: 'Forum24', en: 'Forum24' })
    expect(sameInEveryLanguage('Forum24', 'hu').original).toBe('hu')
    expect(localizedTextSchema.safeParse(sameInEveryLanguage('Forum24')).success).toBe(true)
  })
})
