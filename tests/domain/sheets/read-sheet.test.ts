import { describe, expect, it } from 'vitest'
import { formatSheetIssue, readSheet, sheetColumns, type SheetIssue } from '../../../src/domain/sheets'
import { activityRow, partnerRow, sheetText } from './sheet-test-data'

const KNOWN = {
  towns: ['ptuj', 'ormoz', 'lenti', 'gornja-radgona'],
  projects: ['skupaj', 'city-cooperation-ii'],
  organisations: ['some-agency', 'other-agency'],
}

const lines = (issues: readonly SheetIssue[]) => issues.map(formatSheetIssue)

describe('readSheet: a filled activities sheet', () => {
  it('turns a row into an activity in the JSON shape of data/, lists split on | and line breaks, empty cells as the data writes them', () => {
    const text = sheetText('activities', [activityRow({ towns: 'ptuj\normoz', sources: 'https://a.example/1 | https://b.example/2' })], ';')
    const { records, issues, rows } = readSheet(text, 'activities', 'activities.csv', KNOWN)
    expect(issues).toEqual([])
    expect(rows).toEqual([[2]])
    expect(records).toStrictEqual([{
      id: 'partner-day-2025',
      title: { original: 'en', sl: 'Partner day (sl)', de: 'Partner day (de)', hu: 'Partner day (hu)', en: 'Partner day' },
      kind: 'partner-day',
      start: '2025-05',
      end: null,
      hostTown: 'ptuj',
      towns: ['ptuj', 'ormoz'],
      project: null,
      description: null,
      confidence: 'high',
      sources: ['https://a.example/1', 'https://b.example/2'],
      notes: null,
    }])
  })

  it('reads a text the source gives in two versions ("sl|de" in title.original) and true/false flags', () => {
    const { records, issues } = readSheet(sheetText('activities', [activityRow({ 'title.original': 'sl|de', dateInferred: 'TRUE', cityCooperation: 'false' })]), 'activities', 'a.csv')
    expect(issues).toEqual([])
    expect(records[0]).toMatchObject({ title: { original: ['sl', 'de'] }, dateInferred: true, cityCooperation: false })
  })

  it('names the row as the spreadsheet shows it (header = row 1), the column and the problem; a quoted line break does not shift later rows', () => {
    const text = sheetText('activities', [
      activityRow({ id: 'first', 'notes.original': 'en', 'notes.sl': 'a', 'notes.de': 'b', 'notes.hu': 'c', 'notes.en': 'two\nlines' }),
      {},
      activityRow({ id: 'second', kind: 'meting', start: '7.3.2019', 'title.de': '' }),
    ])
    const { records, issues } = readSheet(text, 'activities', 'activities.csv', KNOWN)
    expect(records.map((record) => (record as { id: string }).id)).toEqual(['first'])
    expect(lines(issues)).toEqual([
      'activities.csv row 4, column title.de: the German text (de) is empty',
      expect.stringMatching(/^activities\.csv row 4, column kind: "meting" is not one of: founding, .* \(did you mean "meeting"\?\)$/),
      'activities.csv row 4, column start: "7.3.2019" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): write it as 2019-03-07',
    ])
  })

  it('gives the nearest valid id for an unknown town, project or organisation', () => {
    const text = sheetText('activities', [activityRow({ towns: 'ptujj | ormoz', hostTown: 'ormoz', project: 'skupai' })])
    const { issues } = readSheet(text, 'activities', 'activities.csv', KNOWN)
    expect(lines(issues)).toEqual([
      'activities.csv row 2, column towns: unknown town "ptujj" (did you mean "ptuj"?)',
      'activities.csv row 2, column project: unknown project "skupai" (did you mean "skupaj"?)',
    ])
    const far = readSheet(sheetText('activities', [activityRow({ towns: 'vienna', hostTown: '' })]), 'activities', 'a.csv', KNOWN)
    expect(lines(far.issues)).toEqual(['a.csv row 2, column towns: unknown town "vienna"'])
  })

  it('accepts "all-24" as the towns of an activity of the whole network', () => {
    const { issues } = readSheet(sheetText('activities', [activityRow({ towns: 'all-24', hostTown: '' })]), 'activities', 'a.csv', KNOWN)
    expect(issues).toEqual([])
  })

  it('reports an empty required cell, a repeated id, a stray cell and a bad yes/no, and never drops a row silently', () => {
    const header = sheetColumns('activities')
    const good = sheetText('activities', [activityRow(), activityRow({ confidence: '' }), activityRow({ dateInferred: 'yes', id: 'x' })])
    const stray = `${header.map(() => '').join(',')},extra\n`
    const { records, issues } = readSheet(good + stray, 'activities', 'a.csv')
    expect(records).toHaveLength(1)
    expect(lines(issues)).toEqual([
      'a.csv row 3, column confidence: is empty',
      'a.csv row 3, column id: the id "partner-day-2025" is also in row 2',
      'a.csv row 4, column dateInferred: "yes" must be true or false (or left empty)',
      `a.csv row 5: cell ${header.length + 1} has a value but its column has no name in row 1`,
    ])
  })

  it('skips empty rows and empty trailing lines', () => {
    const text = `${sheetText('activities', [activityRow()])}\n,,,\n\n`
    const { records, issues } = readSheet(text, 'activities', 'a.csv')
    expect(issues).toEqual([])
    expect(records).toHaveLength(1)
  })

  it('stops at a wrong header: an unknown column (with the nearest name), a missing one, one twice', () => {
    const header = sheetColumns('activities').map((column) => (column === 'hostTown' ? 'hosttown' : column)).filter((column) => column !== 'notes.hu')
    const text = `${[...header, 'kind'].join(',')}\n${header.map(() => 'x').join(',')}\n`
    const { records, issues } = readSheet(text, 'activities', 'a.csv')
    expect(records).toEqual([])
    expect(lines(issues)).toEqual([
      'a.csv row 1, column hosttown: unknown column "hosttown" (did you mean "hostTown"?)',
      'a.csv row 1, column kind: this column appears twice',
      'a.csv row 1, column hostTown: the column "hostTown" is missing (data/templates/activities.csv has every column)',
      'a.csv row 1, column notes.hu: the column "notes.hu" is missing (data/templates/activities.csv has every column)',
    ])
    expect(lines(readSheet('', 'activities', 'a.csv').issues)).toEqual(['a.csv: the sheet is empty: it needs the header row of the template'])
  })
})

