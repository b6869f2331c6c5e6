import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseRecords, recordsOfArrayFile } from '../../src/domain/parse-records'
import { withoutFields } from './sample-dataset'

const schema = z.strictObject({
  id: z.string(),
  kind: z.enum(['a', 'b']),
  type: z.literal('Thing'),
  size: z.number().int(),
  tags: z.array(z.string()),
  inner: z.strictObject({ year: z.number() }),
})

const good = (id: string) => ({ id, kind: 'a', type: 'Thing', size: 1, tags: ['x'], inner: { year: 2019 } })
const FILE = 'data/things.json'

describe('parseRecords', () => {
  it('keeps every valid record, in order, and reports nothing', () => {
    const result = parseRecords(FILE, [good('one'), good('two')], schema)
    expect(result.records).toEqual([good('one'), good('two')])
    expect(result.issues).toEqual([])
  })

  it('keeps the valid records beside a broken one', () => {
    const result = parseRecords(FILE, [good('one'), { ...good('two'), size: 'big' }, good('three')], schema)
    expect(result.records.map((record) => record.id)).toEqual(['one', 'three'])
    expect(result.issues).toEqual([
      { file: FILE, record: '"two"', field: 'size', message: 'expected number, received string' },
    ])
  })

  it('says "is missing" for an absent field, whatever type it expects', () => {
    const result = parseRecords(FILE, [{ ...withoutFields(good('x'), 'id', 'kind', 'type'), inner: {} }], schema)
    expect(result.issues).toEqual([
      { file: FILE, record: '#0', field: 'id', message: 'is missing' },
      { file: FILE, record: '#0', field: 'kind', message: 'is missing' },
      { file: FILE, record: '#0', field: 'type', message: 'is missing' },
      { file: FILE, record: '#0', field: 'inner.year', message: 'is missing' },
    ])
  })

  it('names the wrong value, not "is missing", when a field is present but wrong', () => {
    const result = parseRecords(FILE, [{ ...good('x'), kind: 'c', type: null, size: 1.5 }], schema)
    expect(result.issues).toEqual([
      { file: FILE, record: '"x"', field: 'kind', message: 'Invalid option: expected one of "a"|"b"' },
      { file: FILE, record: '"x"', field: 'type', message: 'expected "Thing"' },
      { file: FILE, record: '"x"', field: 'size', message: 'expected int, received number' },
    ])
  })

  it('reports unknown fields by name, at the object that holds them', () => {
    const result = parseRecords(FILE, [
      { ...good('one'), colour: 'red' },
      { ...good('two'), colour: 'red', weight: 3 },
      { ...good('three'), inner: { year: 2019, month: 3 } },
    ], schema)
    expect(result.records).toEqual([])
    expect(result.issues).toEqual([
      { file: FILE, record: '"one"', field: null, message: 'unknown field "colour"' },
      { file: FILE, record: '"two"', field: null, message: 'unknown fields "colour", "weight"' },
      { file: FILE, record: '"three"', field: 'inner', message: 'unknown field "month"' },
    ])
  })

  it('gives array elements their index in the field path', () => {
    const result = parseRecords(FILE, [{ ...good('x'), tags: ['ok', 'ok', 7] }], schema)
    expect(result.issues).toEqual([
      { file: FILE, record: '"x"', field: 'tags[2]', message: 'expected string, received number' },
    ])
  })

  it('reports a record that is not an object as a whole, by its index', () => {
    const result = parseRecords(FILE, [good('one'), 'two', null], schema)
    expect(result.records).toEqual([good('one')])
    expect(result.issues).toEqual([
      { file: FILE, record: '#1', field: null, message: 'expected object, received string' },
      { file: FILE, record: '#2', field: null, message: 'expected object, received null' },
    ])
  })

  it('finds ids with the given function, names records by them and keeps the ids of rejected records', () => {
    const nested = (raw: unknown) => ((raw as { meta?: { key?: string } }).meta?.key)
    const result = parseRecords(FILE, [{ ...good('x'), size: 'big', meta: { key: 'k1' } }, { size: 1 }], schema, { idOf: nested })
    expect([...new Set(result.issues.map((issue) => issue.record))]).toEqual(['"k1"', '#1'])
    expect(result.rejectedIds).toEqual(['k1'])
  })
})

describe('parseRecords with a lenient schema', () => {
  const lenient = z.object({ ...schema.shape, size: schema.shape.size.catch(0) })

  it('keeps a record that only the lenient schema reads, and still reports its problem', () => {
    const result = parseRecords(FILE, [good('one'), { ...good('two'), size: 'big' }], schema, { lenient })
    expect(result.records).toEqual([good('one'), { ...good('two'), size: 0 }])
    expect(result.issues).toEqual([{ file: FILE, record: '"two"', field: 'size', message: 'expected number, received string' }])
    expect(result.rejectedIds).toEqual([])
  })

  it('leaves out a record the lenient schema cannot read either, with every problem reported', () => {
    const result = parseRecords(FILE, [{ ...good('two'), size: 'big', kind: 'c' }, { ...good('x'), id: 7 }], schema, { lenient })
    expect(result.records).toEqual([])
    expect(result.issues.map((issue) => `${issue.record} ${issue.field}`)).toEqual(['"two" kind', '"two" size', '#1 id'])
    expect(result.rejectedIds).toEqual(['two'])
  })
})

describe('recordsOfArrayFile', () => {
  it('passes an array through without issues', () => {
    const raw = [{ id: 'a' }, 1]
    expect(recordsOfArrayFile(FILE, raw)).toEqual({ rawRecords: raw, issues: [] })
  })

  it('reports anything else as a problem of the whole file', () => {
    for (const raw of [{ records: [] }, null, 'text', undefined]) {
      expect(recordsOfArrayFile(FILE, raw)).toEqual({
        rawRecords: [],
        issues: [{ file: FILE, record: null, field: null, message: 'must be a JSON array of records' }],
      })
    }
  })
})
