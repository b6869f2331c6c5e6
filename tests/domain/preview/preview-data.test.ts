import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readRawDataset } from '../../../scripts/check-data-dir'
import type { RawDataset } from '../../../src/domain/dataset'
import { previewData } from '../../../src/domain/preview/preview-data'
import { formatPreviewProblem } from '../../../src/domain/preview/preview-problem'
import { formatCsv, sheetColumns } from '../../../src/domain/sheets'

const { raw: base } = readRawDataset(resolve(dirname(fileURLToPath(import.meta.url)), '../../../data'))
const activities = base.activities as Record<string, unknown>[]
const known = activities.find((activity) => activity.id === 'pilot-lenti-family-friendly') as Record<string, unknown>

const preview = (...files: { name: string; text: string }[]) => previewData(base, files)
const lines = (result: ReturnType<typeof previewData>) => result.problems.map(formatPreviewProblem)

/** An activity as a row of the activities template. */
function activityRow(record: Record<string, unknown>): string[] {
  return sheetColumns('activities').map((column) => {
    const [key = '', language] = column.split('.')
    const value = language === undefined ? record[key] : (record[key] as Record<string, unknown> | null)?.[language]
    if (Array.isArray(value)) return value.join(' | ')
    return value === null || value === undefined ? '' : String(value)
  })
}

const sheet = (...records: Record<string, unknown>[]) => formatCsv([sheetColumns('activities'), ...records.map(activityRow)], ';')

const fresh = { ...known, id: 'lenti-test-day-2025', start: '2025-05-06', end: null, towns: ['lenti', 'ptuj'] }

describe('previewData with JSON files', () => {
  it('adds new records and replaces known ones by id, and counts them', () => {
    const changed = { ...known, start: '2019' }
    const result = preview({ name: 'activities.json', text: JSON.stringify([fresh, changed]) })
    expect(result).toMatchObject({ added: 1, changed: 1, problems: [], changedFiles: ['activities'] })
    expect(result.dataset.activities).toHaveLength(activities.length + 1)
    expect(result.dataset.activities.find((activity) => activity.id === 'pilot-lenti-family-friendly')?.start).toBe('2019')
    const merged = result.raw.activities as Record<string, unknown>[]
    expect(merged.at(-1)).toEqual(fresh)
    expect(merged.findIndex((activity) => activity.id === known.id)).toBe(activities.indexOf(known))
    // The rest of data/ is as it was.
    expect(result.raw.links).toBe(base.links)
  })

  it('names a bad record as data:check does, keeps the good ones, and lists only new problems', () => {
    const bad = { ...fresh, id: 'bad-one', towns: ['lenti', 'ptujj'] }
    const result = preview({ name: 'my-activities.json', text: JSON.stringify([fresh, bad]) })
    expect(lines(result)).toEqual(['data/activities.json: record "bad-one" field towns[1]: unknown town "ptujj" (did you mean "ptuj"?)'])
    expect(result.added).toBe(2)
    expect(result.knownIssues).toEqual([])
  })

  it('leaves out of the new problems those data/ had already', () => {
    const broken: RawDataset = { ...base, links: [...(base.links as unknown[]), { id: 'broken' }] }
    const result = previewData(broken, [{ name: 'activities.json', text: JSON.stringify([fresh]) }])
    expect(result.problems).toEqual([])
    expect(result.knownIssues.length).toBeGreaterThan(0)
    expect(result.knownIssues.every((issue) => issue.record === '"broken"')).toBe(true)
  })

  it('says so when a file is not JSON or its data file cannot be told', () => {
    const result = preview({ name: 'activities.json', text: '[{ "id": ' }, { name: 'notes.json', text: '[{"id": "x"}]' })
    expect(result.added).toBe(0)
    expect(result.changedFiles).toEqual([])
    expect(lines(result)[0]).toMatch(/^activities\.json: not valid JSON: /)
    expect(lines(result)[1]).toBe('notes.json: cannot tell which data file this is: name it after one (cities.geojson, organisations.json, projects.json, activities.json, links.json)')
  })

  it('reads a towns GeoJSON and finds its problems in the town records', () => {
    const towns = base.towns as { features: { properties: Record<string, unknown> }[] }
    const feature = structuredClone(towns.features[0])!
    feature.properties.region = ''
    const result = preview({ name: 'cities.geojson', text: JSON.stringify({ type: 'FeatureCollection', features: [feature] }) })
    expect(result.changed).toBe(1)
    expect(lines(result)).toEqual([expect.stringMatching(new RegExp(`^data/cities\\.geojson: record "${feature.properties.id}" field properties\\.region: `))])
  })
})

