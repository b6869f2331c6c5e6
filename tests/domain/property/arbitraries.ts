/**
 * Arbitraries for the property-based tests: nasty values, and mutations of a data file's JSON that
 * are applied copy-on-write (the seed, the real file, is frozen and shared by every variant).
 */
import fc from 'fast-check'
import { isObject } from '../../../src/domain/data-issue'

/** Variants per property and run: the issue asks for at least 1,000 of each data file. */
export const RUNS = 1000

/**
 * Fixed seeds: CI sees the same variants on every run. To explore other variants, set PROPERTY_SEED
 * (`PROPERTY_SEED=7 npx vitest run tests/domain/property`); a failure prints its seed and path to replay.
 */
const explore = Number(process.env.PROPERTY_SEED ?? Number.NaN)
const base = Number.isInteger(explore) ? explore * 10 : 2400
export const SEEDS = { towns: base + 1, organisations: base + 2, projects: base + 3, activities: base + 4, links: base + 5, tour: base + 6 } as const

/** A per-test timeout for 1,000 runs on a slow, shared two-core machine (a run takes a few ms). */
export const PROPERTY_TIMEOUT = 180_000

export type Path = readonly (string | number)[]

// ---------------------------------------------------------------------------------------------------
// Nasty values

/** Characters that break naive text handling: bidi overrides, joiners, lone surrogates, combining marks, emoji, NUL. */
const ODD_CHARS = [
  '\u202E', // RIGHT-TO-LEFT OVERRIDE
  '\u202D', // LEFT-TO-RIGHT OVERRIDE
  '\u2066', // LEFT-TO-RIGHT ISOLATE
  '\u200D', // ZERO WIDTH JOINER
  '\u200B', // ZERO WIDTH SPACE
  '\uFEFF', // BYTE ORDER MARK
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\u0301', // COMBINING ACUTE ACCENT
  'e\u0301\u0301\u0301\u0301', // stacked combining marks
  '\u0000', // NUL
  '\u2028', // LINE SEPARATOR
  '\u00A0', // NO-BREAK SPACE
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇸🇮',
  'İ',
  'ß',
  'ǅ',
  'ﷺ',
  ' ',
  '\t\n',
  '"',
  '\\',
  '<script>alert(1)</script>',
  '{{towns}}',
  '{{ nope }}',
  '%00',
  '?town=ptuj&lang=de',
  'javascript:alert(1)',
]

const oddChar = fc.constantFrom(...ODD_CHARS)

/** Short strings made of odd characters, mixed with any code points. */
export const oddString = fc
  .array(fc.oneof({ weight: 3, arbitrary: oddChar }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))

/** 10k to 100k characters: a short (possibly odd) unit repeated. */
export const hugeString = fc
  .tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), oddString).filter((unit) => unit.length > 0), fc.integer({ min: 10_000, max: 100_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length))

/** 100 to 300 levels of objects and arrays, where a string or a record is expected. */
export const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 300 }), fc.constantFrom('object', 'array', 'mixed'), fc.oneof(fc.constant('deep'), fc.constant(null), fc.integer()))
  .map(([depth, shape, leaf]) => {
    let value: unknown = leaf
    for (let level = 0; level < depth; level += 1) {
      const asArray = shape === 'array' || (shape === 'mixed' && level % 2 === 1)
      value = asArray ? [value] : { en: value, original: 'en', id: 'deep' }
    }
    return value
  })

/** Numbers at the edges of what the schemas accept (JSON has no NaN or Infinity). */
const edgeNumber = fc.constantFrom(0, -0, -1, 1.5, 1799, 2101, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 181, -91)

/** Strings that look almost right: dates, URLs and ids just off. */
const nearMissString = fc.constantFrom('', ' ', '2019-13-45', '2019-02-30', '19', '2019-9', 'https://', 'http:/x', 'ftp://example.org', 'javascript:alert(1)', 'Ptuj', 'ptuj ', 'all-24', 'high ', 'EN', 'Feature', 'FeatureCollection', 'null', '[]')

