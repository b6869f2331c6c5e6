import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { sameInEveryLanguage } from '../../src/domain/localized-text'
import { buildNetwork } from '../../src/domain/network/build-network'
import { evidenceDetails, indexEvidence, type EvidenceDetail } from '../../src/domain/network/evidence-details'
import type { Language } from '../../src/domain/town-schema'
import { EvidenceList, LinkEvidence } from '../../src/features/network/link-evidence'
import { LinkDetails } from '../../src/features/network/link-details'
import { loadFixtureDataset } from '../real-data'
import { renderWithI18n, translationMark, uiText } from './test-utils'

const dataset = loadFixtureDataset()
const index = indexEvidence(dataset)
const network = buildNetwork(dataset)

afterEach(cleanup)

function record(id: string): EvidenceDetail {
  const found = index.get(id)
  if (!found) throw new Error(`no record "${id}" in data/`)
  return found
}

function renderList(evidence: readonly EvidenceDetail[], language: Language = 'en') {
  return renderWithI18n(<EvidenceList evidence={evidence} />, language)
}

const item = (id: string) => document.querySelector<HTMLElement>(`[data-evidence="${id}"]`) as HTMLElement
const marks = (id: string) => Array.from(item(id).querySelectorAll('[data-mark]')).map((mark) => mark.textContent)

describe('EvidenceList', () => {
  it('marks a link still open as "no end date known", its medium confidence, and that it is outside City Cooperation', () => {
    const twinning = record('szentgotthard-lendava-town-twinning')
    expect([twinning.end, twinning.confidence, twinning.cityCooperation]).toEqual([null, 'medium', false])
    renderList([twinning])
    expect(item(twinning.id).querySelector('.evidence-kind')?.textContent).toBe('Town twinning')
    expect(item(twinning.id).querySelector('.evidence-date')?.textContent).toBe('since 5 February 2016 · no end date known')
    expect(marks(twinning.id)).toEqual(['medium confidence', 'outside City Cooperation'])
  })

  it('gives a link that ended its period, without "no end date known"', () => {
    const skupaj = record('bad-radkersburg-gornja-radgona-skupaj')
    renderList([skupaj], 'de')
    expect(item(skupaj.id).querySelector('.evidence-date')?.textContent).toBe('1. Juli 2010 – 31. Juli 2013')
    expect(item(skupaj.id).textContent).not.toContain('kein Enddatum bekannt')
  })

  it('says when a link has no date at all, and still that no end is known', () => {
    const partners = record('bad-radkersburg-gornja-radgona-partner-towns')
    renderList([partners])
    expect(item(partners.id).querySelector('.evidence-date')?.textContent).toBe('date not known · no end date known')
  })

  it('marks a group record with its size, an inferred date, and a network-wide record with its size', () => {
    const opening = record('hu-opening-conference-zalalovo-2019')
    const forum = record('forum24-pact-signing-2019-03-07')
    renderList([opening, forum])
    expect(marks(opening.id)).toEqual(['group of 3 towns', 'medium confidence', 'date inferred from the source'])
    expect(marks(forum.id)).toEqual(['network-wide: 24 towns'])
    // After a title, the date follows it on the same line.
    expect(item(forum.id).querySelector('.evidence-date')?.textContent).toBe(' · 7 March 2019')
    expect(item(forum.id)).toHaveAttribute('data-tie', 'network')
  })

  it('marks an activity outside City Cooperation', () => {
    const conference = record('szentgotthard-vasvar-conference-2014')
    renderList([conference], 'sl')
    expect(marks(conference.id)).toEqual([uiText('sl', 'evidence.confidence.medium'), uiText('sl', 'evidence.outside')])
  })

  it('folds the notes of the sources (a link\'s words, a record\'s notes) and shows them as text', () => {
    const twinning = record('szentgotthard-lendava-town-twinning')
    expect(twinning.description).not.toBeNull()
    renderList([{ ...twinning, notes: sameInEveryLanguage('<b>not bold</b>') }])
    const notes = item(twinning.id).querySelector('details.evidence-notes') as HTMLDetailsElement
    expect(notes.open).toBe(false)
    expect(notes.querySelector('summary')?.textContent).toBe('Notes from the sources')
    expect(Array.from(notes.querySelectorAll('p')).map((p) => p.textContent)).toEqual([twinning.description?.en, '<b>not bold</b>'])
    expect(notes.querySelector('b')).toBeNull()
  })

  it('shows a record\'s title and description in the reader\'s language, a translation marked', () => {
    const forum = record('forum24-pact-signing-2019-03-07')
    const title = forum.title as NonNullable<EvidenceDetail['title']>
    const description = forum.description as NonNullable<EvidenceDetail['description']>
    renderList([forum], 'de')
    const shownTitle = item(forum.id).querySelector('.evidence-title') as HTMLElement
    expect(shownTitle.textContent).toBe(title.de)
    expect(shownTitle).toHaveAttribute('lang', 'de')
    const shownDescription = item(forum.id).querySelector('.evidence-description') as HTMLElement
    expect(shownDescription.textContent).toBe(description.de)
    expect(shownDescription).toHaveAttribute('lang', 'de')
    // The German title is the original; the description is translated from English (so are the folded notes, marked inside).
    expect(Array.from(item(forum.id).querySelectorAll(':scope > .translation-mark')).map((mark) => mark.textContent)).toEqual([translationMark('de', 'en')])
    cleanup()
    renderList([forum], 'en')
    expect(item(forum.id).querySelector('.evidence-title')?.textContent).toBe(title.en)
    expect(Array.from(item(forum.id).querySelectorAll(':scope > .translation-mark')).map((mark) => mark.textContent)).toEqual([translationMark('en', 'de')])
  })

  it('lists where the sources disagree, each value with its sources', () => {
    const cc2 = record('city-cooperation-ii-si-at')
    expect(cc2.conflicts.length).toBeGreaterThan(0)
    renderList([cc2])
    const conflicts = item(cc2.id).querySelector('.evidence-conflicts') as HTMLElement
    expect(conflicts.querySelectorAll(':scope > li')).toHaveLength(cc2.conflicts.length)
    expect(conflicts.textContent).toMatch(/^Sources disagree on Period:/)
    const hrefs = within(conflicts).getAllByRole('link').map((link) => link.getAttribute('href'))
    expect(hrefs).toEqual(cc2.conflicts.flatMap((conflict) => conflict.values.flatMap((value) => value.sources)).map((url) => new URL(url).href))
  })

  it('links only http(s) sources, in a new tab without access to the page', () => {
    const twinning = record('szentgotthard-lendava-town-twinning')
    renderList([{ ...twinning, sources: [...twinning.sources, 'javascript:alert(1)'] }])
    const links = within(item(twinning.id).querySelector('.evidence-sources') as HTMLElement).getAllByRole('link')
    expect(links).toHaveLength(twinning.sources.length)
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank')
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull()
  })
})

