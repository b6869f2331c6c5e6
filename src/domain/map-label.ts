/** The bidi controls (marks, embeddings, overrides, isolates): a label on the map canvas cannot isolate them. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/** The longest label the map draws, in characters as a reader counts them (grapheme clusters). */
export const MAX_LABEL_LENGTH = 40

/**
 * A name as the map canvas draws it: without bidi controls (no override can reverse the label), spaces
 * collapsed, and at most MAX_LABEL_LENGTH characters with an ellipsis (a 10,000-character name would stop
 * the map's text layout). The town's panel and lists show the whole name.
 */
export function mapLabel(name: string): string {
  const text = name.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim()
  const characters = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment)
  return characters.length <= MAX_LABEL_LENGTH ? text : `${characters.slice(0, MAX_LABEL_LENGTH - 1).join('').trimEnd()}…`
}
