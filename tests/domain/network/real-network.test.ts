/**
 * The network of the true records, from the frozen snapshot of data/ (tests/fixtures/dataset): what the code makes of
 * them, checked against the records themselves. That data/ itself builds a network of 24 towns is tests/data/.
 */
import { describe, expect, it } from 'vitest'
import { ALL_TOWNS } from '../../../src/domain/activity-schema'
import { buildNetwork } from '../../../src/domain/network/build-network'
import { collectEvidence, projectTowns } from '../../../src/domain/network/evidence'
import { networkFigures, rankByStrength } from '../../../src/domain/network/network-metrics'
import { NO_FILTER } from '../../../src/domain/network/network-filter'
import { loadFixtureDataset } from '../../real-data'

const dataset = loadFixtureDataset()
const network = buildNetwork(dataset)
const { graph } = network
const figures = networkFigures(graph)
const town = (id: string) => figures.perTown.find((item) => item.id === id)

/** The distinct records naming a town, counted straight from the records (a link and the record that tells the same fact once). */
function recordsNaming(id: string): number {
  const facts = new Set<string>()
  for (const item of collectEvidence(dataset)) if (item.towns.includes(id)) facts.add(item.fact)
  return facts.size
}

describe('the real network', () => {
  it('gives each town the strength of the records it takes part in, counted from the records', () => {
    for (const { id } of dataset.towns) expect(town(id)?.strength, id).toBeCloseTo(recordsNaming(id), 6)
  })

  it('tells Ptuj, Lenart, Ormož and Radenci they have no direct partner: no record names just them and another town', () => {
    for (const id of ['ptuj', 'lenart', 'ormoz', 'radenci']) {
      expect(town(id)?.directPartners, id).toBe(0)
      const bilateral = collectEvidence(dataset).filter((item) => item.towns.length === 2 && item.towns.includes(id))
      expect(bilateral, id).toEqual([])
    }
  })

  it('makes the twin towns on the Mur the strongest tie, above any tie of group records only', () => {
    const strongest = graph.edges().sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight'))[0]
    expect(strongest).toBe('bad-radkersburg|gornja-radgona')
    expect(graph.getEdgeAttribute('bad-radkersburg|gornja-radgona', 'tie')).toBe('direct')
    // Fehring and Feldbach share no record of their own: a group tie, weaker than one bilateral record plus its share.
    expect(graph.getEdgeAttribute('fehring|feldbach', 'tie')).toBe('group')
    expect(graph.getEdgeAttribute('fehring|feldbach', 'weight')).toBeLessThan(graph.getEdgeAttribute('bad-radkersburg|gornja-radgona', 'weight'))
  })

  it('draws no tie from the umbrella record of City Cooperation II: its two programme projects are the evidence', () => {
    const umbrella = dataset.projects.filter((project) => project.role === 'umbrella').map((project) => project.id)
    expect(umbrella).toEqual(['city-cooperation-ii'])
    graph.forEachEdge((key, edge) => expect(edge.evidence.includes('city-cooperation-ii'), key).toBe(false))
  })

  it('records of all 24 towns and of more than eight are network-wide, not pairs of partners', () => {
    const whole = dataset.activities.filter((activity) => activity.towns.includes(ALL_TOWNS)).map((activity) => activity.id)
    expect(whole.length).toBeGreaterThan(0)
    for (const id of whole) expect(network.networkWide.map((item) => item.id)).toContain(id)
    for (const item of network.groups) expect(item.towns.length).toBeLessThanOrEqual(8)
  })

  it('ends ties with their records: in 2022 SKUPAJ (to 2013) and Co_Operation (to 2021) are no evidence', () => {
    const in2022 = buildNetwork(dataset, { filter: { ...NO_FILTER, from: '2022-01-01', to: '2022-12-31' } })
    const ids = in2022.evidence.map((item) => item.id)
    for (const id of ['skupaj', 'bad-radkersburg-gornja-radgona-skupaj', 'bad-radkersburg-gornja-radgona-co-operation']) expect(ids).not.toContain(id)
    // An agreement without an end date is taken as still in force.
    expect(ids).toContain('lendava-murska-sobota-cooperation-agreement')
  })

  it('counts the towns that City Branding names as beneficiaries in City Cooperation II AT–HU, with their source', () => {
    const project = dataset.projects.find((candidate) => candidate.id === 'city-cooperation-ii-at-hu')
    expect(project).toBeDefined()
    const towns = projectTowns(project!)
    for (const id of ['vasvar', 'szentgotthard', 'oriszentpeter']) expect(towns).toContain(id)
    for (const beneficiary of project!.beneficiaries ?? []) expect(beneficiary.sources.length).toBeGreaterThan(0)
  })

  it('ranks the towns by strength, the twin towns on the Mur first', () => {
    expect(rankByStrength(figures.perTown)[0]?.id).toBe('bad-radkersburg')
  })
})
