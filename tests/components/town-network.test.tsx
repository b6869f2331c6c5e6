import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildNetwork } from '../../src/domain/network/build-network'
import { indexEvidence, type EvidenceDetail } from '../../src/domain/network/evidence-details'
import { networkFigures } from '../../src/domain/network/network-metrics'
import { townProfile, type TownProfile } from '../../src/domain/network/town-profile'
import { formatTownName } from '../../src/domain/town-names'
import type { Language } from '../../src/domain/town-schema'
import { TownNetwork } from '../../src/features/towns/town-network'
import { loadFixtureDataset } from '../real-data'
import { getButtonByText, renderWithI18n, uiText } from './test-utils'

const dataset = loadFixtureDataset()
const network = buildNetwork(dataset)
const figures = networkFigures(network.graph)
const index = indexEvidence(dataset)
const profileOf = (town: string) => townProfile(town, dataset, network, figures, index)
const organisations = new Map(dataset.organisations.map((organisation) => [organisation.id, organisation.name]))

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
    <TownNetwork
      profile={profile}
      townName={townNameIn(language)}
      organisationName={(id) => organisations.get(id) ?? id}
      onSelectTown={onSelectTown}
      onFocusLink={onFocusLink}
      renderEvidence={renderEvidence}
    />,
    language,
  )
  return { ...result, onSelectTown, onFocusLink, renderEvidence }
}

const section = () => document.querySelector('section.town-network') as HTMLElement
const partnerItems = () => Array.from(document.querySelectorAll<HTMLElement>('ol.partners > li'))
const stubIds = (scope: Element) => Array.from(scope.querySelectorAll('.evidence-stub li')).map((item) => item.textContent)

function partnerItem(town: string): HTMLElement {
  const item = document.querySelector<HTMLElement>(`ol.partners > li[data-partner="${town}"]`)
  if (!item) throw new Error(`no partner "${town}"`)
  return item
}

