import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/domain/dataset'
import { sameInEveryLanguage } from '../../../src/domain/localized-text'
import { buildNetwork } from '../../../src/domain/network/build-network'
import { indexEvidence } from '../../../src/domain/network/evidence-details'
import { NO_FILTER, type NetworkFilter } from '../../../src/domain/network/network-filter'
import { networkFigures } from '../../../src/domain/network/network-metrics'
import { townProfile, townProjects } from '../../../src/domain/network/town-profile'
import { makePartner, makeProject, tinyDataset } from './tiny-dataset'

const SOURCE = 'https://example.org/source'

function profileOf(town: string, filter: Partial<NetworkFilter> = {}, dataset: Dataset = tinyDataset()) {
  const network = buildNetwork(dataset, { filter: { ...NO_FILTER, ...filter } })
  return townProfile(town, dataset, network, networkFigures(network.graph), indexEvidence(dataset))
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id)

describe('townProfile: direct partners', () => {
  it('lists the towns a record names with the town alone, most such records first, each with those records only', () => {
    const profile = profileOf('at-a')
    expect(profile.direct.map((partner) => [partner.town, ids(partner.records)])).toEqual([
      // l-joint and p-bilateral tell one fact, but they are two records.
      ['si-a', ['l-twinning', 'l-joint', 'p-bilateral']],
      ['at-b', ['l-egtc', 'act-visit']],
    ])
    // act-meeting (at-a, si-a, hu-a) is a group record: it is not among si-a's direct records,
    // and hu-a, which shares only that group with at-a, is no direct partner.
    expect(profile.direct.find((partner) => partner.town === 'si-a')?.records.every((record) => record.tie === 'direct')).toBe(true)
    expect(profile.direct.some((partner) => partner.town === 'hu-a')).toBe(false)
  })

  it('keeps the weight of the whole tie, the key of the link on the map, and whether it crosses a border', () => {
    const [siA, atB] = profileOf('at-a').direct
    // 1 (twinning) + 1 (p-bilateral told twice) + 1/2 (act-meeting, 3 towns) + 1/8 + 1/9 (p-big, act-whole).
    expect(siA).toMatchObject({ town: 'si-a', linkKey: 'at-a|si-a', crossBorder: true })
    expect(siA?.weight).toBeCloseTo(2 + 1 / 2 + 1 / 8 + 1 / 9, 5)
    expect(atB).toMatchObject({ town: 'at-b', linkKey: 'at-a|at-b', crossBorder: false })
    expect(profileOf('at-a').crossBorderDirect).toBe(1)
  })

  it('orders partners with as many records by the stronger tie', () => {
    // si-b has two records with each: si-a (p-undated, act-undated) and hu-a (l-charter, act-signing: one fact).
    // si-a|si-b weighs 2 + 1/8 + 1/9, hu-a|si-b 1 + 1/2 (p-trio) + 1/8 + 1/9.
    const profile = profileOf('si-b')
    expect(profile.direct.map((partner) => [partner.town, partner.records.length])).toEqual([['si-a', 2], ['hu-a', 2]])
    expect(profile.direct[0]?.weight).toBeCloseTo(2 + 1 / 8 + 1 / 9, 5)
    expect(profile.direct[1]?.weight).toBeCloseTo(1.5 + 1 / 8 + 1 / 9, 5)
  })

  it('gives a town without any record of two towns no direct partner (Ptuj in the real data)', () => {
    const profile = profileOf('hu-d')
    expect(profile.direct).toEqual([])
    expect(profile.crossBorderDirect).toBe(0)
  })
})

describe('townProfile: groups and network-wide records', () => {
  it('lists the records of 3 to 8 towns the town belongs to, oldest first, each with the other towns', () => {
    expect(profileOf('at-a').groups.map((group) => [group.record.id, group.towns])).toEqual([['act-meeting', ['si-a', 'hu-a']]])
    expect(profileOf('si-b').groups.map((group) => [group.record.id, group.towns])).toEqual([['p-trio', ['at-b', 'hu-a']]])
    expect(profileOf('si-b').groups[0]?.record).toMatchObject({ type: 'project', tie: 'group', title: sameInEveryLanguage('Trio – A long official title') })
  })

  it('lists the network-wide records (more than 8 towns, or all of them), oldest first', () => {
    expect(ids(profileOf('at-a').networkWide)).toEqual(['p-big-si-at', 'act-whole'])
    expect(profileOf('at-a').networkWide.every((record) => record.tie === 'network')).toBe(true)
    // hu-d is not in p-big-si-at.
    expect(ids(profileOf('hu-d').networkWide)).toEqual(['act-whole'])
  })

  it('follows the period: a record that ended before it is gone, one that overlaps it stays', () => {
    // 2014-2016: p-bilateral (to 2013-07) and p-big (to 2013-03) are over, and l-joint with its project.
    // The twinning has no end date known, so it stays; the undated EGTC cannot be placed in time.
    const profile = profileOf('at-a', { from: '2014-01-01', to: '2016-12-31' })
    expect(profile.direct.map((partner) => [partner.town, ids(partner.records)])).toEqual([['si-a', ['l-twinning']]])
    expect(profile.groups).toEqual([])
    expect(profile.networkWide).toEqual([])
  })
})

