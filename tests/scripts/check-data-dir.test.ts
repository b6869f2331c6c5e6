import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDataDir, readRawDataset } from '../../scripts/check-data-dir'
import { formatIssue } from '../../src/domain/data-issue'
import { validateDataset } from '../../src/domain/validate-dataset'
import { FIXTURE_DATA_DIR, FIXTURE_DATA_PATH } from '../real-data'
import { BROKEN, BROKEN_DATA_LINES, parserMessage, UNREADABLE, unreadableLine } from './fixture-lines'

describe('checkDataDir', () => {
  // The live data/: tests/data/live-data.test.ts.
  it('finds nothing wrong in the snapshot of data/', () => {
    expect(checkDataDir(FIXTURE_DATA_PATH)).toEqual([])
  })

  it('names each problem of the broken copy by file, record and field, and nothing else', () => {
    expect(checkDataDir(BROKEN)).toEqual(BROKEN_DATA_LINES)
  })

  it('names files relative to the working directory, also when given an absolute path', () => {
    expect(checkDataDir(`${process.cwd()}/${BROKEN}`)).toEqual(BROKEN_DATA_LINES)
    expect(checkDataDir(`./${BROKEN}/`)).toEqual(BROKEN_DATA_LINES)
  })

  it('reports the German text missing from a description, while the app keeps the record and shows the original there', () => {
    const [line] = checkDataDir(BROKEN).filter((problem) => problem.includes('description.de'))
    expect(line).toBe(`${BROKEN}/activities.json: record "egtc-bg-rad-founding-2024-07-01" field description.de: the German text (de) is missing`)
    const { raw } = readRawDataset(BROKEN)
    const founding = validateDataset(raw).dataset.activities.find((record) => record.id === 'egtc-bg-rad-founding-2024-07-01')
    expect(founding?.description?.original).toBe('en')
    expect(founding?.description?.de).toBe(founding?.description?.en)
    expect(founding?.description?.de).toMatch(/^Bad Radkersburg and Gornja Radgona signed the founding documents/)
    expect(founding?.title.de).toBe('Gründung des EVTZ „B&G-RAD“')
  })

  it('says once that a file is not valid JSON, and reports no references to what it holds', () => {
    const lines = checkDataDir(UNREADABLE)
    expect(lines).toEqual([unreadableLine()])
    expect(lines[0]).toMatch(/^tests\/fixtures\/unreadable-data\/cities\.geojson: not valid JSON: \S/)
  })

  it('would report a flood of unknown towns without knowing the file is unreadable', () => {
    const { raw, issues, unreadable } = readRawDataset(UNREADABLE)
    expect(issues.map(formatIssue)).toEqual([unreadableLine().replace(UNREADABLE, 'data')])
    expect([...unreadable]).toEqual(['towns'])
    expect(raw.towns).toBeUndefined()
    const flood = validateDataset(raw).issues.map(formatIssue)
    expect(flood[0]).toBe('data/cities.geojson: must be a GeoJSON FeatureCollection with a "features" array')
    expect(flood.filter((line) => line.includes(': unknown town "')).length).toBeGreaterThan(10)
  })

  it('keeps a parser message that quotes line breaks on one line', () => {
    // V8 quotes the text around the trailing comma, line breaks included.
    expect(parserMessage()).toContain(',\n')
    const [line] = checkDataDir(UNREADABLE)
    expect(line).not.toContain('\n')
    expect(line).toContain(',\\n')
  })

  it('says which files are not there', () => {
    const dir = 'tests/fixtures/no-such-dir'
    expect(checkDataDir(dir)).toEqual([
      `${dir}/cities.geojson: file not found`,
      `${dir}/organisations.json: file not found`,
      `${dir}/projects.json: file not found`,
      `${dir}/activities.json: file not found`,
      `${dir}/links.json: file not found`,
      `${dir}/tour.json: file not found`,
    ])
  })
})

describe('references to a record that exists but is invalid', () => {
  it('are not reported as unknown: the record\'s own problem is reported once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'))
    cpSync(FIXTURE_DATA_DIR, dir, { recursive: true })
    const file = join(dir, 'cities.geojson')
    const towns = JSON.parse(readFileSync(file, 'utf8'))
    const ptuj = towns.features.find((feature: { properties: { id: string } }) => feature.properties.id === 'ptuj')
    ptuj.properties.population.year = 2021.5
    writeFileSync(file, JSON.stringify(towns))
    const lines = checkDataDir(dir)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/cities\.geojson: record "ptuj" field properties\.population\.year: /)
  })
})
