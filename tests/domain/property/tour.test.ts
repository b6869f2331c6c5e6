/**
 * data/tour.json: 1,000 generated variants of the real tour through parseTour, against the real
 * dataset or one that lost a record. parseTour never throws; every issue names the tour file with a
 * message; every step its strict schema accepts survives (the first of a duplicate id; later ones are
 * left out and reported), as the schema reads it; every step it rejects is named by an issue.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isObject, recordLabel } from '../../../src/domain/data-issue'
import type { Dataset } from '../../../src/domain/dataset'
import { validateDataset } from '../../../src/domain/validate-dataset'
import { parseTour, TOUR_FILE, tourStepSchema } from '../../../src/url-state/tour-schema'
import { VIEW_PARAMS } from '../../../src/url-state/view-url'
import { applyMutations, hugeString, mutation, type Mutation, oddString, PROPERTY_TIMEOUT, RUNS, SEEDS, seedPaths, unknownReference } from './arbitraries'
import { readSeed, readSeedFile } from './dataset-harness'

const seed = readSeed()
const { dataset: seedDataset } = validateDataset(seed)
const seedTour = readSeedFile('tour.json')
const knownIds = [...new Set(Object.values(seedDataset).flatMap((records: { id: string }[]) => records.map((record) => record.id)))]
const paths = seedPaths(seedTour, (path) => path.length === 3 && path[0] === 'steps' && path[2] === 'id')
const viewPaths = paths.all.filter((path) => path.length === 3 && path[0] === 'steps' && path[2] === 'view')

/** A step's view query: any view parameter (the presentation's own too) with any value, an id nobody has, huge or odd text. */
const viewQuery = fc
  .array(fc.tuple(fc.constantFrom<string>(...VIEW_PARAMS, 'x', '', '__proto__'), fc.oneof(unknownReference(knownIds).map(String), oddString, hugeString, fc.constantFrom('2019-03-07', '2019-13-45', 'AT,SI', 'activity,egtc'))), { maxLength: 4 })
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`)

const viewMutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constant('replace' as const),
  why: fc.constant('view query'),
  path: fc.constantFrom(...viewPaths),
  value: fc.oneof(viewQuery, fc.string().map((text) => `?${text}`)),
})

const changes = fc.array(fc.oneof({ weight: 4, arbitrary: mutation(paths, knownIds) }, { weight: 1, arbitrary: viewMutation }), { minLength: 1, maxLength: 3 })

/** The real dataset, or one without the records of one id (then the id may be known as rejected). */
const datasetChange = fc.option(fc.tuple(fc.constantFrom(...knownIds), fc.boolean()), { freq: 2 })

function without(id: string): Dataset {
  return {
    towns: seedDataset.towns.filter((record) => record.id !== id),
    organisations: seedDataset.organisations.filter((record) => record.id !== id),
    projects: seedDataset.projects.filter((record) => record.id !== id),
    activities: seedDataset.activities.filter((record) => record.id !== id),
    links: seedDataset.links.filter((record) => record.id !== id),
  }
}

describe(`data/tour.json: ${RUNS} generated variants`, () => {
  it('go through parseTour without a throw, with issues that name the file, keeping every valid step', () => {
    fc.assert(
      fc.property(changes, datasetChange, (mutations, drop) => {
        const value = applyMutations(seedTour, mutations)
        const dataset = drop === null ? seedDataset : without(drop[0])
        const rejected = new Set(drop !== null && drop[1] ? [drop[0]] : [])
        const { tour, issues } = parseTour(value, dataset, rejected)
        // Without a readable dataset, ids are not checked: the steps are the same.
        const unchecked = parseTour(value, dataset, null)
        expect(unchecked.tour.steps.map((step) => step.id)).toEqual(tour.steps.map((step) => step.id))

        for (const issue of [...issues, ...unchecked.issues]) {
          expect(issue.file).toBe(TOUR_FILE)
          expect(typeof issue.message === 'string' && issue.message.trim() !== '', JSON.stringify(issue).slice(0, 300)).toBe(true)
          expect(issue.record === null || typeof issue.record === 'string').toBe(true)
        }
        const steps = isObject(value) && Array.isArray(value.steps) ? (value.steps as unknown[]) : null
        if (steps === null) {
          expect(issues.some((issue) => issue.record === null)).toBe(true)
          expect(tour.steps).toEqual([])
          return
        }
        const seen = new Set<string>()
        const expected: { id: string; data: Record<string, unknown> }[] = []
        steps.forEach((raw, index) => {
          const parsed = tourStepSchema.safeParse(raw)
          if (!parsed.success) {
            const label = recordLabel(raw, index)
            expect(issues.some((issue) => issue.record === label), `step ${label} fails its schema but no issue names it`).toBe(true)
            return
          }
          if (seen.has(parsed.data.id)) {
            expect(issues.some((issue) => issue.record === JSON.stringify(parsed.data.id) && issue.field === 'id')).toBe(true)
            return
          }
          seen.add(parsed.data.id)
          expected.push({ id: parsed.data.id, data: parsed.data })
        })
        expect(tour.steps.map((step) => step.id)).toEqual(expected.map((entry) => entry.id))
        tour.steps.forEach((step, index) => {
          const { view: _view, query, ...rest } = step
          const { view, ...data } = expected[index]?.data ?? {}
          expect(query).toBe(view)
          expect(rest).toEqual(data)
        })
        if (tour.steps.length === 0) expect(issues.length).toBeGreaterThan(0)
      }),
      { numRuns: RUNS, seed: SEEDS.tour },
    )
  }, PROPERTY_TIMEOUT)
})
