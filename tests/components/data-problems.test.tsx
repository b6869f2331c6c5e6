import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DataProblems } from '../../src/app/data-problems'
import type { DataIssue } from '../../src/domain/data-issue'
import { renderWithI18n } from './test-utils'

afterEach(cleanup)

const XSS = '<img src=x onerror=alert(1)>'

const issues: DataIssue[] = [
  {
    file: 'data/activities.json',
    record: '"cc1-audio-guides-2012"',
    field: 'towns[2]',
    message: 'unknown town "ptujj" (did you mean "ptuj"?)',
  },
  { file: 'data/links.json', record: '#3', field: null, message: 'is missing' },
  { file: 'data/cities.geojson', record: null, field: null, message: 'must be a GeoJSON FeatureCollection with a "features" array' },
  { file: 'data/projects.json', record: JSON.stringify('<script>alert(2)</script>'), field: 'name', message: XSS },
]

describe('DataProblems', () => {
  it('renders nothing when there are no issues and no load errors', () => {
    const { container } = renderWithI18n(<DataProblems issues={[]} loadErrors={[]} />, 'en')
    expect(container).toBeEmptyDOMElement()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('renders each issue as one line naming file, record and field', () => {
    renderWithI18n(<DataProblems issues={issues} loadErrors={[{ file: 'data/organisations.json', message: 'HTTP 404' }]} />, 'en')

    const alert = screen.getByRole('alert', { name: 'Some data could not be used' })
    expect(within(alert).getByText('The map shows the records that passed the check. Problems found (as npm run data:check reports them):')).toBeInTheDocument()
    const lines = within(alert).getAllByRole('listitem').map((item) => item.textContent)
    expect(lines).toEqual([
      'data/organisations.json: could not be loaded (HTTP 404)',
      'data/activities.json: record "cc1-audio-guides-2012" field towns[2]: unknown town "ptujj" (did you mean "ptuj"?)',
      'data/links.json: record #3: is missing',
      'data/cities.geojson: must be a GeoJSON FeatureCollection with a "features" array',
      `data/projects.json: record "<script>alert(2)</script>" field name: ${XSS}`,
    ])
  })

  it('shows markup from data as literal text, never as an element', () => {
    const { container } = renderWithI18n(
      <DataProblems issues={issues} loadErrors={[{ file: 'data/links.json', message: XSS }]} />,
      'en',
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('[onerror]')).toBeNull()
    expect(screen.getByText(`data/links.json: could not be loaded (${XSS})`)).toBeInTheDocument()
    expect(screen.getByText(`data/projects.json: record "<script>alert(2)</script>" field name: ${XSS}`).tagName).toBe(
      'CODE',
    )
  })

  it('is shown for load errors alone, with the heading in the reader\'s language', () => {
    renderWithI18n(<DataProblems issues={[]} loadErrors={[{ file: 'data/links.json', message: 'Failed to fetch' }]} />, 'de')
    const alert = screen.getByRole('alert', { name: 'Einige Daten konnten nicht verwendet werden' })
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1)
    expect(within(alert).getByText('data/links.json: konnte nicht geladen werden (Failed to fetch)')).toBeInTheDocument()
  })
})