/** Any value JSON can hold, of a type a field may not expect. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, '', [], {}, [null], { original: 'en' }) },
  { weight: 2, arbitrary: edgeNumber },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: nearMissString },
  { weight: 2, arbitrary: oddString },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
)

/** Any value but an array, for fields that must be lists. */
export const nonArray: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, 0, 1, true, '', 'ptuj', {}, { 0: 'ptuj', length: 1 }),
  oddString,
  fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
)

/** What a whole file may be instead of its records. */
export const wholeFileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, 0, 42, -1, true, '', 'not json', {}, [], [null], [[]], { type: 'FeatureCollection' }, { type: 'FeatureCollection', features: null }, { type: 'FeatureCollection', features: {} }, { steps: null }, { steps: {} }),
  hugeString,
  deepNesting,
  fc.jsonValue({ maxDepth: 3 }),
)

/** Ids nobody has, ids almost like real ones, ids of another kind of record, and text that is no id. */
export function unknownReference(knownIds: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,6})?$/) },
    { weight: 2, arbitrary: fc.constantFrom(...knownIds).map((id) => `${id}x`) },
    { weight: 2, arbitrary: fc.constantFrom(...knownIds) },
    { weight: 1, arbitrary: fc.constantFrom('all-24', 'nowhere', 'ptujj', 'Ptuj', 'ptuj ', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty') },
    { weight: 1, arbitrary: oddString },
    { weight: 1, arbitrary: wrongValue },
  )
}

/** Field names a record does not know, some of them dangerous as object keys. */
const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'id ', 'ID', 'notes\u200D', '\u202Eeman'),
  fc.string({ maxLength: 8 }),
)

// ---------------------------------------------------------------------------------------------------
// Paths in the seed

/** Fields that name another record. */
export const REFERENCE_KEYS = new Set(['towns', 'project', 'hostTown', 'from', 'to', 'organisation', 'represents', 'leadPartner', 'parts', 'seatTown', 'fit', 'records'])

export interface SeedPaths {
  /** Every node below the root. */
  all: Path[]
  /** Every field of an object, and every element of an array (what can be deleted). */
  deletable: Path[]
  /** Every object (where a field can be added), the root included when it is one. */
  objects: Path[]
  arrays: Path[]
  /** String leaves: texts, ids, dates, URLs. */
  strings: Path[]
  /** A record's id. */
  ids: Path[]
  /** A reference to another record, or an element of a list of references. */
  references: Path[]
}

export function seedPaths(root: unknown, idPath: (path: Path) => boolean): SeedPaths {
  const paths: SeedPaths = { all: [], deletable: [], objects: [], arrays: [], strings: [], ids: [], references: [] }
  const walk = (value: unknown, path: Path, referenceList: boolean) => {
    if (path.length > 0) {
      paths.all.push(path)
      paths.deletable.push(path)
    }
    const last = path[path.length - 1]
    if ((typeof last === 'string' && REFERENCE_KEYS.has(last) && !Array.isArray(value) && !isObject(value)) || referenceList) paths.references.push(path)
    if (idPath(path)) paths.ids.push(path)
    if (typeof value === 'string') paths.strings.push(path)
    if (Array.isArray(value)) {
      paths.arrays.push(path)
      const listOfReferences = typeof last === 'string' && REFERENCE_KEYS.has(last)
      value.forEach((item, index) => walk(item, [...path, index], listOfReferences && typeof item === 'string'))
    } else if (isObject(value)) {
      paths.objects.push(path)
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key], false)
    }
  }
  walk(root, [], false)
  return paths
}

export function valueAt(root: unknown, path: Path): unknown {
  let value = root
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key]
    else if (isObject(value) && typeof key === 'string' && Object.hasOwn(value, key)) value = value[key]
    else return undefined
  }
  return value
}

// ---------------------------------------------------------------------------------------------------
// Mutations

export type Mutation =
  | { op: 'replace'; why: string; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'add-field'; path: Path; key: string; value: unknown }
  | { op: 'duplicate-id'; path: Path; from: Path }

