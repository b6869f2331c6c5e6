import { describe, expect, it } from 'vitest'
import { buildNetwork, type BuildOptions } from '../../../src/domain/network/build-network'
import { evidenceDetails, indexEvidence } from '../../../src/domain/network/evidence-details'
import { NO_FILTER } from '../../../src/domain/network/network-filter'
import { networkFigures } from '../../../src/domain/network/network-metrics'
import { townProfile } from '../../../src/domain/network/town-profile'
import { tinyDataset } from './tiny-dataset'

const SOURCE = 'https://example.org/source'

function profileOf(town: string, options: BuildOptions = { sharedAsLines: true }) {
  const dataset = tinyDataset()
  const network = buildNetwork(dataset, options)
  return townProfile(town, dataset, network, networkFigures(network.graph), indexEvidence(dataset))
}

describe('indexEvidence and evidenceDetails', () => {
  const index = indexEvidence(tinyDataset())

  it('indexes every link, project and activity by id, also those that make no edge', () => {
    // 5 links + 5 projects + 6 activities
    expect(index.size).toBe(16)
    expect(index.has('l-outside')).toBe(true)
    expect(index.has('p-solo')).toBe(true)
  })

  it('describes each type of record', () => {
    expect(index.get('l-twinning')).toEqual({
      type: 'link', id: 'l-twinning', kind: 'town-twinning', title: null, titleEn: null, start: '1995-05-20', end: null,
      description: null, sources: [SOURCE],
    })
    expect(index.get('p-trio')).toEqual({
      type: 'project', id: 'p-trio', kind: 'project', title: 'Trio – A long official title', titleEn: null, start: '2017-03', end: '2020-02',
      description: null, sources: [SOURCE],
    })
    expect(index.get('act-meeting')).toEqual({
      type: 'activity', id: 'act-meeting', kind: 'activity', title: 'Title of act-meeting', titleEn: 'English title of act-meeting',
      start: '2019-09', end: null, description: null, sources: [SOURCE],
    })
  })

  it('carries what a record says in words: a link\'s notes, an activity\'s description', () => {
    const dataset = tinyDataset()
    const link = { ...dataset.links[0]!, notes: 'Twinned since 1995.' }
    const activity = { ...dataset.activities[0]!, description: 'A meeting.' }
    const words = indexEvidence({ ...dataset, links: [link], activities: [activity] })
    expect(words.get(link.id)?.description).toBe('Twinned since 1995.')
    expect(words.get(activity.id)?.description).toBe('A meeting.')
  })

  it('gives the records of the ids in the given order, skipping unknown ids', () => {
    expect(evidenceDetails(index, ['act-meeting', 'no-such-record', 'l-egtc']).map((detail) => detail.id)).toEqual(['act-meeting', 'l-egtc'])
  })
})

