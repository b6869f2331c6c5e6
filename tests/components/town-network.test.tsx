import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildNetwork } from '../../src/domain/network/build-network'
import { indexEvidence, type EvidenceDetail } from '../../src/domain/network/evidence-details'
import { networkFigures } from '../../src/domain/network/network-metrics'
import { townProfile, type TownProfile } from '../../src/domain/network/town-profile'
import { projectLabel } from '../../src/domain/project-label'
import { formatTownName } from '../../src/domain/town-names'
import type { Language } from '../../src/domain/town-schema'
import { TownNetwork } from '../../src/features/towns/town-network'
import { loadRealDataset } from '../real-data'
import { getButtonByText, renderWithI18n } from './test-utils'


const dataset = loadRealDataset()
const network = buildNetwork(dataset, { sharedAsLines: true })
const figures = networkFigures(network.graph)
const index = indexEvidence(dataset)
const profileOf = (town: string) => townProfile(town, dataset, network, figures, index)

/** Gornja Radgona: a few direct partners, and many it shares only network-wide records with. */
const TOWN = 'gornja-radgona'

afterEach(cleanup)

function townNameIn(language: Language) {
  const byId = new Map(dataset.towns.map((town) => [town.id, town]))
  return (id: string) => {
    const town = byId.get(id)
    return town ? formatTownName(town, language) : id
  }
}

function renderNetwork(profile: TownProfile, language: Language = 'en') {
  const onSelectTown = vi.fn<(id: string) => void>()
  const onFocusLink = vi.fn<(key: string | null) => void>()
  const renderEvidence = vi.fn((evidence: readonly EvidenceDetail[]) => (
    <ul className="evidence-stub">{evidence.map((item) => <li key={item.id}>{item.id}</li>)}</ul>
  ))
  const result = renderWithI18n(
    <TownNetwork profile={profile} townName={townNameIn(language)} onSelectTown={onSelectTown} onFocusLink={onFocusLink} renderEvidence={renderEvidence} />,
    language,
  )
  return { ...result, onSelectTown, onFocusLink, renderEvidence }
}

function partnerItems(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('ol.partners > li'))
}

function partnerItem(town: string): HTMLElement {
  const item = document.querySelector<HTMLElement>(`ol.partners > li[data-partner="${town}"]`)
  if (!item) throw new Error(`no partner "${town}"`)
  return item
}