describe('readSheet: towns, numbers and points', () => {
  const town = {
    id: 'ptuj', 'names.official': 'Ptuj', 'names.sl': 'Ptuj', 'names.de': 'Pettau', 'names.hu': 'Ptuj', 'names.en': 'Ptuj',
    historicalNames: 'de', country: 'SI', region: 'Podravje', lon: '15,8697', lat: '46.4199',
    'population.value': '23000', 'population.year': '2024', 'population.unit': 'municipality', 'population.source': 'https://example.org/p',
    areaKm2: '66,6', sources: 'https://example.org/p',
  }

  it('makes a GeoJSON Feature from lon and lat, reading a decimal comma', () => {
    const { records, issues } = readSheet(sheetText('towns', [town], ';'), 'towns', 'towns.csv')
    expect(issues).toEqual([])
    expect(records[0]).toMatchObject({
      type: 'Feature',
      id: 'ptuj',
      geometry: { type: 'Point', coordinates: [15.8697, 46.4199] },
      properties: { id: 'ptuj', historicalNames: ['de'], areaKm2: 66.6, website: null, geonamesId: null, notes: null, population: { value: 23000 } },
    })
  })

  it('names the lon or lat column of a bad point, and a cell that is not a number', () => {
    const { issues } = readSheet(sheetText('towns', [{ ...town, lat: '146.4', 'population.value': '23.000,5', country: 'SLO' }]), 'towns', 'towns.csv')
    expect(lines(issues)).toEqual([
      'towns.csv row 2, column population.value: "23.000,5" is not a number (write it with digits only, like 1800000 or 29.94)',
      'towns.csv row 2, column lat: "146.4": Too big: expected number to be <=90',
      'towns.csv row 2, column country: "SLO" is not one of: AT, SI, HU (did you mean "SI"?)',
    ])
  })
})

