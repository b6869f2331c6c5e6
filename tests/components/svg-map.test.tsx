import { readFileSync } from 'node:fs'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildNetwork } from '../../src/domain/network/build-network'
import { evidenceDetails, indexEvidence } from '../../src/domain/network/evidence-details'
import { groupShapes, groupStarFeatures } from '../../src/domain/network/group-shapes'
import { linkLines } from '../../src/domain/network/link-geometry'
import { formatTownName } from '../../src/domain/town-names'
import { SvgMap, type SvgMapProps } from '../../src/features/map/svg-map'
import { LinkDetails } from '../../src/features/network/link-details'
import { EvidenceList } from '../../src/features/network/link-evidence'
import { loadFixtureDataset } from '../real-data'
import { renderWithI18n, uiText } from './test-utils'

const dataset = loadFixtureDataset()
const network = buildNetwork(dataset)
const index = indexEvidence(dataset)
const positions = new Map(dataset.towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]]))
const links = linkLines(network.graph, (id) => positions.get(id), ['direct'])
const shapes = groupShapes(network.groups)
const groups = groupStarFeatures(shapes, (id) => positions.get(id))
const townName = (id: string) => {
  const town = dataset.towns.find((candidate) => candidate.id === id)
  return town ? formatTownName(town, 'en') : id
}
const basemapFile = (name: string) => readFileSync(new URL(`../../public/basemap/${name}`, import.meta.url), 'utf8')

beforeEach(() => {
  // jsdom draws no canvas: the labels are measured by their length instead (and jsdom says nothing about it).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const name = url.split('/').pop() ?? ''
    return /^(countries|borders|coast)\.geojson$/.test(name) ? new Response(basemapFile(name)) : new Response('not found', { status: 404 })
  }))
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

function renderMap(props: Partial<SvgMapProps> = {}) {
  const onSelectTown = vi.fn()
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const all: SvgMapProps = {
    towns: dataset.towns,
    townName,
    selectedTownId: null,
    onSelectTown,
    links,
    groups,
    tiedTowns: [],
    emphasised: null,
    focusedLink: null,
    renderLinkDetails: (key) => <LinkDetails graph={network.graph} linkKey={key} index={index} townName={townName} />,
    renderGroupDetails: (key) => <EvidenceList evidence={evidenceDetails(index, shapes.find((shape) => shape.key === key)?.records ?? [])} />,
    ...props,
  }
  renderWithI18n(<QueryClientProvider client={client}><SvgMap {...all} /></QueryClientProvider>, 'en')
  return { onSelectTown, user: userEvent.setup() }
}

const townButton = (id: string) => document.querySelector<SVGGElement>(`.svg-town[data-town="${id}"]`) as SVGGElement

describe('SvgMap', () => {
  it('draws the 24 towns, each a button named by the town, with its label, and says that it is the simpler map', async () => {
    renderMap()
    await waitFor(() => expect(document.querySelector('.svg-map')).toHaveAttribute('data-map-ready', 'true'))
    const towns = screen.getAllByRole('button').filter((element) => element.classList.contains('svg-town'))
    expect(towns).toHaveLength(24)
    expect(towns.map((town) => town.getAttribute('aria-label')).sort()).toEqual(dataset.towns.map((town) => townName(town.id)).sort())
    expect(towns.every((town) => town.getAttribute('tabindex') === '0')).toBe(true)
    expect(Array.from(document.querySelectorAll('.svg-town-label'), (label) => label.textContent).sort())
      .toEqual(dataset.towns.map((town) => town.names.official).sort())
    expect(screen.getByRole('status')).toHaveTextContent(uiText('en', 'map.svg.note'))
    // The basemap's countries are drawn from the shipped files.
    expect(document.querySelectorAll('.svg-map-ground path[fill]').length).toBeGreaterThan(3)
    expect(document.querySelectorAll('.svg-tie')).toHaveLength(links.features.length)
  })

  it('selects a town on a click, on Enter and on Space', async () => {
    const { onSelectTown, user } = renderMap()
    await user.click(townButton('ptuj'))
    expect(onSelectTown).toHaveBeenLastCalledWith('ptuj')
    townButton('lendava').focus()
    await user.keyboard('{Enter}')
    expect(onSelectTown).toHaveBeenLastCalledWith('lendava')
    fireEvent.keyDown(townButton('ormoz'), { key: ' ' })
    expect(onSelectTown).toHaveBeenLastCalledWith('ormoz')
  })

  it('marks the selected town and fades the towns outside the emphasis', () => {
    renderMap({ selectedTownId: 'ptuj', emphasised: ['ptuj', 'ormoz'], tiedTowns: ['ormoz'] })
    expect(townButton('ptuj')).toHaveAttribute('aria-current', 'true')
    expect(townButton('lendava')).not.toHaveAttribute('aria-current')
    const fill = (id: string) => townButton(id).querySelector('circle:not(.svg-town-focus)')?.getAttribute('fill-opacity')
    expect([fill('ormoz'), fill('lendava')]).toEqual(['0.85', '0.25'])
  })

  it('opens a tie’s records on Enter, closes them on Escape and gives the focus back to the tie', async () => {
    const { user } = renderMap()
    const tie = document.querySelector<SVGGElement>('.svg-tie') as SVGGElement
    const key = tie.getAttribute('data-link') ?? ''
    const [a, b] = network.graph.extremities(key)
    expect(tie).toHaveAccessibleName(uiText('en', 'map.svg.tie', { a: townName(a), b: townName(b) }))
    tie.focus()
    await user.keyboard('{Enter}')
    const panel = screen.getByRole('region', { name: uiText('en', 'map.svg.details') })
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveTextContent(`${townName(a)} – ${townName(b)}`)
    expect(panel.querySelectorAll('.evidence-list li').length).toBeGreaterThan(0)
    expect(tie).toHaveAttribute('aria-expanded', 'true')
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: uiText('en', 'map.svg.close') }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('region', { name: uiText('en', 'map.svg.details') })).toBeNull()
    expect(document.activeElement).toBe(tie)
  })

  it('opens a star’s records on a click; with the app’s own place for details, sends them there instead', async () => {
    const { user } = renderMap()
    const star = document.querySelector<SVGGElement>('.svg-group') as SVGGElement
    await user.click(star)
    expect(screen.getByRole('region', { name: uiText('en', 'map.svg.details') }).querySelectorAll('.evidence-list li').length).toBeGreaterThan(0)
    cleanup()
    const onChange = vi.fn()
    const second = renderMap({ details: { open: null, onChange } })
    await second.user.click(document.querySelector('.svg-tie') as Element)
    expect(onChange).toHaveBeenCalledWith({ kind: 'link', key: expect.any(String) })
    expect(screen.queryByRole('region', { name: uiText('en', 'map.svg.details') })).toBeNull()
  })
})
