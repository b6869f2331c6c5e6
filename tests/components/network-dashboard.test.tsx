import { cleanup, fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildNetwork } from '../../src/domain/network/build-network'
import type { Evidence } from '../../src/domain/network/evidence'
import { networkFigures, type TownFigures } from '../../src/domain/network/network-metrics'
import type { Country, Language } from '../../src/domain/town-schema'
import { DegreeChart } from '../../src/features/network/degree-chart'
import { NetworkDashboard } from '../../src/features/network/network-dashboard'
import { tinyDataset } from '../domain/network/tiny-dataset'
import { renderWithI18n } from './test-utils'

afterEach(cleanup)

/**
 * The tiny dataset's network (worked out in tests/domain/network/export-network.test.ts): 10 towns,
 * 4 direct, 4 group and 37 network-wide ties; strengths at-a 7, si-a 7, si-b 6, at-b 5, hu-a 5, at-c,
 * hu-b, hu-c, si-c 2, hu-d 1; betweenness hu-a 2/3 / 36 = 1.9 %, at-a, at-b, si-a, si-b 1/3 / 36 = 0.9 %.
 * Group records: p-trio (at-b, si-b, hu-a; 2017-03..2020-02), act-meeting (at-a, si-a, hu-a; 2019-09).
 * Network-wide: p-big-si-at (9 towns, 2008-03-31..2013-03-30), act-whole (all 10, 2018-06-01).
 */
function renderDashboard(language: Language = 'en', groupLines = false) {
  const network = buildNetwork(tinyDataset())
  const onHighlightTowns = vi.fn<(towns: readonly string[] | null) => void>()
  const onGroupLinesChange = vi.fn<(value: boolean) => void>()
  const onSelectTown = vi.fn<(id: string) => void>()
  renderWithI18n(
    <NetworkDashboard
      figures={networkFigures(network.graph)}
      groups={network.groups}
      networkWide={network.networkWide}
      groupLines={groupLines}
      onGroupLinesChange={onGroupLinesChange}
      onHighlightTowns={onHighlightTowns}
      recordTitle={(record: Evidence) => `Title of ${record.id}`}
      townName={(id) => id.toUpperCase()}
      officialName={(id) => `Official ${id}`}
      countryOf={(id) => id.slice(0, 2).toUpperCase() as Country}
      onSelectTown={onSelectTown}
    />,
    language,
  )
  return { onHighlightTowns, onGroupLinesChange, onSelectTown }
}

const figure = (key: string) => document.querySelector(`[data-figure="${key}"]`)
const texts = (selector: string) => Array.from(document.querySelectorAll(selector)).map((element) => element.textContent)