function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  // defineProperty: "__proto__" becomes a field of the record, as JSON.parse makes it, not its prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** The root with the change made at `path`, copying only the nodes along it; a path that no longer exists changes nothing. */
function changeAt(node: unknown, path: Path, change: (parent: unknown[] | Record<string, unknown>, key: string | number) => void): unknown {
  const [key, ...rest] = path
  if (key === undefined) return node
  if (Array.isArray(node) && typeof key === 'number' && key < node.length) {
    const copy = node.slice()
    if (rest.length === 0) change(copy, key)
    else copy[key] = changeAt(node[key], rest, change)
    return copy
  }
  if (isObject(node) && typeof key === 'string' && (Object.hasOwn(node, key) || rest.length === 0)) {
    const copy: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(node)) setOwn(copy, name, value)
    if (rest.length === 0) change(copy, key)
    else setOwn(copy, key, changeAt(node[key], rest, change))
    return copy
  }
  return node
}

export function applyMutation(root: unknown, mutation: Mutation): unknown {
  switch (mutation.op) {
    case 'replace':
      if (mutation.path.length === 0) return mutation.value
      return changeAt(root, mutation.path, (parent, key) => {
        if (Array.isArray(parent)) parent[key as number] = mutation.value
        else setOwn(parent, key as string, mutation.value)
      })
    case 'delete':
      return changeAt(root, mutation.path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(key as number, 1)
        else delete parent[key as string]
      })
    case 'add-field': {
      const target = valueAt(root, mutation.path)
      if (!isObject(target)) return root
      if (mutation.path.length === 0) {
        const copy: Record<string, unknown> = {}
        for (const [name, value] of Object.entries(target)) setOwn(copy, name, value)
        setOwn(copy, mutation.key, mutation.value)
        return copy
      }
      return changeAt(root, mutation.path, (parent, key) => {
        const copy: Record<string, unknown> = {}
        for (const [name, value] of Object.entries(target)) setOwn(copy, name, value)
        setOwn(copy, mutation.key, mutation.value)
        if (Array.isArray(parent)) parent[key as number] = copy
        else setOwn(parent, key as string, copy)
      })
    }
    case 'duplicate-id': {
      const id = valueAt(root, mutation.from)
      if (id === undefined) return root
      return applyMutation(root, { op: 'replace', why: 'duplicate id', path: mutation.path, value: id })
    }
  }
}

const pick = (paths: readonly Path[]) => fc.constantFrom(...(paths.length > 0 ? paths : [[] as Path]))

/** One mutation of a file: every kind the issue names, weighted towards the ones that reach inside records. */
export function mutation(paths: SeedPaths, knownIds: readonly string[]): fc.Arbitrary<Mutation> {
  const replace = (why: string, where: readonly Path[], value: fc.Arbitrary<unknown>) =>
    fc.record({ op: fc.constant('replace' as const), why: fc.constant(why), path: pick(where), value })
  return fc.oneof(
    { weight: 5, arbitrary: replace('wrong type', paths.all, wrongValue) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), path: pick(paths.deletable) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('add-field' as const), path: pick(paths.objects), key: unknownKey, value: fc.oneof(wrongValue, fc.jsonValue({ maxDepth: 2 })) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-id' as const), path: pick(paths.ids), from: pick(paths.ids) }) },
    { weight: 4, arbitrary: replace('unknown reference', paths.references, unknownReference(knownIds)) },
    { weight: 3, arbitrary: replace('huge text', paths.strings, hugeString) },
    { weight: 3, arbitrary: replace('odd unicode', paths.strings, oddString) },
    { weight: 2, arbitrary: replace('deep nesting', paths.strings, deepNesting) },
    { weight: 2, arbitrary: replace('not an array', paths.arrays, nonArray) },
    { weight: 1, arbitrary: replace('whole file', [[]], wholeFileValue) },
  )
}

/**
 * A variant of the seed: one to three mutations in a row. The property gets the mutations (what
 * fast-check prints for a counterexample) and applies them with `applyMutations`.
 */
export function mutations(paths: SeedPaths, knownIds: readonly string[]): fc.Arbitrary<Mutation[]> {
  return fc.array(mutation(paths, knownIds), { minLength: 1, maxLength: 3 })
}

export function applyMutations(seed: unknown, changes: readonly Mutation[]): unknown {
  return changes.reduce<unknown>((root, change) => applyMutation(root, change), seed)
}

/** Freezes a parsed JSON value throughout: code that writes into its input throws instead. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}