/** The <dd> right after the <dt> with this text. */
function valueOf(term: string): HTMLElement {
  const dd = screen.getByText(term, { selector: 'dt' }).nextElementSibling
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no <dd> after <dt>${term}</dt>`)
  return dd
}

describe('TownNetwork: a town without any bilateral record (Ptuj)', () => {
  const ptuj = profileOf('ptuj')

  it('says it has 0 direct partners, with no list and no "partner towns"', () => {
    renderNetwork(ptuj)
    expect(ptuj.direct).toEqual([])
    expect(screen.getByRole('heading', { name: '0 direct partners' })).toBeInTheDocument()
    expect(screen.getByText('No record names just this town and one other.')).toBeInTheDocument()
    expect(document.querySelector('ol.partners')).toBeNull()
    expect(section().textContent).not.toMatch(/partner towns/i)
  })

  it('still shows its groups section and its network-wide records, each given to renderEvidence', () => {
    const { renderEvidence } = renderNetwork(ptuj)
    expect(ptuj.groups).toEqual([])
    expect(screen.getByRole('heading', { name: '0 groups' })).toBeInTheDocument()
    const wide = document.querySelector('details.network-wide') as HTMLDetailsElement
    expect(wide.open).toBe(false)
    expect(wide.querySelector('summary')?.textContent).toBe(`Network-wide: ${ptuj.networkWide.length} records`)
    expect(ptuj.networkWide.map((record) => record.id)).toContain('forum24-pact-signing-2019-03-07')
    expect(stubIds(wide)).toEqual(ptuj.networkWide.map((record) => record.id))
    expect(renderEvidence).toHaveBeenCalledWith(ptuj.networkWide)
  })

  it('gives strength as records and the rank it shares with the towns as strong, in good wording per language', () => {
    expect([ptuj.strength, ptuj.rank, ptuj.sharedRank, ptuj.of]).toEqual([5, 21, 4, 24])
    // English word for word; the other languages as their locale files say it (being reworded), in the same parts.
    renderNetwork(ptuj, 'en')
    expect(valueOf('Strength').textContent).toBe('5 records')
    expect(section().querySelector('[data-rank]')?.textContent).toBe('21st of 24, tied with 3 other towns')
    cleanup()
    for (const language of ['de', 'sl', 'hu'] as const) {
      renderNetwork(ptuj, language)
      expect(valueOf(uiText(language, 'profile.strength')).textContent).toBe(uiText(language, 'profile.strengthValue', { count: 5, value: '5' }))
      const rank = `${uiText(language, 'profile.rankValue', { count: 21, of: 24, ordinal: true })}, ${uiText(language, 'profile.tiedWith', { count: 3 })}`
      expect(section().querySelector('[data-rank]')?.textContent).toBe(rank)
      expect(rank).toMatch(/^21\D.*24.*3/)
      cleanup()
    }
  })

  it('says when it became a member: the year of its first record', () => {
    renderNetwork(ptuj)
    expect(valueOf('Member since').textContent).toBe('2008')
  })
})

describe('TownNetwork: direct partners (Lendava)', () => {
  const lendava = profileOf('lendava')

  it('counts and lists its direct partners, most records first, each a button that selects the town', async () => {
    const user = userEvent.setup()
    const { onSelectTown } = renderNetwork(lendava)
    expect(screen.getByRole('heading', { name: '3 direct partners' })).toBeInTheDocument()
    expect(partnerItems().map((item) => item.getAttribute('data-partner'))).toEqual(['szentgotthard', 'bad-radkersburg', 'murska-sobota'])
    await user.click(getButtonByText('Murska Sobota', partnerItem('murska-sobota')))
    expect(onSelectTown).toHaveBeenCalledExactlyOnceWith('murska-sobota')
  })

  it('gives each partner its records naming just the two, and the bar says as many as the list', () => {
    const { renderEvidence } = renderNetwork(lendava)
    const szentgotthard = lendava.direct[0]
    expect(szentgotthard?.records.map((record) => record.id)).toEqual(['szentgotthard-lendava-egtc', 'szentgotthard-lendava-town-twinning'])
    for (const partner of lendava.direct) {
      const item = partnerItem(partner.town)
      const count = partner.records.length
      expect(item.querySelector('.partner-weight .value')?.textContent).toBe(String(count))
      expect(item.querySelector('summary')?.textContent).toBe(`${count} ${count === 1 ? 'record' : 'records'}`)
      expect(item.querySelector('.partner-weight')).toHaveAttribute('aria-label', `${count} ${count === 1 ? 'record' : 'records'} naming just the two towns`)
      expect(stubIds(item)).toEqual(partner.records.map((record) => record.id))
      expect(renderEvidence).toHaveBeenCalledWith(partner.records)
    }
    // The longest bar belongs to the partner with the most records.
    const width = (town: string) => parseFloat((partnerItem(town).querySelector('.bar') as HTMLElement).style.width)
    expect(width('szentgotthard')).toBeGreaterThan(width('murska-sobota'))
  })

  it('marks cross-border partners', () => {
    renderNetwork(lendava)
    expect(within(partnerItem('szentgotthard')).getByText('cross-border')).toHaveClass('badge')
    expect(within(partnerItem('bad-radkersburg')).getByText('cross-border')).toBeInTheDocument()
    expect(within(partnerItem('murska-sobota')).queryByText('cross-border')).toBeNull()
  })

  it('reports the link of a partner under the pointer or the keyboard focus, and none when it leaves', async () => {
    const user = userEvent.setup()
    const { onFocusLink } = renderNetwork(lendava)
    await user.hover(partnerItem('bad-radkersburg'))
    expect(onFocusLink).toHaveBeenLastCalledWith('bad-radkersburg|lendava')
    await user.unhover(partnerItem('bad-radkersburg'))
    expect(onFocusLink).toHaveBeenLastCalledWith(null)
    getButtonByText('Murska Sobota', partnerItem('murska-sobota')).focus()
    expect(onFocusLink).toHaveBeenLastCalledWith('lendava|murska-sobota')
  })

  it('shows no betweenness in any language (it belongs to the Network tab)', () => {
    for (const [language, word] of [['en', /betweenness/i], ['de', /zwischenzentralität/i], ['sl', /vmesnost/i], ['hu', /köztes/i]] as const) {
      renderNetwork(lendava, language)
      expect(section().textContent).not.toMatch(word)
      cleanup()
    }
  })

  it('says in one line that strength counts the records in this data, and folds the rule', () => {
    renderNetwork(lendava)
    expect(screen.getByText('Strength counts the records in this data, not all the cooperation there is.')).toHaveClass('caveat')
    const rule = document.querySelector('details.rule') as HTMLDetailsElement
    expect(rule.open).toBe(false)
    expect(rule.textContent).toContain('Each record adds 1/(n−1) to each pair of its n towns')
  })

  it('has no "tied with" when no other town is as strong', () => {
    const gleisdorf = profileOf('gleisdorf')
    expect(gleisdorf.sharedRank).toBe(1)
    renderNetwork(gleisdorf)
    expect(section().querySelector('[data-rank]')?.textContent).toBe(`${gleisdorf.rank}rd of 24`)
  })
})

describe('TownNetwork: groups (Fürstenfeld)', () => {
  const furstenfeld = profileOf('furstenfeld')

  it('lists its direct partner Körmend and each group record with the other towns as buttons', async () => {
    const user = userEvent.setup()
    const { onSelectTown } = renderNetwork(furstenfeld)
    expect(furstenfeld.direct.map((partner) => partner.town)).toEqual(['kormend'])
    expect(screen.getByRole('heading', { name: '1 direct partner' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: `${furstenfeld.groups.length} groups` })).toBeInTheDocument()
    const items = Array.from(document.querySelectorAll<HTMLElement>('ol.groups > li'))
    expect(items.map((item) => item.getAttribute('data-group'))).toEqual(furstenfeld.groups.map((group) => group.record.id))
    furstenfeld.groups.forEach((group, position) => {
      const item = items[position] as HTMLElement
      expect(stubIds(item)).toEqual([group.record.id])
      const towns = Array.from(item.querySelectorAll('.group-towns button')).map((button) => button.textContent)
      expect(towns).toEqual(group.towns.map(townNameIn('en')))
      expect(towns).not.toContain('Fürstenfeld')
    })
    await user.click(getButtonByText('Feldbach', items[0] as HTMLElement))
    expect(onSelectTown).toHaveBeenCalledExactlyOnceWith('feldbach')
  })
})

describe('TownNetwork: projects', () => {
  it('lists a project as a named beneficiary, with the output and its source, never "no project"', () => {
    const vasvar = profileOf('vasvar')
    renderNetwork(vasvar)
    const item = document.querySelector<HTMLElement>('ul.projects > li[data-project="city-cooperation-ii-at-hu"]') as HTMLElement
    expect(item).toHaveAttribute('data-as', 'beneficiary')
    expect(within(item).getByText('named beneficiary')).toHaveClass('badge')
    expect(item.querySelector('.beneficiary-of')?.textContent).toMatch(/^Named as a beneficiary in: City branding for Vasvár/)
    const [entry] = vasvar.projects.find((project) => project.project.id === 'city-cooperation-ii-at-hu')?.beneficiaryOf ?? []
    const links = within(item).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual(entry?.sources)
    for (const link of links) expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.queryByText(/No project in the data names this town/)).toBeNull()
  })

  it('names the organisation that represents the town, and marks a project outside City Cooperation', () => {
    renderNetwork(profileOf('bad-radkersburg'))
    const skupaj = document.querySelector<HTMLElement>('ul.projects > li[data-project="skupaj"]') as HTMLElement
    expect(skupaj).toHaveAttribute('data-as', 'partner')
    expect(within(skupaj).getByText('outside City Cooperation')).toHaveClass('badge')
    expect(skupaj.querySelector('.represented')?.textContent).toMatch(/^ represented by /)
    const cc2 = document.querySelector<HTMLElement>('ul.projects > li[data-project="city-cooperation-ii-si-at"]') as HTMLElement
    expect(within(cc2).queryByText('outside City Cooperation')).toBeNull()
  })

  it('says so when no project names the town at all', () => {
    renderNetwork({ ...profileOf('ptuj'), projects: [] })
    expect(screen.getByText('No project in the data names this town as a partner or as a beneficiary.')).toBeInTheDocument()
  })
})