describe('NetworkDashboard', () => {
  it('gives the ties by kind, with the rule in one sentence', () => {
    renderDashboard()
    expect(Array.from(document.querySelectorAll('[data-figure]')).map((item) => item.getAttribute('data-figure'))).toEqual(['direct', 'group', 'network', 'towns', 'density', 'cross-border'])
    expect(figure('towns')).toHaveTextContent('Towns10')
    expect(figure('direct')).toHaveTextContent('Direct ties4')
    expect(figure('group')).toHaveTextContent('Group ties4')
    expect(figure('network')).toHaveTextContent('Network-wide ties37')
    expect(document.querySelector('.weight-rule')).toHaveTextContent(
      'Each record adds 1/(n−1) to each pair of its n towns, so a town’s strength is the number of records it takes part in and a group record never outweighs as many bilateral ones.',
    )
  })

  it('says the same in German', () => {
    renderDashboard('de')
    // Soft hyphens let the long German words break in the narrow boxes.
    const german = (key: string) => figure(key)?.textContent?.replace(/\u00ad/g, '')
    expect(german('direct')).toBe('Direkte Verbindungen4')
    expect(german('group')).toBe('Gruppenverbindungen4')
    expect(german('network')).toBe('Netzwerkweite Verbindungen37')
    expect(document.querySelector('.weight-rule')).toHaveTextContent(/^Jeder Eintrag gibt jedem Paar seiner n Städte 1\/\(n−1\)/)
    expect(screen.getByRole('heading', { name: 'Städte nach Stärke' })).toBeInTheDocument()
  })

  it('counts direct and group ties in the country matrix, and says so', () => {
    renderDashboard()
    const cell = (row: string, column: string) => document.querySelector(`[data-cell="${row}-${column}"]`)?.textContent
    expect([cell('AT', 'AT'), cell('AT', 'SI'), cell('AT', 'HU'), cell('SI', 'SI'), cell('SI', 'HU'), cell('HU', 'HU')]).toEqual(['1', '2', '2', '1', '2', '0'])
    expect(document.querySelector('.country-matrix caption')).toHaveTextContent(/^Direct and group ties within and between countries/)
  })

  it('ranks the towns by strength (the records each takes part in) with shared ranks, and gives their betweenness', () => {
    renderDashboard()
    expect(Array.from(document.querySelectorAll('.degree-row')).map((row) => row.getAttribute('data-town'))).toEqual([
      'at-a', 'si-a', 'si-b', 'at-b', 'hu-a', 'at-c', 'hu-b', 'hu-c', 'si-c', 'hu-d',
    ])
    expect(texts('.degree-label').slice(0, 3)).toEqual(['Official at-a', 'Official si-a', 'Official si-b'])
    expect(texts('.degree-value')).toEqual(['7', '7', '6', '5', '5', '2', '2', '2', '2', '1'])
    expect(texts('.degree-rank')).toEqual(['=1', '=1', '3', '=4', '=4', '=6', '=6', '=6', '=6', '10'])
    expect(texts('.betweenness-value')).toEqual(['0.9%', '0.9%', '0.9%', '0.9%', '1.9%', '0%', '0%', '0%', '0%', '0%'])
    expect(screen.getByRole('button', { name: 'HU-A: rank =4, strength 5, betweenness 1.9%' })).toBeInTheDocument()
    expect(screen.getByText(/^Betweenness: the share of shortest paths between other towns/)).toBeInTheDocument()
    expect(screen.getByText(/^Each bar counts the records the town takes part in/)).toBeInTheDocument()
  })

  it('opens a town from its bar, by click or keyboard', async () => {
    const user = userEvent.setup()
    const { onSelectTown } = renderDashboard()
    await user.click(screen.getByRole('button', { name: /^SI-B:/ }))
    expect(onSelectTown).toHaveBeenLastCalledWith('si-b')
    screen.getByRole('button', { name: /^HU-D:/ }).focus()
    await user.keyboard('{Enter}')
    expect(onSelectTown).toHaveBeenLastCalledWith('hu-d')
  })

  it('lists the group and the network-wide records with their town counts, oldest first', () => {
    renderDashboard()
    expect(texts('[data-records="group"] li')).toEqual(['3 townsTitle of p-trio · March 2017 – February 2020', '3 townsTitle of act-meeting · September 2019'])
    expect(texts('[data-records="network"] li')).toEqual(['9 townsTitle of p-big-si-at · 31 March 2008 – 30 March 2013', '10 townsTitle of act-whole · 1 June 2018'])
  })

  it('highlights a record’s towns while it is under the pointer or focused', () => {
    const { onHighlightTowns } = renderDashboard()
    const trio = document.querySelector('[data-record="p-trio"]') as HTMLElement
    fireEvent.mouseEnter(trio)
    expect(onHighlightTowns).toHaveBeenLastCalledWith(['at-b', 'si-b', 'hu-a'])
    fireEvent.mouseLeave(trio)
    expect(onHighlightTowns).toHaveBeenLastCalledWith(null)
    const whole = document.querySelector('[data-record="act-whole"]') as HTMLElement
    fireEvent.focus(whole)
    expect(onHighlightTowns).toHaveBeenLastCalledWith(['at-a', 'at-b', 'at-c', 'si-a', 'si-b', 'si-c', 'hu-a', 'hu-b', 'hu-c', 'hu-d'])
    fireEvent.blur(whole)
    expect(onHighlightTowns).toHaveBeenLastCalledWith(null)
  })

  it('switches group ties to lines, and the legend follows', async () => {
    const user = userEvent.setup()
    const { onGroupLinesChange } = renderDashboard()
    expect(document.querySelector('[data-legend="group-star"]')).toHaveTextContent('A group record: one star joining its towns')
    await user.click(screen.getByRole('checkbox', { name: 'Show group ties as lines (one per pair)' }))
    expect(onGroupLinesChange).toHaveBeenLastCalledWith(true)
    cleanup()
    renderDashboard('en', true)
    expect(screen.getByRole('checkbox', { name: 'Show group ties as lines (one per pair)' })).toBeChecked()
    expect(document.querySelector('[data-legend="group-star"]')).toBeNull()
    expect(screen.getByText('Direct and group ties as lines, by kind of record:')).toBeInTheDocument()
  })

  it('never calls the towns partner towns', () => {
    for (const language of ['en', 'de', 'sl', 'hu'] as const) {
      renderDashboard(language)
      expect(document.body.textContent).not.toMatch(/partner towns|Partnerstädte|partnerska mesta|partnervárosok/i)
      cleanup()
    }
  })
})

describe('DegreeChart', () => {
  const town = (id: string, strength: number): TownFigures => ({ id, strength, directPartners: 0, partners: 0, betweenness: 0, community: 0, crossBorderShare: null })

  it('shows a share of a record with up to two decimals, whole records without', () => {
    renderWithI18n(
      <DegreeChart ranked={[town('a', 3), town('b', 2.5), town('c', 1 / 3)]} townName={(id) => id} label={(id) => id} countryOf={() => 'AT'} onSelectTown={() => {}} />,
      'en',
    )
    expect(texts('.degree-value')).toEqual(['3', '2.5', '0.33'])
    expect(texts('.degree-rank')).toEqual(['1', '2', '3'])
  })

  it('cuts a long name on its bar, and keeps the whole name the reader knows in its tooltip', () => {
    const names: Record<string, string> = { lenart: 'Lenart v Slovenskih goricah', ptuj: 'Ptuj' }
    renderWithI18n(
      <DegreeChart
        ranked={[town('lenart', 5), town('ptuj', 5)]}
        townName={(id) => (id === 'ptuj' ? 'Ptuj (Pettau)' : `${names[id]} (Sankt Leonhard in Windischbüheln)`)}
        label={(id) => names[id] ?? id}
        countryOf={() => 'SI'}
        onSelectTown={() => {}}
      />,
      'de',
    )
    expect(texts('.degree-label')).toEqual(['Lenart v Slovenskih…', 'Ptuj'])
    expect(texts('.degree-button > title')).toEqual(['Lenart v Slovenskih goricah (Sankt Leonhard in Windischbüheln)', 'Ptuj (Pettau)'])
    expect(texts('.degree-rank')).toEqual(['=1', '=1'])
  })

  it('writes the numbers as the reader’s language does', () => {
    renderWithI18n(<DegreeChart ranked={[town('a', 2.5)]} townName={(id) => id} label={(id) => id} countryOf={() => 'SI'} onSelectTown={() => {}} />, 'de')
    expect(texts('.degree-value')).toEqual(['2,5'])
  })
})
