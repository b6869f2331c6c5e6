import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { playbackCaption } from '../../src/domain/activities/playback-caption'
import { initialPlayback, playbackReducer, type PlaybackState } from '../../src/domain/activities/playback'
import { formatTownName } from '../../src/domain/town-names'
import { PlaybackCaption } from '../../src/features/activities/playback-caption'
import { loadFixtureDataset } from '../real-data'
import { renderWithI18n, uiText } from './test-utils'

const dataset = loadFixtureDataset()
const townName = (id: string) => {
  const town = dataset.towns.find((candidate) => candidate.id === id)
  return town ? formatTownName(town, 'de') : id
}
const FORUM24 = 'forum24-pact-signing-2019-03-07'
const PAUSED = initialPlayback('2001-01-01', '2024-12-31')
const playing = (position: string): PlaybackState => ({ ...PAUSED, status: 'playing', position })

afterEach(cleanup)

function caption(playback: PlaybackState, to: string | null = playback.position) {
  return <PlaybackCaption data={dataset} playback={playback} from={null} to={to} townName={townName} />
}

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]')
  if (!region) throw new Error('no polite live region')
  return region
}

describe('PlaybackCaption', () => {
  it('names, in German, the Forum24 signing when playback reaches March 2019, and announces it once', () => {
    const forum24 = dataset.activities.find((activity) => activity.id === FORUM24)
    if (!forum24) throw new Error(`no activity ${FORUM24}`)
    const line = `7. März 2019 · ${forum24.title.de}`

    const { rerender } = renderWithI18n(caption(playing('2019-01-31')), 'de')
    expect(screen.getByRole('region', { name: uiText('de', 'playback.caption', { year: 2019 }) })).toBeInTheDocument()
    expect(document.querySelector('.playback-caption-year')).toHaveTextContent(/^2019$/)
    expect(screen.queryByText(forum24.title.de)).toBeNull()

    rerender(caption(playing('2019-04-30')))
    const items = Array.from(document.querySelectorAll('.playback-caption-records li')).map((item) => item.textContent)
    expect(items).toContain(line)
    // Newest last: the signing after the opening conference of February.
    expect(items.indexOf(line)).toBeGreaterThan(items.findIndex((item) => item?.startsWith('20. Februar 2019')))
    expect(liveRegion()).toHaveTextContent(line)

    // A quarter later the signing is still listed for 2019, but not announced again.
    rerender(caption(playing('2019-07-31')))
    expect(Array.from(document.querySelectorAll('.playback-caption-records li')).map((item) => item.textContent)).toContain(line)
    expect(liveRegion()).not.toHaveTextContent(forum24.title.de)
  })

  it('words a link by its two towns and its kind, and a project by its name', () => {
    const { rerender } = renderWithI18n(caption(playing('2019-04-30')), 'de')
    rerender(caption(playing('2019-07-31')))
    const kind = uiText('de', 'kind.joint-project')
    expect(liveRegion()).toHaveTextContent(`1. Mai 2019 · ${uiText('de', 'playback.link', { kind, from: townName('bad-radkersburg'), to: townName('gornja-radgona') })}`)
    expect(liveRegion()).toHaveTextContent(`1. Mai 2019 · ${uiText('de', 'playback.project', { name: 'Co_Operation' })}`)
  })

  it('counts the earlier records of the year beyond the four it shows', () => {
    const { rerender } = renderWithI18n(caption(playing('2019-07-31')), 'de')
    rerender(caption(playing('2019-10-31')))
    const shown = document.querySelectorAll('.playback-caption-records li')
    expect(shown).toHaveLength(4)
    const year = playbackCaption(dataset, '2019-10-31', '2019-07-31').records
    expect(year.length).toBeGreaterThan(4)
    expect(document.querySelector('.playback-caption-more')).toHaveTextContent(uiText('de', 'playback.more', { count: year.length - 4 }))
  })

  it('is hidden before playback and after the reader chooses another period; stays while paused on the way', () => {
    const { rerender } = renderWithI18n(caption(PAUSED, null), 'de')
    expect(document.querySelector('.playback-caption')).toBeNull()
    rerender(caption(playing('2019-04-30')))
    const paused = playbackReducer(playing('2019-04-30'), { type: 'pause' })
    rerender(caption(paused))
    expect(document.querySelector('.playback-caption')).not.toBeNull()
    rerender(caption(paused, '2012-12-31'))
    expect(document.querySelector('.playback-caption')).toBeNull()
    // Its live region stays, empty, so that the next announcement is heard.
    expect(liveRegion()).toBeEmptyDOMElement()
  })
})
