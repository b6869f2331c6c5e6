/**
 * The properties every variant of a data file must keep, checked through the validator and the
 * network builder (see the issue "Robust, safe and accessible"):
 *
 * 1. validateDataset never throws;
 * 2. every issue names its file (one of data/) and has a non-empty message; every record that fails
 *    its strict schema is named by an issue, and an unreadable file by a file-wide one;
 * 3. every record of the variant that the app can show survives into the dataset, in order, and
 *    nothing else does. "Can show" is the code's own rule (parseRecords): the strict schema passes,
 *    or the lenient one does ("One bad field" in data/README.md). A record that fails only the checks
 *    between records (an unknown reference, a duplicate id) is kept: duplicates are kept and reported.
 *    A strictly valid record comes out as the strict schema reads it;
 * 4. buildNetwork (with any filter), networkFigures, indexEvidence and townProfile never throw on the
 *    resulting dataset, and every node and edge endpoint is a town of the dataset;
 * 5. a record the mutations did not touch (equal to a record of the real file) survives unchanged,
 *    whatever happened to the others, and the other four files lose nothing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { expect } from 'vitest'
import type { z } from 'zod'
import { activitySchema, lenientActivitySchema } from '../../../src/domain/activity-schema'
import { claimedId, isObject, recordLabel, type DataIssue } from '../../../src/domain/data-issue'
import { DATA_FILES, type DataFileKey, type Dataset, type RawDataset } from '../../../src/domain/dataset'
import { lenientLinkSchema, linkSchema } from '../../../src/domain/link-schema'
import { buildNetwork } from '../../../src/domain/network/build-network'
import { EDGE_KINDS } from '../../../src/domain/network/evidence'
import { indexEvidence } from '../../../src/domain/network/evidence-details'
import { NO_FILTER, type NetworkFilter } from '../../../src/domain/network/network-filter'
import { networkFigures } from '../../../src/domain/network/network-metrics'
import { townProfile } from '../../../src/domain/network/town-profile'
import { lenientOrganisationSchema, organisationSchema } from '../../../src/domain/organisation-schema'
import { lenientProjectSchema, projectSchema } from '../../../src/domain/project-schema'
import { COUNTRIES, lenientTownFeatureSchema, townCollectionSchema, townFeatureSchema, townFromFeature, type TownFeature } from '../../../src/domain/town-schema'
import { validateDataset } from '../../../src/domain/validate-dataset'
import { FIXTURE_DATA_DIR } from '../../real-data'
import { applyMutations, deepFreeze, mutations, type Mutation, type Path, RUNS, SEEDS, seedPaths } from './arbitraries'


export function readSeedFile(name: string): unknown {
  return deepFreeze(JSON.parse(readFileSync(join(FIXTURE_DATA_DIR, name), 'utf8')) as unknown)
}

/** The real data (the snapshot of data/ under tests/fixtures/dataset), frozen: every variant shares its untouched parts. */
export function readSeed(): RawDataset {
  const raw = {} as RawDataset
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) raw[key] = readSeedFile(DATA_FILES[key].replace(/^data\//, ''))
  return raw
}

interface FileSpec {
  /** The records the code reads from the file (none when the file itself is unreadable). */
  rawRecords: (file: unknown) => readonly unknown[] | null
  idOf: (raw: unknown) => string | undefined
  strict: z.ZodType
  lenient: z.ZodType
  /** The dataset's record made from a record the strict schema read. */
  toRecord: (parsed: unknown) => unknown
  /** Paths of record ids in the file. */
  isIdPath: (path: Path) => boolean
}

const arrayFile = (strict: z.ZodType, lenient: z.ZodType): FileSpec => ({
  rawRecords: (file) => (Array.isArray(file) ? file : null),
  idOf: claimedId,
  strict,
  lenient,
  toRecord: (parsed) => parsed,
  isIdPath: (path) => path.length === 2 && typeof path[0] === 'number' && path[1] === 'id',
})

export const FILE_SPECS: Record<DataFileKey, FileSpec> = {
  towns: {
    rawRecords: (file) => (townCollectionSchema.safeParse(file).success ? (file as { features: unknown[] }).features : null),
    idOf: (raw) => claimedId(isObject(raw) ? raw.properties : undefined),
    strict: townFeatureSchema,
    lenient: lenientTownFeatureSchema,
    toRecord: (parsed) => townFromFeature(parsed as TownFeature),
    isIdPath: (path) => path.length === 4 && path[0] === 'features' && path[2] === 'properties' && path[3] === 'id',
  },
  organisations: arrayFile(organisationSchema, lenientOrganisationSchema),
  projects: arrayFile(projectSchema, lenientProjectSchema),
  activities: arrayFile(activitySchema, lenientActivitySchema),
  links: arrayFile(linkSchema, lenientLinkSchema),
}

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

/** No filter half the time, else any filter the URL can carry (a project the data may not know, a period in any order). */
export function networkFilter(projectIds: readonly string[]): fc.Arbitrary<NetworkFilter> {
  const some = fc.record({
    kinds: fc.option(fc.subarray([...EDGE_KINDS]), { freq: 2 }),
    project: fc.option(fc.constantFrom(...projectIds, 'nowhere'), { freq: 2 }),
    countries: fc.option(fc.subarray([...COUNTRIES]), { freq: 2 }),
    from: fc.option(day, { freq: 2 }),
    to: fc.option(day, { freq: 2 }),
  })
  return fc.oneof(fc.constant(NO_FILTER), some)
}

function checkIssues(issues: readonly DataIssue[]) {
  const files = new Set<string>(Object.values(DATA_FILES))
  for (const issue of issues) {
    // Plain checks: an expect() per issue costs more than the validation (a variant may have hundreds).
    const wellFormed = files.has(issue.file)
      && typeof issue.message === 'string' && issue.message.trim() !== ''
      && (issue.record === null || typeof issue.record === 'string')
      && (issue.field === null || typeof issue.field === 'string')
    if (!wellFormed) throw new Error(`issue without its file or a message: ${JSON.stringify(issue).slice(0, 300)}`)
  }
}

/** (4): the network of the dataset, its figures and a town's profile, with every endpoint a town of the dataset. */
export function checkNetwork(dataset: Dataset, filter: NetworkFilter, townPick: number) {
  const network = buildNetwork(dataset, { filter })
  const figures = networkFigures(network.graph)
  const towns = new Set(dataset.towns.map((town) => town.id))
  network.graph.forEachNode((node) => {
    if (!towns.has(node)) throw new Error(`node "${node}" is no town of the dataset`)
  })
  network.graph.forEachEdge((edge, attributes, source, target) => {
    if (!towns.has(source) || !towns.has(target)) throw new Error(`edge ${edge} joins "${source}" and "${target}": not both towns of the dataset`)
    if (source === target) throw new Error(`edge ${edge} is a loop`)
    if (!(Number.isFinite(attributes.weight) && attributes.weight > 0)) throw new Error(`edge ${edge} has weight ${attributes.weight}`)
    if (attributes.evidence.length === 0) throw new Error(`edge ${edge} has no evidence`)
  })
  expect(figures.towns).toBeLessThanOrEqual(towns.size)
  for (const town of figures.perTown) {
    if (!towns.has(town.id) || !Number.isFinite(town.strength) || !Number.isFinite(town.betweenness)) throw new Error(`bad figures for "${town.id}": ${JSON.stringify(town)}`)
  }
  const index = indexEvidence(dataset)
  const chosen = dataset.towns.length === 0 ? 'nowhere' : (dataset.towns[townPick % dataset.towns.length]?.id ?? 'nowhere')
  townProfile(chosen, dataset, network, figures, index)
  townProfile('nowhere', dataset, network, figures, index)
}

export interface DatasetHarness {
  seed: RawDataset
  seedDataset: Dataset
  /** The counterexample arbitrary: mutations of the file, a network filter, a town to profile. */
  arbitrary: fc.Arbitrary<[Mutation[], NetworkFilter, number]>
  /** Runs every property on one variant; throws (fails) when one does not hold. */
  check: (changes: readonly Mutation[], filter: NetworkFilter, townPick: number) => void
  /** fc.assert options: RUNS runs from this file's fixed seed. */
  options: { numRuns: number; seed: number }
}

export function datasetHarness(key: DataFileKey): DatasetHarness {
  const seed = readSeed()
  const { dataset: seedDataset, issues: seedIssues } = validateDataset(seed)
  if (seedIssues.length > 0) throw new Error(`the real data has issues: ${JSON.stringify(seedIssues.slice(0, 3))}`)
  const spec = FILE_SPECS[key]
  const file = DATA_FILES[key]

  // The records of the real file: what an untouched record must come out as. Mutations copy only what
  // they change, so a record no mutation touched is the very object of the (frozen) seed.
  const untouched = new Map<unknown, unknown>()
  for (const record of spec.rawRecords(seed[key]) ?? []) untouched.set(record, spec.toRecord(spec.strict.parse(record)))

  const knownIds = [...new Set(Object.values(seedDataset).flatMap((records: { id: string }[]) => records.map((record) => record.id)))]
  const paths = seedPaths(seed[key], spec.isIdPath)
  const arbitrary = fc.tuple(mutations(paths, knownIds), networkFilter(seedDataset.projects.map((project) => project.id)), fc.nat())

  const check = (changes: readonly Mutation[], filter: NetworkFilter, townPick: number) => {
    const value = applyMutations(seed[key], changes)
    // (1) never throws: a throw here fails the property with the mutations as counterexample.
    const { dataset, issues } = validateDataset({ ...seed, [key]: value })

    // (2) every issue names its file and says what is wrong.
    checkIssues(issues)
    const records = spec.rawRecords(value)
    if (records === null) {
      expect(issues.some((issue) => issue.file === file && issue.record === null), `${file} is unreadable but no issue says so`).toBe(true)
    }

    // (3) + (5) the records the app can show survive, in order, as their schema reads them.
    const expected: { id: string; record: unknown }[] = []
    ;(records ?? []).forEach((raw, index) => {
      const known = untouched.get(raw)
      if (known !== undefined) {
        expected.push({ id: spec.idOf(raw) as string, record: known })
        return
      }
      const strict = spec.strict.safeParse(raw)
      if (strict.success) {
        expected.push({ id: spec.idOf(raw) as string, record: spec.toRecord(strict.data) })
        return
      }
      const label = recordLabel(raw, index, spec.idOf)
      expect(issues.some((issue) => issue.file === file && issue.record === label), `record ${label} fails its schema but no issue names it`).toBe(true)
      if (spec.lenient.safeParse(raw).success) expected.push({ id: spec.idOf(raw) as string, record: undefined })
    })
    const kept = dataset[key] as { id: string }[]
    expect(kept.map((record) => record.id)).toEqual(expected.map((entry) => entry.id))
    expected.forEach((entry, index) => {
      // node's deep equality: vitest's toEqual is ten times slower on these records.
      if (entry.record !== undefined && !isDeepStrictEqual(kept[index], entry.record)) expect(kept[index]).toEqual(entry.record)
    })
    // Duplicates are kept, and reported.
    const seen = new Set<string>()
    for (const record of kept) {
      if (seen.has(record.id)) {
        expect(issues.some((issue) => issue.file === file && issue.record === JSON.stringify(record.id) && issue.field === 'id'), `duplicate "${record.id}" not reported`).toBe(true)
      }
      seen.add(record.id)
    }
    // The other files lose nothing.
    for (const other of Object.keys(DATA_FILES) as DataFileKey[]) {
      if (other === key) continue
      expect((dataset[other] as { id: string }[]).map((record) => record.id)).toEqual((seedDataset[other] as { id: string }[]).map((record) => record.id))
    }

    // (4) the network of what survived.
    checkNetwork(dataset, filter, townPick)
  }
  return { seed, seedDataset, arbitrary, check, options: { numRuns: RUNS, seed: SEEDS[key] } }
}

/** The property test of one data file: RUNS variants through the validator and the network builder. */
export function propertyTest(key: DataFileKey): () => void {
  return () => {
    const harness = datasetHarness(key)
    fc.assert(fc.property(harness.arbitrary, ([changes, filter, townPick]) => harness.check(changes, filter, townPick)), harness.options)
  }
}
