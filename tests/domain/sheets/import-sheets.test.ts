import { describe, expect, it } from 'vitest'
import { formatSheetIssue, importSheets, readSheet, writeSheet } from '../../../src/domain/sheets'
import { mergeById, sameJson } from '../../../src/domain/sheets/merge-records'
import { activityRow, partnerRow, realRawData, sheetText } from './sheet-test-data'

const raw = realRawData()
type Item = { id: string } & Record<string, unknown>
const activities = raw.activities as Item[]
const projects = raw.projects as Item[]

describe('mergeById', () => {
  const idOf = (record: unknown) => (record as Item).id
  it('adds new ids at the end, replaces existing ones where they stand, keeps every other record', () => {
    const merged = mergeById([{ id: 'a', v: 1 }, { id: 'b', v: 1 }, { id: 'c', v: 1 }], [{ id: 'd', v: 1 }, { id: 'b', v: 2 }, { id: 'c', v: 1 }], idOf)
    expect(merged.records).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 2 }, { id: 'c', v: 1 }, { id: 'd', v: 1 }])
    expect(merged).toMatchObject({ added: ['d'], changed: ['b'], unchanged: ['c'] })
  })

  it('keeps an unchanged record as it was, its key order too', () => {
    const old = { v: 1, id: 'a' }
    const merged = mergeById([old], [{ id: 'a', v: 1 }], idOf)
    expect(merged.records[0]).toBe(old)
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false)
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false)
  })
})

describe('importSheets', () => {
  const sheet = (rows: Record<string, string>[]) => ({ name: 'new.csv', text: sheetText('activities', rows) })

  it('adds a new activity and replaces an existing one by id, every other activity kept in place', () => {
    const existing = activities[3]!
    const changedRow = readSheet(writeSheet('activities', raw), 'activities', 'a.csv')
    const old = changedRow.records[3] as Item
    const edited = writeSheet('activities', { ...raw, activities: [{ ...old, confidence: old.confidence === 'low' ? 'high' : 'low' }] })
    const result = importSheets(raw, [sheet([activityRow()]), { name: 'edit.csv', text: edited }])
    expect(result.issues).toEqual([])
    expect(result.changes.map(({ sheet: name, added, changed, unchanged }) => ({ name, added, changed, unchanged }))).toEqual([
      { name: 'new.csv', added: ['partner-day-2025'], changed: [], unchanged: [] },
      { name: 'edit.csv', added: [], changed: [existing.id], unchanged: [] },
    ])
    const merged = result.data.activities as Item[]
    expect(merged).toHaveLength(activities.length + 1)
    expect(merged.at(-1)?.id).toBe('partner-day-2025')
    expect(merged[3]?.id).toBe(existing.id)
    expect(merged[3]?.confidence).not.toBe(existing.confidence)
    activities.forEach((activity, index) => {
      if (index !== 3) expect(merged[index]).toBe(activity)
    })
    expect(result.changedFiles).toEqual(['activities'])
  })

  it('names the row and column of what only the whole data shows, and of an unknown town with the nearest id', () => {
    const result = importSheets(raw, [sheet([activityRow(), activityRow({ id: 'other', hostTown: 'lenti' }), activityRow({ id: 'third', towns: 'ptuj | ormozz' })])])
    expect(result.issues.map(formatSheetIssue)).toEqual([
      'new.csv row 4, column towns: unknown town "ormozz" (did you mean "ormoz"?)',
      'new.csv row 3, column hostTown: "lenti" is not in the activity\'s towns',
    ])
  })

  it('lets one import add a town and an activity that names it (towns are merged first)', () => {
    const town = readSheet(writeSheet('towns', raw), 'towns', 't.csv').records[0] as { id: string; properties: Item }
    const newTown = { ...town, id: 'new-town', properties: { ...town.properties, id: 'new-town' } }
    const towns = { name: 'towns.csv', text: writeSheet('towns', { ...raw, towns: { type: 'FeatureCollection', features: [newTown] } }) }
    const result = importSheets(raw, [sheet([activityRow({ towns: 'ptuj | new-town' })]), towns])
    expect(result.issues).toEqual([])
    expect(result.changes.map((change) => change.kind)).toEqual(['towns', 'activities'])
    expect(result.changedFiles).toEqual(['towns', 'activities'])
  })

  it('replaces a project from projects.csv keeping the lists its other sheets hold', () => {
    const project = projects.find((record) => record.id === 'skupaj')!
    const text = writeSheet('projects', { ...raw, projects: [{ ...project, budgetEur: 12345 }] })
    const result = importSheets(raw, [{ name: 'projects.csv', text }])
    expect(result.issues).toEqual([])
    const merged = (result.data.projects as Item[]).find((record) => record.id === 'skupaj')!
    expect(merged).toStrictEqual({ ...project, budgetEur: 12345 })
    expect(Object.keys(merged)).toEqual(Object.keys(project))
  })

  it('replaces the partners of the projects a project-partners sheet names, and no other list', () => {
    const text = sheetText('project-partners', [
      partnerRow({ organisation: 'gornja-radgona-municipality', towns: 'gornja-radgona' }),
      partnerRow({ position: '2', organisation: 'bad-radkersburg-municipality', role: 'partner', towns: 'bad-radkersburg' }),
    ])
    const result = importSheets(raw, [{ name: 'project-partners.csv', text }])
    expect(result.issues).toEqual([])
    expect(result.changes[0]).toMatchObject({ file: 'data/projects.json', changed: ['skupaj'] })
    const before = projects.find((record) => record.id === 'skupaj')!
    const after = (result.data.projects as Item[]).find((record) => record.id === 'skupaj')!
    expect(after.partners).toHaveLength(2)
    expect({ ...after, partners: before.partners }).toStrictEqual(before)
  })

  it('reports a partner sheet whose lead partner is no longer a partner, at the project\'s first row', () => {
    const text = sheetText('project-partners', [partnerRow({ organisation: 'bad-radkersburg-municipality', towns: 'bad-radkersburg' })])
    const result = importSheets(raw, [{ name: 'p.csv', text }])
    expect(result.issues.map(formatSheetIssue)).toEqual(['p.csv row 2: leadPartner: "gornja-radgona-municipality" is not one of the project\'s partners'])
  })

  it('says so when it cannot tell what a sheet is', () => {
    const result = importSheets(raw, [{ name: 'budget.csv', text: 'name,amount\nx,1\n' }])
    expect(result.issues.map(formatSheetIssue)).toEqual([
      expect.stringMatching(/^budget\.csv row 1: cannot tell which sheet this is from its header or name: name it with --kind/),
    ])
    expect(result.data).toEqual(raw)
  })
})
