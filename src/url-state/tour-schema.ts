import { z } from '../domain/zod'
import { idSchema } from '../domain/common-schemas'
import type { DataIssue } from '../domain/data-issue'
import { isObject } from '../domain/data-issue'
import type { Dataset } from '../domain/dataset'
import { intlLocale } from '../domain/language'
import { LANGUAGES, type Language } from '../domain/localized-text'
import type { NetworkCounts } from '../domain/network/network-counts'
import { parseRecords } from '../domain/parse-records'
import { parseView, serialiseView, type View } from './view-url'

export const TOUR_FILE = 'data/tour.json'

/** The figures a step's text may name; the app fills them in from the data ("{{towns}}"). */
export const TOUR_FIGURES = ['towns', 'directTies', 'groupTies', 'networkTies', 'activities', 'projects', 'links'] as const satisfies readonly (keyof NetworkCounts)[]
export type TourFigure = (typeof TOUR_FIGURES)[number]

/** What a step may show beside the map on a projector. */
export const TOUR_PANELS = ['timeline', 'sidebar'] as const
export type TourPanel = (typeof TOUR_PANELS)[number]

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g

/** Text we wrote in the four languages (the tour is ours: no original to mark). */
const wordsSchema = (maxLength: number) =>
  z.strictObject(
    Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        z
          .string({ error: (issue) => (issue.input === undefined ? `the ${language} text is missing` : 'must be text') })
          .trim()
          .min(1, { message: `the ${language} text is empty` })
          .max(maxLength, { message: `the ${language} text is longer than ${maxLength} characters (it must fit a projector)` })
          .refine((text) => [...text.matchAll(PLACEHOLDER)].every((match) => (TOUR_FIGURES as readonly string[]).includes(match[1] ?? '')), {
            message: `a {{figure}} must be one of ${TOUR_FIGURES.join(', ')}`,
          }),
      ]),
    ) as Record<Language, z.ZodString>,
  )

export type TourWords = Record<Language, string>

/** The view parameters a step may not set: the presentation owns them. */
const PRESENTATION_PARAMS = ['lang', 'present', 'step', 'embed', 'notes', 'auto']

const viewQuerySchema = z.string().superRefine((query, context) => {
  const params = new URLSearchParams(query)
  for (const key of new Set(params.keys())) {
    if (PRESENTATION_PARAMS.includes(key)) context.addIssue({ code: 'custom', message: `"${key}" is set by the presentation, not by a step` })
  }
  // Every parameter must survive a round trip through the view schema: a dropped one was not valid.
  const kept = new URLSearchParams(serialiseView(parseView(query)))
  for (const [key, value] of params) {
    if (PRESENTATION_PARAMS.includes(key)) continue
    if (kept.get(key) !== value) context.addIssue({ code: 'custom', message: `"${key}=${value}" is not a valid view parameter` })
  }
})

export const tourStepSchema = z.strictObject({
  id: idSchema,
  /** The view as the URL carries it ("?town=hartberg&from=2019-03-07"), "" for the first view. */
  view: viewQuerySchema,
  /** Towns the camera fits; absent: all towns (or the view's own camera). */
  fit: z.array(idSchema).min(1).optional(),
  /** What the step needs beside the map on a projector. */
  show: z.array(z.enum(TOUR_PANELS)).optional(),
  title: wordsSchema(80),
  text: wordsSchema(320),
  /** For the presenter's window only. */
  notes: wordsSchema(1200).optional(),
  /** The records the step rests on: every claim of its words comes from them. */
  records: z.array(idSchema),
})

export type TourStepRecord = z.infer<typeof tourStepSchema>

export interface TourStep extends Omit<TourStepRecord, 'view'> {
  view: View
  /** The step's query as written, for the presenter's window and links. */
  query: string
}

export interface Tour {
  steps: TourStep[]
}

/** Checks the ids a step names against the dataset: the records it rests on, the towns it fits, the view's selection. */
function referenceIssues(step: TourStep, index: number, dataset: Dataset, rejected: ReadonlySet<string>): DataIssue[] {
  const record = JSON.stringify(step.id)
  const towns = new Set([...dataset.towns.map((town) => town.id), ...rejected])
  const known = new Set([
    ...rejected,
    ...towns,
    ...dataset.activities.map((activity) => activity.id),
    ...dataset.projects.map((project) => project.id),
    ...dataset.links.map((link) => link.id),
    ...dataset.organisations.map((organisation) => organisation.id),
  ])
  const issues: DataIssue[] = []
  const issue = (field: string, message: string) => issues.push({ file: TOUR_FILE, record: record ?? `#${index}`, field, message })
  step.records.forEach((id, position) => {
    if (!known.has(id)) issue(`records[${position}]`, `unknown record "${id}"`)
  })
  step.fit?.forEach((id, position) => {
    if (!towns.has(id)) issue(`fit[${position}]`, `unknown town "${id}"`)
  })
  if (step.view.town !== null && !towns.has(step.view.town)) issue('view', `unknown town "${step.view.town}"`)
  if (step.view.activity !== null && !known.has(step.view.activity)) {
    issue('view', `unknown activity "${step.view.activity}"`)
  }
  if (step.view.filter.project !== null && !known.has(step.view.filter.project)) {
    issue('view', `unknown project "${step.view.filter.project}"`)
  }
  return issues
}

/**
 * Reads data/tour.json: `{ "steps": [...] }`. Invalid steps are left out and named; ids are checked
 * against the dataset (`rejected`: ids of records that exist but were left out as invalid, already
 * reported with their own file; null: a data file could not be read, so ids cannot be checked); a tour
 * without steps is a problem of the file.
 */
export function parseTour(raw: unknown, dataset: Dataset, rejected: ReadonlySet<string> | null = new Set()): { tour: Tour; issues: DataIssue[] } {
  if (!isObject(raw) || !Array.isArray(raw.steps)) {
    return { tour: { steps: [] }, issues: [{ file: TOUR_FILE, record: null, field: null, message: 'must be an object with a "steps" list' }] }
  }
  const parsed = parseRecords(TOUR_FILE, raw.steps, tourStepSchema)
  const issues = [...parsed.issues]
  const seen = new Set<string>()
  const steps: TourStep[] = []
  parsed.records.forEach((record, index) => {
    if (seen.has(record.id)) {
      issues.push({ file: TOUR_FILE, record: JSON.stringify(record.id), field: 'id', message: 'duplicate id' })
      return
    }
    seen.add(record.id)
    const step: TourStep = { ...record, view: parseView(record.view), query: record.view }
    if (rejected !== null) issues.push(...referenceIssues(step, index, dataset, rejected))
    steps.push(step)
  })
  if (steps.length === 0 && issues.length === 0) issues.push({ file: TOUR_FILE, record: null, field: 'steps', message: 'the tour has no steps' })
  return { tour: { steps }, issues }
}

/** The step's words with its {{figures}} filled in from the data. */
export function fillFigures(text: string, figures: Readonly<Record<TourFigure, number>>, language: Language): string {
  const format = new Intl.NumberFormat(intlLocale(language))
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    (TOUR_FIGURES as readonly string[]).includes(name) ? format.format(figures[name as TourFigure]) : whole,
  )
}