describe('townProfile: member since, strength and rank', () => {
  it('gives the year of the town\'s first dated record as "member since"', () => {
    expect(profileOf('at-a').memberSince).toBe(1995)
    expect(profileOf('si-b').memberSince).toBe(2008)
    expect(profileOf('hu-d').memberSince).toBe(2018)
    expect(profileOf('at-a', { from: '2019-01-01' }).memberSince).toBe(1995)
  })

  it('counts as strength the records (distinct facts) the town takes part in', () => {
    // at-a: l-twinning, p-bilateral (with l-joint), l-egtc, act-visit, act-meeting, p-big-si-at, act-whole.
    expect(profileOf('at-a').strength).toBe(7)
    // si-b: l-charter (with act-signing), p-trio, p-big-si-at, p-undated, act-whole, act-undated.
    expect(profileOf('si-b').strength).toBe(6)
    expect(profileOf('hu-d').strength).toBe(1)
  })

  it('ranks by strength with shared ranks: at-a and si-a share the 1st place, at-c is 6th of four', () => {
    // Strengths: at-a 7, si-a 7, si-b 6, at-b 5, hu-a 5, at-c/si-c/hu-b/hu-c 2, hu-d 1.
    const rows = ['at-a', 'si-a', 'si-b', 'at-b', 'hu-a', 'at-c', 'hu-d'].map((town) => {
      const { rank, sharedRank, of } = profileOf(town)
      return [town, rank, sharedRank, of]
    })
    expect(rows).toEqual([
      ['at-a', 1, 2, 10], ['si-a', 1, 2, 10], ['si-b', 3, 1, 10], ['at-b', 4, 2, 10], ['hu-a', 4, 2, 10],
      ['at-c', 6, 4, 10], ['hu-d', 10, 1, 10],
    ])
  })

  it('a town a country filter leaves out has no rank, but its projects are still listed', () => {
    const profile = profileOf('at-c', { countries: ['HU'] })
    expect(profile).toMatchObject({ town: 'at-c', direct: [], groups: [], strength: 0, rank: null, sharedRank: 0, of: 4 })
    expect(profile.projects.map((entry) => entry.project.id)).toEqual(['p-big-si-at', 'p-solo'])
  })
})

describe('townProjects', () => {
  it('lists the projects a town takes part in through the partner that represents it, with that partner', () => {
    const projects = tinyDataset().projects
    expect(townProjects('at-b', projects).map((entry) => [entry.project.id, entry.as, entry.organisations])).toEqual([
      ['p-trio', 'partner', ['regional-management']],
      ['p-big-si-at', 'partner', ['town-association']],
    ])
    // A project of one member town makes no tie but is still the town's project.
    expect(townProjects('at-c', projects).map((entry) => entry.project.id)).toEqual(['p-big-si-at', 'p-solo'])
    expect(townProjects('hu-d', projects)).toEqual([])
  })

  it('names a town an output names as a beneficiary as such, with that output and its sources', () => {
    const output = { original: 'hu' as const, sl: 'Znamka za sedem mest', de: 'Eine Marke für sieben Städte', hu: 'Márka hét városnak', en: 'A brand for seven towns' }
    const branding = {
      ...makeProject('p-branding', [makePartner('org-hu-a', ['hu-a'], 'lead')], '2019', '2020'),
      beneficiaries: [{ towns: ['hu-d', 'hu-c'], output, sources: [SOURCE] }],
    }
    const [entry] = townProjects('hu-d', [branding])
    expect(entry).toMatchObject({ as: 'beneficiary', organisations: [], beneficiaryOf: [{ output, sources: [SOURCE] }] })
    expect(entry?.project.id).toBe('p-branding')
    // The partner town is a partner, not a beneficiary.
    expect(townProjects('hu-a', [branding])[0]).toMatchObject({ as: 'partner', beneficiaryOf: [] })
  })

  it('leaves out an umbrella record (its parts are the projects), though a partner represents the town in it', () => {
    const umbrella = { ...makeProject('p-umbrella', [makePartner('org-at-a', ['at-a'])], '2016', '2019'), role: 'umbrella' as const, parts: ['p-bilateral'] }
    expect(townProjects('at-a', [umbrella, ...tinyDataset().projects]).map((entry) => entry.project.id)).toEqual(['p-bilateral', 'p-big-si-at'])
  })
})
