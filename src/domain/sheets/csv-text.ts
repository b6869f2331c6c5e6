import { dsvFormat } from 'd3-dsv'

/** The separators a spreadsheet writes: comma (English), semicolon (Slovene, German, Hungarian settings), tab. */
export const SEPARATORS = [',', ';', '\t'] as const
export type Separator = (typeof SEPARATORS)[number]

/** The text without a UTF-8 byte order mark (Excel writes one). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The separator of the header line: the one of comma, semicolon and tab it holds most often outside quotes (comma on a tie). */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((separator) => [separator, 0]))
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char as Separator)) counts.set(char as Separator, (counts.get(char as Separator) ?? 0) + 1)
  }
  let best: Separator = ','
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator
  return best
}

/**
 * The rows of a CSV text as the spreadsheet shows them: rows[0] is row 1 (the header). A quoted line break
 * stays inside its cell, so it does not shift the numbers of the rows after it.
 */
export function parseCsv(text: string): { rows: string[][]; separator: Separator } {
  const clean = withoutBom(text)
  const separator = detectSeparator(clean)
  return { rows: dsvFormat(separator).parseRows(clean), separator }
}

/** CSV text of rows, quoting only the cells that need it, with a final line break. */
export function formatCsv(rows: readonly (readonly string[])[], separator: Separator = ','): string {
  return `${dsvFormat(separator).formatRows(rows.map((row) => [...row]))}\n`
}
