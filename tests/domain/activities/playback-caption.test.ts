import { describe, expect, it } from 'vitest'
import { advance } from '../../../src/domain/activities/playback'
import { newestRecords, playbackCaption, type CaptionData } from '../../../src/domain/activities/playback-caption'
import { sameInEveryLanguage } from '../../../src/domain/localized-text'
import { activity, dataset, link, project } from '../sample-dataset'
import { loadFixtureDataset } from './make-activity'

const DATA: CaptionData = dataset({
  activities: [
    activity('founding', { start: '2008' }),
    activity('forum24', { start: '2019-03-07', title: sameInEveryLanguage('Forum24') }),
    activity('march-only', { start: '2019-03' }),
    activity('closing', { start: '2019-09' }),
    activity('no-date', { start: null }),
    activity('late-2018', { start: '2018-11-20' }),
  ],
  projects: [
    project('cc2', { period: { start: '2019-05-01', end: '2022-06-30' }, name: sameInEveryLanguage('City Cooperation II') }),
    project('umbrella', { role: 'umbrella', period: { start: '2019-02', end: null } }),
    project('undated', { period: { start: null, end: null } }),
  ],
  links: [
    link('twins', 'bad-radkersburg', 'gornja-radgona', { since: '2019-05-01', kind: 'joint-project' }),
    link('old', 'ptuj', 'furstenfeld', { since: null }),
  ],
})

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id)

describe('playbackCaption', () => {
  it('shows the year of the current end', () => {
    expect(playbackCaption(DATA, '2019-03-31', '2018-12-31').year).toBe(2019)
    expect(playbackCaption(DATA, '2008-01-31', '2007-10-31').year).toBe(2008)
  })

  it('names what starts in the newly reached time: after the previous end, up to the current end', () => {
    const caption = playbackCaption(DATA, '2019-03-31', '2019-02-28')
    expect(ids(caption.fresh)).toEqual(['march-only', 'forum24'])
  })

  it('counts a partial date at its first day: "2008" at 1 January, "2019-03" at 1 March', () => {
    expect(ids(playbackCaption(DATA, '2008-01-31', '2007-12-31').fresh)).toEqual(['founding'])
    // 1 March is reached by a step ending on 1 March, not one ending on 28 February.
    expect(ids(playbackCaption(DATA, '2019-02-28', '2019-01-31').fresh)).toEqual([])
    expect(ids(playbackCaption(DATA, '2019-03-01', '2019-02-28').fresh)).toEqual(['march-only'])
  })

  it('keeps what started in the year so far, newest last', () => {
    const caption = playbackCaption(DATA, '2019-06-30', '2019-03-31')
    expect(ids(caption.fresh)).toEqual(['cc2', 'twins'])
    expect(ids(caption.records)).toEqual(['march-only', 'forum24', 'cc2', 'twins'])
  })

  it('gives activities by title, projects by name and links by their two towns and kind', () => {
    const caption = playbackCaption(DATA, '2019-06-30', '2019-03-31')
    expect(caption.records.find((record) => record.id === 'forum24')).toEqual({
      kind: 'activity', id: 'forum24', start: '2019-03-07', title: sameInEveryLanguage('Forum24'),
    })
    expect(caption.records.find((record) => record.id === 'cc2')).toEqual({
      kind: 'project', id: 'cc2', start: '2019-05-01', title: sameInEveryLanguage('City Cooperation II'),
    })
    expect(caption.records.find((record) => record.id === 'twins')).toEqual({
      kind: 'link', id: 'twins', start: '2019-05-01', towns: ['bad-radkersburg', 'gornja-radgona'], linkKind: 'joint-project',
    })
  })

  it('never names an umbrella project or a record without a start', () => {
    const everything = playbackCaption(DATA, '2030-12-31', '1900-12-31')
    expect(ids(everything.fresh)).not.toContain('umbrella')
    expect(ids(everything.fresh)).not.toContain('undated')
    expect(ids(everything.fresh)).not.toContain('no-date')
    expect(ids(everything.fresh)).not.toContain('old')
    expect(ids(everything.fresh)).toHaveLength(7)
  })

  it('starts a new list with a new year, bringing what the step reached in the last days of the old one', () => {
    const crossing = playbackCaption(DATA, '2019-01-31', '2018-10-31')
    expect(crossing.year).toBe(2019)
    expect(ids(crossing.fresh)).toEqual(['late-2018'])
    expect(ids(crossing.records)).toEqual(['late-2018'])
    // The next step keeps only the new year's records.
    expect(ids(playbackCaption(DATA, '2019-04-30', '2019-01-31').records)).toEqual(['march-only', 'forum24'])
  })

  it('after a jump back (playing again from the start) or without a previous end, the year so far is new', () => {
    expect(ids(playbackCaption(DATA, '2019-03-31', '2024-12-31').fresh)).toEqual(['march-only', 'forum24'])
    expect(ids(playbackCaption(DATA, '2019-03-31', null).fresh)).toEqual(['march-only', 'forum24'])
    expect(ids(playbackCaption(DATA, '2019-03-31', '2019-03-31').fresh)).toEqual(['march-only', 'forum24'])
  })

  it('a step that reaches nothing new names nothing new and keeps the year so far', () => {
    const caption = playbackCaption(DATA, '2019-12-31', '2019-10-31')
    expect(caption.fresh).toEqual([])
    expect(ids(caption.records)).toEqual(['march-only', 'forum24', 'cc2', 'twins', 'closing'])
  })

  it('leaves out what started before the period the playback grows', () => {
    const caption = playbackCaption(DATA, '2019-03-31', null, '2019-03-05')
    expect(ids(caption.records)).toEqual(['forum24'])
  })

  it('names the Forum24 signing when the real playback reaches March 2019', () => {
    const real = loadFixtureDataset()
    let previous = advance('2019-01-01', 0)
    const seen: string[] = []
    for (let step = 0; step < 4; step += 1) {
      const end = advance(previous, 3)
      seen.push(...ids(playbackCaption(real, end, previous).fresh))
      previous = end
    }
    expect(seen).toContain('forum24-pact-signing-2019-03-07')
  })
})

describe('newestRecords', () => {
  it('keeps the newest records, newest last, and counts the earlier ones left out', () => {
    expect(newestRecords(['a', 'b', 'c', 'd', 'e', 'f'], 4)).toEqual({ shown: ['c', 'd', 'e', 'f'], more: 2 })
    expect(newestRecords(['a', 'b'], 4)).toEqual({ shown: ['a', 'b'], more: 0 })
  })
})