describe('previewData with sheets', () => {
  it('adds the good row and names the bad one by row and column (semicolons, BOM)', () => {
    const bad = { ...fresh, id: 'lenti-bad-date', start: '6.5.2025' }
    const result = preview({ name: 'activities.csv', text: `\uFEFF${sheet(fresh, bad)}` })
    expect(result.added).toBe(1)
    expect(result.changed).toBe(0)
    expect(lines(result)).toEqual(['activities.csv row 3, column start: "6.5.2025" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): write it as 2025-05-06'])
    expect((result.raw.activities as unknown[]).at(-1)).toEqual(fresh)
    expect(result.dataset.activities.some((activity) => activity.id === fresh.id)).toBe(true)
  })

  it('finds an unknown town by the row and column it came from, with the nearest id', () => {
    const result = preview({ name: 'activities.csv', text: sheet(known, { ...fresh, towns: ['lenti', 'ptujj'] }) })
    expect(lines(result)).toEqual(['activities.csv row 3, column towns: unknown town "ptujj" (did you mean "ptuj"?)'])
    expect(result).toMatchObject({ added: 1, changed: 0 })
  })

  it('counts a changed row as changed, and the row as it was as neither', () => {
    const result = preview({ name: 'activities.csv', text: sheet(known, { ...activities[0]!, start: '2003' }) })
    expect(result).toMatchObject({ added: 0, changed: 1, problems: [] })
  })

  it('takes JSON files in first: a sheet may name the project a dropped projects.json adds', () => {
    const project = { ...(base.projects as Record<string, unknown>[])[0]!, id: 'preview-test-project' }
    const result = preview(
      { name: 'activities.csv', text: sheet({ ...fresh, project: 'preview-test-project' }) },
      { name: 'projects.json', text: JSON.stringify([project]) },
    )
    expect(lines(result)).toEqual([])
    expect(result.files.map(({ name, target, added }) => ({ name, target, added }))).toEqual([
      { name: 'activities.csv', target: 'activities', added: [fresh.id] },
      { name: 'projects.json', target: 'projects', added: ['preview-test-project'] },
    ])
    expect(result.changedFiles).toEqual(['projects', 'activities'])
  })

  it('names a sheet whose header is no template\'s at row 1', () => {
    const result = preview({ name: 'list.csv', text: 'name,age\nAna,3\n' })
    expect(lines(result)).toEqual(['list.csv row 1: cannot tell which sheet this is: its first row must be the header of a template in data/templates/, or its name the template\'s (activities.csv, …)'])
  })

  it('sets a project\'s partners from their own sheet (as data:from-csv does), and names a project that is not there', () => {
    const projects = base.projects as { id: string; partners: Record<string, unknown>[] }[]
    const project = projects.find((candidate) => candidate.partners.length > 0)!
    const partner = project.partners[0]!
    const columns = sheetColumns('project-partners')
    const row = (projectId: string) => columns.map((column) => {
      if (column === 'project') return projectId
      if (column === 'position') return '1'
      const [key = '', language] = column.split('.')
      const value = language === undefined ? partner[key] : (partner[key] as Record<string, unknown> | null | undefined)?.[language]
      return Array.isArray(value) ? value.join(' | ') : value === null || value === undefined ? '' : String(value)
    })
    const result = preview({ name: 'project-partners.csv', text: formatCsv([columns, row(project.id), row('no-such-project')]) })
    expect(lines(result)).toEqual(['project-partners.csv row 3, column project: unknown project "no-such-project"'])
    const merged = (result.raw.projects as typeof projects).find((candidate) => candidate.id === project.id)!
    expect(merged.partners).toEqual([partner])
    expect(result.changed).toBe(project.partners.length > 1 ? 1 : 0)
  })
})