describe('townProfile with the shared layer as lines', () => {
  it('sorts partners direct first, then by weight, then by id', () => {
    const profile = profileOf('at-a')
    expect(profile.partners.map((partner) => [partner.town, partner.weight, partner.direct])).toEqual([
      ['si-a', 5, true],
      ['at-b', 4, true],
      ['hu-a', 3, true],
      ['at-c', 2, false],
      ['hu-b', 2, false],
      ['hu-c', 2, false],
      ['si-b', 2, false],
      ['si-c', 2, false],
      ['hu-d', 1, false],
    ])
  })

  it('describes one partner link with its evidence records in the edge\'s order', () => {
    const [first] = profileOf('at-a').partners
    expect(first).toMatchObject({
      town: 'si-a', linkKey: 'at-a|si-a', weight: 5, crossBorder: true, direct: true,
      kinds: ['town-twinning', 'joint-project', 'project', 'activity'],
    })
    expect(first?.evidence.map((detail) => `${detail.type}:${detail.id}`)).toEqual([
      'link:l-twinning', 'link:l-joint', 'project:p-bilateral', 'project:p-big-si-at', 'activity:act-meeting', 'activity:act-whole',
    ])
  })

  it('marks partners linked only by shared records as not direct', () => {
    const profile = profileOf('hu-d')
    expect(profile.partners.map((partner) => `${partner.town} ${partner.weight} ${partner.direct} ${partner.crossBorder}`)).toEqual([
      'at-a 1 false true', 'at-b 1 false true', 'at-c 1 false true',
      'hu-a 1 false false', 'hu-b 1 false false', 'hu-c 1 false false',
      'si-a 1 false true', 'si-b 1 false true', 'si-c 1 false true',
    ])
    expect(profile.shared.map((item) => item.id)).toEqual(['act-whole'])
    expect(profile.crossBorderShare).toBeCloseTo(6 / 9, 12)
  })

  it('lists the projects the town takes part in through the partner that represents it', () => {
    expect(profileOf('at-a').projects.map((project) => project.id)).toEqual(['p-bilateral', 'p-big-si-at'])
    // at-b is represented by the regional management in p-trio.
    expect(profileOf('at-b').projects.map((project) => project.id)).toEqual(['p-trio', 'p-big-si-at'])
    // A project of one member town makes no edge but is still the town's project.
    expect(profileOf('at-c').projects.map((project) => project.id)).toEqual(['p-big-si-at', 'p-solo'])
    expect(profileOf('hu-d').projects).toEqual([])
  })

  it('ranks by weighted degree with ties sharing a rank (1, 1, 3, 3, 5, 6, ..., 10)', () => {
    // Weighted degree: at-a 23, si-a 23, si-b 22, hu-a 22, at-b 21, at-c/si-c/hu-b/hu-c 17, hu-d 9.
    const ranks = ['at-a', 'si-a', 'si-b', 'hu-a', 'at-b', 'at-c', 'si-c', 'hu-b', 'hu-c', 'hu-d'].map((town) => {
      const profile = profileOf(town)
      return [town, profile.weightedDegree, profile.rank, profile.of]
    })
    expect(ranks).toEqual([
      ['at-a', 23, 1, 10], ['si-a', 23, 1, 10], ['si-b', 22, 3, 10], ['hu-a', 22, 3, 10], ['at-b', 21, 5, 10],
      ['at-c', 17, 6, 10], ['si-c', 17, 6, 10], ['hu-b', 17, 6, 10], ['hu-c', 17, 6, 10], ['hu-d', 9, 10, 10],
    ])
  })

  it('in the complete graph nobody lies between two others: betweenness 0 and everybody first', () => {
    const profile = profileOf('si-b')
    expect(profile.betweenness).toBe(0)
    expect(profile.betweennessRank).toBe(1)
    expect(profile.crossBorderShare).toBeCloseTo(7 / 9, 12)
  })
})

describe('townProfile without the shared layer', () => {
  it('ranks betweenness with ties: hu-a 1; at-a, at-b, si-a, si-b 2; the towns without links 6', () => {
    const value = (town: string) => {
      const profile = profileOf(town, {})
      return [profile.betweenness, profile.betweennessRank, profile.rank]
    }
    expect(value('hu-a')[1]).toBe(1)
    expect(value('hu-a')[0]).toBeCloseTo(1 / 54, 12)
    // Weighted degree 6, 4, 6, 5, 5 for at-a, at-b, si-a, si-b, hu-a.
    expect(['at-a', 'at-b', 'si-a', 'si-b'].map((town) => value(town).slice(1))).toEqual([[2, 1], [2, 5], [2, 1], [2, 3]])
    expect(value('hu-d').slice(1)).toEqual([6, 6])
    expect(value('hu-d')[0]).toBe(0)
  })

  it('a town with no links has no partners and no cross-border share', () => {
    const profile = profileOf('hu-d', {})
    expect(profile.partners).toEqual([])
    expect(profile.crossBorderShare).toBeNull()
    expect(profile.weightedDegree).toBe(0)
    expect(profile.shared.map((item) => item.id)).toEqual(['act-whole'])
  })

  it('a town the filtered network left out has no rank, but its projects are still listed', () => {
    const profile = profileOf('at-c', { filter: { ...NO_FILTER, countries: ['HU'] }, sharedAsLines: false })
    expect(profile).toMatchObject({
      town: 'at-c', partners: [], crossBorderShare: null, weightedDegree: 0, rank: null, of: 8, betweenness: 0, betweennessRank: null,
    })
    expect(profile.projects.map((project) => project.id)).toEqual(['p-big-si-at', 'p-solo'])
    expect(profile.shared.map((item) => item.id)).toEqual(['p-big-si-at', 'act-whole'])
  })
})
