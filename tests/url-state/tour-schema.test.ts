import { describe, expect, it } from 'vitest'
import { fillFigures, parseTour } from '../../src/url-state/tour-schema'
import { loadFixtureDataset } from '../real-data'

// The tour of the live data/ is checked in tests/data/live-data.test.ts.
const dataset = loadFixtureDataset()
const words = (text: string) => ({ sl: text, de: text, hu: text, en: text })
const step = (changes: Record<string, unknown> = {}) => ({
  id: 'forum24', view: '?activity=forum24-pact-signing-2019-03-07', fit: ['hartberg'],
  title: words('Forum24'), text: words('The pact.'), records: ['forum24-pact-signing-2019-03-07'], ...changes,
})
const problems = (steps: unknown[]) => parseTour({ steps }, dataset).issues.map((issue) => `${issue.record ?? ''} ${issue.field ?? ''}: ${issue.message}`)

describe('the tour', () => {
  it('reads a step: its view parsed, its towns to fit, its records', () => {
    const { tour, issues } = parseTour({ steps: [step()] }, dataset)
    expect(issues).toEqual([])
    expect(tour.steps[0]?.view.activity).toBe('forum24-pact-signing-2019-03-07')
    expect(tour.steps[0]?.fit).toEqual(['hartberg'])
  })

  it('names unknown records, towns and view ids', () => {
    expect(problems([step({ records: ['forum-2019'], fit: ['hartbreg'], view: '?town=ptujj' })])).toEqual([
      '"forum24" records[0]: unknown record "forum-2019"',
      '"forum24" fit[0]: unknown town "hartbreg"',
      '"forum24" view: unknown town "ptujj"',
    ])
  })

  it('refuses view parameters the presentation owns or the view schema drops', () => {
    expect(problems([step({ view: '?lang=de&step=2&town=Hart berg' })])).toEqual([
      '"forum24" view: "lang" is set by the presentation, not by a step',
      '"forum24" view: "step" is set by the presentation, not by a step',
      '"forum24" view: "town=Hart berg" is not a valid view parameter',
    ])
  })

  it('wants every language, a length that fits a projector and known figures', () => {
    const lines = problems([step({ title: { sl: 'a', de: 'b', hu: 'c' }, text: { ...words('x'.repeat(400)), de: 'Städte: {{cities}}' } })])
    expect(lines).toContain('"forum24" title.en: the en text is missing')
    expect(lines).toContain('"forum24" text.sl: the sl text is longer than 320 characters (it must fit a projector)')
    expect(lines).toContain('"forum24" text.de: a {{figure}} must be one of towns, directTies, groupTies, networkTies, activities, projects, links')
  })

  it('names a duplicate id and a file that is not a tour', () => {
    expect(problems([step(), step()])).toEqual(['"forum24" id: duplicate id'])
    expect(parseTour([], dataset).issues[0]?.message).toBe('must be an object with a "steps" list')
    expect(parseTour({ steps: [] }, dataset).issues[0]?.message).toBe('the tour has no steps')
  })

  it('does not check ids when a data file could not be read', () => {
    expect(parseTour({ steps: [step({ records: ['nothing'] })] }, dataset, null).issues).toEqual([])
  })
})

describe('fillFigures', () => {
  const figures = { towns: 24, directTies: 10, groupTies: 60, networkTies: 206, activities: 1234, projects: 11, links: 16 }
  it('fills the figures in the language\'s number format', () => {
    expect(fillFigures('Städte: {{towns}}, Aktivitäten: {{ activities }}', figures, 'de')).toBe('Städte: 24, Aktivitäten: 1.234')
    expect(fillFigures('{{activities}} activities', figures, 'en')).toBe('1,234 activities')
    expect(fillFigures('{{unknown}}', figures, 'en')).toBe('{{unknown}}')
  })
})
