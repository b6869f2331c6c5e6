import type { Dataset } from './dataset'
import { LANGUAGES, type LocalizedText } from './localized-text'

const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E']
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069']
const EMBEDDINGS = new Set([LRE, RLE, LRO, RLO])
const ISOLATES = new Set([LRI, RLI, FSI])

/** A character that can reorder the text around it: a bidi control, or a letter of a right-to-left script. */
const REORDERS = /[\p{Bidi_Control}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Old_Hungarian}]/u

/**
 * A text from the data made safe to place among other words: where it holds a bidi control or right-to-left
 * letters, it is wrapped in an isolate (FSI … PDI), its own embeddings, overrides and isolates closed before
 * the end and stray closers dropped, so that an override (U+202E) in a name reverses that name alone, never
 * the words, dates or names around it, wherever it goes (a sentence, a title, an option, an attribute).
 * Any other text comes back unchanged.
 */
export function isolateBidi(text: string): string {
  if (!REORDERS.test(text)) return text
  const open: string[] = []
  let kept = ''
  for (const character of text) {
    if (EMBEDDINGS.has(character) || ISOLATES.has(character)) {
      open.push(character)
    } else if (character === PDF) {
      // A PDF closes the last embedding, and never reaches past an isolate.
      const last = open[open.length - 1]
      if (last === undefined || ISOLATES.has(last)) continue
      open.pop()
    } else if (character === PDI) {
      // A PDI closes the last isolate and the embeddings opened inside it; one without an isolate would close ours.
      const isolate = open.findLastIndex((item) => ISOLATES.has(item))
      if (isolate === -1) continue
      open.length = isolate
    }
    kept += character
  }
  const closers = open.reverse().map((item) => (ISOLATES.has(item) ? PDI : PDF)).join('')
  return `${FSI}${kept}${closers}${PDI}`
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && 'original' in value && LANGUAGES.every((language) => language in value)
}

/** Every text in the four languages under `value` isolated; the same object back where nothing needed it. */
function isolateTexts<T>(value: T): T {
  if (Array.isArray(value)) {
    const items = value.map(isolateTexts)
    return (items.some((item, index) => item !== value[index]) ? items : value) as T
  }
  if (typeof value !== 'object' || value === null) return value
  if (isLocalizedText(value)) {
    const texts = Object.fromEntries(LANGUAGES.map((language) => [language, isolateBidi(value[language])]))
    return (LANGUAGES.some((language) => texts[language] !== value[language]) ? { ...value, ...texts } : value) as T
  }
  const entries = Object.entries(value).map(([key, item]) => [key, isolateTexts(item)] as const)
  return (entries.some(([key, item]) => item !== (value as Record<string, unknown>)[key]) ? Object.fromEntries(entries) : value) as T
}

/**
 * The dataset with every text a reader sees isolated (isolateBidi): town names and regions, organisation
 * names, and every text in the four languages. Ids, dates, kinds and links are left as they are.
 */
export function isolateDataText(dataset: Dataset): Dataset {
  return {
    towns: dataset.towns.map((town) => {
      const names = Object.fromEntries(Object.entries(town.names).map(([key, name]) => [key, isolateBidi(name)])) as typeof town.names
      return isolateTexts({ ...town, names, region: isolateBidi(town.region) })
    }),
    organisations: dataset.organisations.map((organisation) => isolateTexts({
      ...organisation,
      name: isolateBidi(organisation.name),
      ...(typeof organisation.shortName === 'string' ? { shortName: isolateBidi(organisation.shortName) } : {}),
    })),
    projects: isolateTexts(dataset.projects),
    activities: isolateTexts(dataset.activities),
    links: isolateTexts(dataset.links),
  }
}