/** The <dd> right after the <dt> with this text. */
function valueOf(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' })
  const dd = dt.nextElementSibling
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no <dd> after <dt>${term}</dt>`)
  return dd
}

describe('TownNetwork', () => {
  const profile = profileOf(TOWN)

  it('is built from the real data: 24 towns, partners both direct and network-wide only', () => {
    expect(profile.of).toBe(24)
    expect(profile.partners.length).toBeGreaterThan(0)
    expect(profile.partners.some((partner) => partner.direct)).toBe(true)
    expect(profile.partners.some((partner) => !partner.direct)).toBe(true)
  })

  it('lists the partners in the profile’s order, by name, with the weight of each link', () => {
    renderNetwork(profile)
    const items = partnerItems()
    expect(items.map((item) => item.getAttribute('data-partner'))).toEqual(profile.partners.map((partner) => partner.town))
    const townName = townNameIn('en')
    items.forEach((item, position) => {
      const partner = profile.partners[position]
      if (!partner) throw new Error('more items than partners')
      expect(within(item).getByRole('button').textContent).toBe(townName(partner.town))
      expect(item.querySelector('.partner-weight .value')?.textContent).toBe(String(partner.weight))
      expect(item.querySelector('.partner-weight')).toHaveAttribute(
        'aria-label',
        `${partner.weight} ${partner.weight === 1 ? 'record' : 'records'} behind this link`,
      )
    })
    // Direct partners first, the strongest link first among them.
    expect(items[0]?.getAttribute('data-partner')).toBe('bad-radkersburg')
  })

  it('names partners in the reader’s language', () => {
    renderNetwork(profile, 'de')
    expect(within(partnerItem('bad-radkersburg')).getByRole('button').textContent).toBe('Bad Radkersburg')
    expect(within(partnerItem('murska-sobota')).getByRole('button').textContent).toBe('Murska Sobota (Olsnitz)')
  })

  it('marks partners linked only by network-wide records, and cross-border ones', () => {
    renderNetwork(profile)
    for (const partner of profile.partners) {
      const item = partnerItem(partner.town)
      expect(within(item).queryByText('network-wide only') !== null).toBe(!partner.direct)
      expect(within(item).queryByText('cross-border') !== null).toBe(partner.crossBorder)
    }
    expect(screen.getAllByText('network-wide only')).toHaveLength(profile.partners.filter((partner) => !partner.direct).length)
    expect(within(partnerItem('bad-radkersburg')).queryByText('network-wide only')).toBeNull()
    expect(within(partnerItem('beltinci')).getByText('network-wide only')).toHaveClass('badge', 'faint')
  })

  it('reports the link of a partner under the pointer, and none when the pointer leaves', async () => {
    const user = userEvent.setup()
    const { onFocusLink } = renderNetwork(profile)
    const partner = profile.partners[1]
    if (!partner) throw new Error('no second partner')
    await user.hover(partnerItem(partner.town))
    expect(onFocusLink).toHaveBeenLastCalledWith(partner.linkKey)
    expect(partner.linkKey).toBe('gornja-radgona|murska-sobota')
    await user.unhover(partnerItem(partner.town))
    expect(onFocusLink).toHaveBeenLastCalledWith(null)
  })

  it('reports the link of a partner whose button has the keyboard focus, and none when it leaves', async () => {
    const user = userEvent.setup()
    const { onFocusLink } = renderNetwork(profile)
    await user.tab()
    const first = profile.partners[0]
    const second = profile.partners[1]
    if (!first || !second) throw new Error('too few partners')
    expect(within(partnerItem(first.town)).getByRole('button')).toHaveFocus()
    expect(onFocusLink).toHaveBeenLastCalledWith(first.linkKey)
    // The next stop is the partner's evidence (its <summary>), still inside the same item.
    await user.tab()
    expect(onFocusLink).toHaveBeenLastCalledWith(first.linkKey)
    await user.tab()
    expect(within(partnerItem(second.town)).getByRole('button')).toHaveFocus()
    expect(onFocusLink).toHaveBeenLastCalledWith(second.linkKey)
    await user.tab({ shift: true })
    await user.tab({ shift: true })
    expect(onFocusLink).toHaveBeenLastCalledWith(first.linkKey)
    ;(document.activeElement as HTMLElement).blur()
    expect(onFocusLink).toHaveBeenLastCalledWith(null)
  })

  it('selects a partner town with its button', async () => {
    const user = userEvent.setup()
    const { onSelectTown } = renderNetwork(profile)
    await user.click(getButtonByText('Körmend', partnerItem('kormend')))
    expect(onSelectTown).toHaveBeenCalledExactlyOnceWith('kormend')
  })

  it('shows each partner’s evidence through renderEvidence', () => {
    const { renderEvidence } = renderNetwork(profile)
    expect(renderEvidence).toHaveBeenCalledTimes(profile.partners.length)
    profile.partners.forEach((partner, position) => {
      expect(renderEvidence.mock.calls[position]?.[0]).toEqual(partner.evidence)
      const item = partnerItem(partner.town)
      const summary = item.querySelector('summary')
      expect(summary?.textContent).toBe(`${partner.evidence.length} ${partner.evidence.length === 1 ? 'record' : 'records'}`)
      expect(Array.from(item.querySelectorAll('.evidence-stub li')).map((li) => li.textContent)).toEqual(
        partner.evidence.map((detail) => detail.id),
      )
    })
  })

  it('shows the rank as "N of 24", the number of partners, the cross-border share and betweenness', () => {
    renderNetwork(profile)
    expect(profile.rank).not.toBeNull()
    expect(valueOf('Rank by weighted degree (direct links)').textContent).toBe(`${profile.rank} of 24`)
    expect(valueOf('Rank by weighted degree (direct links)').textContent).toBe('10 of 24')
    expect(valueOf('Partner towns').textContent).toBe(String(profile.partners.length))
    expect(valueOf('Partners across a border').textContent).toBe(`${Math.round((profile.crossBorderShare ?? 0) * 100)}%`)
    expect(valueOf('Betweenness (direct links)').textContent).toBe(
      `${new Intl.NumberFormat('en', { maximumFractionDigits: 3 }).format(profile.betweenness)} (${profile.betweennessRank} of 24)`,
    )
  })

  it('writes the rank in the reader’s language', () => {
    renderNetwork(profile, 'de')
    expect(valueOf('Rang nach gewichtetem Grad (direkte Verbindungen)').textContent).toBe(`${profile.rank} von 24`)
  })

  it('lists the town’s projects with their periods, and notes the shared records', () => {
    renderNetwork(profile)
    const items = Array.from(document.querySelectorAll<HTMLElement>('ul.projects > li'))
    expect(items.map((item) => item.getAttribute('data-project'))).toEqual(profile.projects.map((project) => project.id))
    expect(items.map((item) => item.querySelector('.project-name')?.textContent)).toEqual(profile.projects.map(projectLabel))
    const skupaj = items.find((item) => item.getAttribute('data-project') === 'skupaj')
    expect(skupaj?.querySelector('.project-period')?.textContent).toBe(' · July 1, 2010 – July 31, 2013')
    // A project without a period has no period line.
    const twinCity = items.find((item) => item.getAttribute('data-project') === 'twin-city')
    expect(twinCity?.querySelector('.project-period')).toBeNull()
    expect(profile.shared.length).toBeGreaterThan(1)
    expect(screen.getByText(`Also part of ${profile.shared.length} records shared by the whole network (see the Network tab).`)).toBeInTheDocument()
  })

  it('ranks every real town between 1 and 24', () => {
    for (const town of dataset.towns) {
      const { rank, of } = profileOf(town.id)
      expect(of).toBe(24)
      expect(rank).toBeGreaterThanOrEqual(1)
      expect(rank).toBeLessThanOrEqual(24)
    }
  })

  it('says so when a town has no partner and no project, without a rank', () => {
    const empty: TownProfile = {
      ...profile, partners: [], projects: [], shared: [], rank: null, betweennessRank: null, crossBorderShare: null, betweenness: 0,
    }
    renderNetwork(empty)
    expect(screen.getByText('No link to another town in the current filter.')).toBeInTheDocument()
    expect(screen.getByText('No project in the data names this town as a partner.')).toBeInTheDocument()
    expect(valueOf('Rank by weighted degree (direct links)').textContent).toBe('–')
    expect(valueOf('Partners across a border').textContent).toBe('–')
    expect(valueOf('Betweenness (direct links)').textContent).toBe('0')
    expect(document.querySelector('ol.partners')).toBeNull()
    expect(screen.queryByText(/shared by the whole network/)).toBeNull()
  })
})
