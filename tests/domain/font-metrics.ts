import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { inflateSync } from 'node:zlib'

/**
 * Advance widths from the WOFF files the app ships (@fontsource/noto-sans), so that a test can measure a
 * label as the browser does (without kerning, which moves these names by well under a pixel).
 */
function tables(file: string): Map<string, Buffer> {
  const data = readFileSync(file)
  if (data.toString('latin1', 0, 4) !== 'wOFF') throw new Error(`${file} is not a WOFF file`)
  const count = data.readUInt16BE(12)
  const result = new Map<string, Buffer>()
  for (let index = 0; index < count; index += 1) {
    const entry = 44 + index * 20
    const tag = data.toString('latin1', entry, entry + 4)
    const offset = data.readUInt32BE(entry + 4)
    const compressed = data.readUInt32BE(entry + 8)
    const original = data.readUInt32BE(entry + 12)
    const raw = data.subarray(offset, offset + compressed)
    result.set(tag, compressed < original ? inflateSync(raw) : raw)
  }
  return result
}

/** Code point -> glyph index from a format 4 cmap subtable (the Basic Multilingual Plane is enough here). */
function glyphIndex(cmap: Buffer): (codePoint: number) => number {
  const count = cmap.readUInt16BE(2)
  for (let index = 0; index < count; index += 1) {
    const offset = cmap.readUInt32BE(4 + index * 8 + 4)
    if (cmap.readUInt16BE(offset) !== 4) continue
    const segments = cmap.readUInt16BE(offset + 6) / 2
    const ends = offset + 14
    const starts = ends + segments * 2 + 2
    const deltas = starts + segments * 2
    const ranges = deltas + segments * 2
    return (codePoint) => {
      for (let segment = 0; segment < segments; segment += 1) {
        if (codePoint > cmap.readUInt16BE(ends + segment * 2)) continue
        const start = cmap.readUInt16BE(starts + segment * 2)
        if (codePoint < start) return 0
        const delta = cmap.readInt16BE(deltas + segment * 2)
        const rangeAt = ranges + segment * 2
        const range = cmap.readUInt16BE(rangeAt)
        if (range === 0) return (codePoint + delta) & 0xffff
        const glyph = cmap.readUInt16BE(rangeAt + range + (codePoint - start) * 2)
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff
      }
      return 0
    }
  }
  throw new Error('no format 4 cmap')
}

interface Face {
  unitsPerEm: number
  advance: (codePoint: number) => number | null
}

function face(file: string): Face {
  const parts = tables(file)
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((tag) => {
    const table = parts.get(tag)
    if (!table) throw new Error(`${file} has no ${tag} table`)
    return table
  }) as [Buffer, Buffer, Buffer, Buffer]
  const metrics = hhea.readUInt16BE(34)
  const glyph = glyphIndex(cmap)
  return {
    unitsPerEm: head.readUInt16BE(18),
    advance: (codePoint) => {
      const index = glyph(codePoint)
      if (index === 0) return null
      return hmtx.readUInt16BE(Math.min(index, metrics - 1) * 4)
    },
  }
}

/** A text measurer for Noto Sans at a weight, in pixels at a font size: latin first, then latin-ext. */
export function notoSansMeasure(weight = 600): (text: string, size: number) => number {
  const require = createRequire(import.meta.url)
  const faces = ['latin', 'latin-ext'].map((subset) => face(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)))
  return (text, size) => {
    let width = 0
    for (const character of text) {
      const codePoint = character.codePointAt(0) ?? 0
      const found = faces.map((candidate) => {
        const advance = candidate.advance(codePoint)
        return advance === null ? null : advance / candidate.unitsPerEm
      }).find((value) => value !== null)
      if (found === undefined || found === null) throw new Error(`Noto Sans has no glyph for ${character}`)
      width += found * size
    }
    return width
  }
}