describe('readSheet: the project list sheets', () => {
  it('groups partners by project, in the order of their position', () => {
    const text = sheetText('project-partners', [
      partnerRow({ position: '2', organisation: 'other-agency', role: 'partner', towns: 'ormoz | lenti' }),
      partnerRow(),
      partnerRow({ project: 'city-cooperation-ii', budgetEur: '1000', erdfEur: '850' }),
    ])
    const { records, issues, rows } = readSheet(text, 'project-partners', 'project-partners.csv', KNOWN)
    expect(issues).toEqual([])
    expect(records).toStrictEqual([
      {
        id: 'skupaj',
        partners: [
          { organisation: 'some-agency', role: 'lead', towns: ['ptuj'], budgetEur: null, erdfEur: null, description: null, notes: null },
          { organisation: 'other-agency', role: 'partner', towns: ['ormoz', 'lenti'], budgetEur: null, erdfEur: null, description: null, notes: null },
        ],
      },
      { id: 'city-cooperation-ii', partners: [{ organisation: 'some-agency', role: 'lead', towns: ['ptuj'], budgetEur: 1000, erdfEur: 850, description: null, notes: null }] },
    ])
    expect(rows).toEqual([[3, 2], [4]])
  })

  it('reports a repeated position, a position that is not a whole number and an unknown project; a project with a bad row is left out', () => {
    const text = sheetText('project-partners', [partnerRow(), partnerRow({ organisation: 'other-agency' }), partnerRow({ project: 'skupai', position: '1.5' })])
    const { records, issues } = readSheet(text, 'project-partners', 'p.csv', KNOWN)
    expect(records).toEqual([])
    expect(lines(issues)).toEqual([
      'p.csv row 3, column position: position 1 of project "skupaj" is also in row 2',
      'p.csv row 4, column position: "1.5": must be a whole number (1 for the first, 2 for the second, …)',
      'p.csv row 4, column project: unknown project "skupai" (did you mean "skupaj"?)',
    ])
  })

  it('reads a conflict value as a figure or as words, and not both', () => {
    const words = { 'value.original': 'en', 'value.sl': 'a', 'value.de': 'b', 'value.hu': 'c', 'value.en': 'about 3.5 million' }
    const text = sheetText('project-conflicts', [
      { project: 'skupaj', field: 'budgetEur', position: '1', value: '1800000', sources: 'https://example.org/1' },
      { project: 'skupaj', field: 'budgetEur', position: '2', ...words, sources: 'https://example.org/2' },
    ])
    const { records, issues } = readSheet(text, 'project-conflicts', 'c.csv')
    expect(issues).toEqual([])
    expect(records).toStrictEqual([{
      id: 'skupaj',
      conflicts: [{
        field: 'budgetEur',
        values: [
          { value: 1800000, sources: ['https://example.org/1'] },
          { value: { original: 'en', sl: 'a', de: 'b', hu: 'c', en: 'about 3.5 million' }, sources: ['https://example.org/2'] },
        ],
      }],
    }])
    const both = sheetText('project-conflicts', [{ project: 'skupaj', field: 'budgetEur', position: '1', value: '1', ...words, sources: 'https://example.org/1' }])
    expect(lines(readSheet(both, 'project-conflicts', 'c.csv').issues)).toEqual([
      'c.csv row 2, column value: fill in either value (a figure) or value.original and the languages (words), not both',
    ])
  })
})