describe('LinkEvidence and LinkDetails', () => {
  it('says how close the tie is and how its weight comes from its records', () => {
    const evidence = [record('szentgotthard-lendava-town-twinning')]
    renderWithI18n(<LinkEvidence names={['Szentgotthárd', 'Lendava']} tie="direct" weight={2.173913} evidence={evidence} />, 'en')
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Szentgotthárd – Lendava')
    expect(screen.getByText('Direct tie: a record names just these two towns.')).toBeInTheDocument()
    expect(screen.getByText('Weight 2.17 from 1 record')).toBeInTheDocument()
  })

  it('opens a real tie with its records, those naming just the two first', () => {
    const key = 'lendava|szentgotthard'
    expect(network.graph.hasEdge(key)).toBe(true)
    renderWithI18n(<LinkDetails graph={network.graph} linkKey={key} index={index} townName={(id) => id} />, 'de')
    const ties = Array.from(document.querySelectorAll('[data-evidence]')).map((element) => element.getAttribute('data-tie'))
    expect(ties.length).toBe(evidenceDetails(index, network.graph.getEdgeAttribute(key, 'evidence')).length)
    expect(ties).toEqual([...ties].sort((a, b) => ['direct', 'group', 'network'].indexOf(a ?? '') - ['direct', 'group', 'network'].indexOf(b ?? '')))
    expect(ties[0]).toBe('direct')
    expect(ties).toContain('network')
    expect(screen.getByText(uiText('de', 'evidence.tieOfLink.direct'))).toBeInTheDocument()
  })

  it('says a group tie is one', () => {
    const key = network.graph.findEdge((_key, attributes) => attributes.tie === 'group')
    if (key === undefined) throw new Error('no group tie in the real data')
    renderWithI18n(<LinkDetails graph={network.graph} linkKey={key} index={index} townName={(id) => id} />, 'en')
    expect(document.querySelector('.link-evidence')).toHaveAttribute('data-tie', 'group')
    expect(screen.getByText('Group tie: the two towns share a record of 3 to 8 towns, none of just the two.')).toBeInTheDocument()
  })
})
