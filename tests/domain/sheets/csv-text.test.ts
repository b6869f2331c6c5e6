import { describe, expect, it } from 'vitest'
import { detectSeparator, formatCsv, parseCsv } from '../../../src/domain/sheets'

describe('parseCsv', () => {
  it('reads a comma-separated sheet', () => {
    expect(parseCsv('id,kind\nforum24,conference\n')).toEqual({ rows: [['id', 'kind'], ['forum24', 'conference']], separator: ',' })
  })

  it('reads a semicolon-separated sheet, as Slovene, German and Hungarian settings write it, with commas inside cells', () => {
    const { rows, separator } = parseCsv('id;title.en\nforum24;Forum24, the signing\n')
    expect(separator).toBe(';')
    expect(rows).toEqual([['id', 'title.en'], ['forum24', 'Forum24, the signing']])
  })

  it('reads a tab-separated sheet', () => {
    expect(parseCsv('id\tkind\nforum24\tconference').rows).toEqual([['id', 'kind'], ['forum24', 'conference']])
  })

  it('drops the UTF-8 byte order mark Excel writes, so the first column is "id"', () => {
    const { rows } = parseCsv('\uFEFFid;names.hu\nszentgotthard;Szentgotthárd\n')
    expect(rows[0]).toEqual(['id', 'names.hu'])
    expect(rows[1]).toEqual(['szentgotthard', 'Szentgotthárd'])
  })

  it('keeps a quoted line break inside its cell, with CRLF line ends too', () => {
    const { rows } = parseCsv('id,notes.en\r\na,"line one\r\nline two"\r\nb,"say ""hi"""\r\n')
    expect(rows).toEqual([['id', 'notes.en'], ['a', 'line one\r\nline two'], ['b', 'say "hi"']])
  })

  it('takes the separator from the header line only, outside quotes', () => {
    expect(detectSeparator('"a;b";c;d\n1,2,3,4,5,6')).toBe(';')
    expect(detectSeparator('"a,b,c";d\n')).toBe(';')
    expect(detectSeparator('id\n')).toBe(',')
  })
})

describe('formatCsv', () => {
  it('quotes only the cells that need it and ends with a line break; parseCsv reads it back', () => {
    const rows = [['id', 'notes.en'], ['a', 'one; two'], ['b', 'line\nbreak'], ['c', 'a "quote"']]
    const text = formatCsv(rows, ';')
    expect(text).toBe('id;notes.en\na;"one; two"\nb;"line\nbreak"\nc;"a ""quote"""\n')
    expect(parseCsv(text).rows).toEqual(rows)
  })
})
