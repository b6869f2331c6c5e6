import { describe, expect, it } from 'vitest'
import { buildNetwork } from '../../../src/domain/network/build-network'
import {
  communities,
  countryMatrix,
  emptyMatrix,
  networkFigures,
  rankByStrength,
  seededRandom,
  sharedRank,
  type TownFigures,
} from '../../../src/domain/network/network-metrics'
import { makeGraph, pathOfThree, twoTriangles } from './graphs'
import { tinyDataset } from './tiny-dataset'

const figure = (id: string, strength: number, directPartners: number): TownFigures => ({
  id, strength, directPartners, partners: directPartners, betweenness: 0, community: 0, crossBorderShare: null,
})

describe('networkFigures on the path a(AT) - b(SI) - c(HU)', () => {
  const figures = networkFigures(pathOfThree())
  const town = (id: string) => figures.perTown.find((item) => item.id === id)

  it('counts towns and links; density = 2E / (N(N-1)) = 4/6', () => {
    expect(figures.towns).toBe(3)
    expect(figures.links).toBe(2)
    expect(figures.density).toBeCloseTo(2 / 3, 12)
  })

  it('gives partners and strength (a-b weight 1, b-c weight 2)', () => {
    expect(figures.perTown.map(({ id, partners, strength }) => [id, partners, strength])).toEqual([
      ['a', 1, 1],
      ['b', 2, 3],
      ['c', 1, 2],
    ])
  })

  it('gives b normalised betweenness 1: the one pair (a, c) goes through it; 2 ordered paths / ((N-1)(N-2) = 2)', () => {
    expect(town('b')?.betweenness).toBeCloseTo(1, 12)
    expect(town('a')?.betweenness).toBe(0)
    expect(town('c')?.betweenness).toBe(0)
  })

  it('every link crosses a border', () => {
    expect(figures.crossBorderLinks).toBe(2)
    expect(figures.crossBorderShare).toBe(1)
    expect(figures.perTown.map((item) => item.crossBorderShare)).toEqual([1, 1, 1])
  })

  it('fills the country matrix symmetrically, nothing within a country', () => {
    expect(figures.matrix).toEqual({
      AT: { AT: 0, SI: 1, HU: 0 },
      SI: { AT: 1, SI: 0, HU: 1 },
      HU: { AT: 0, SI: 1, HU: 0 },
    })
  })
})

describe('betweenness', () => {
  it('on the path a-b-c-d, b and c each carry 2 of the 6 pairs: 2 x 2 / (3 x 2) = 2/3', () => {
    const graph = makeGraph([['a', 'AT'], ['b', 'AT'], ['c', 'SI'], ['d', 'SI']], [['a', 'b'], ['b', 'c', 5], ['c', 'd']])
    const values = Object.fromEntries(networkFigures(graph).perTown.map((town) => [town.id, town.betweenness]))
    expect(values.a).toBe(0)
    expect(values.b).toBeCloseTo(2 / 3, 12)
    expect(values.c).toBeCloseTo(2 / 3, 12)
    expect(values.d).toBe(0)
  })

  it('counts shortest paths in links, not in weight: a strong link is not a long one', () => {
    // Every pair of a triangle is adjacent, so no town lies between two others, whatever the weights.
    // (Read as a distance, the weight 5 of a-b would send a -> b through c.)
    const graph = makeGraph([['a', 'AT'], ['b', 'SI'], ['c', 'HU']], [['a', 'b', 5], ['a', 'c', 1], ['b', 'c', 1]])
    expect(networkFigures(graph).perTown.map((town) => town.betweenness)).toEqual([0, 0, 0])
  })

  it('is 0 for everyone in a graph of two towns (no third town to pass through)', () => {
    const graph = makeGraph([['a', 'AT'], ['b', 'SI']], [['a', 'b', 4]])
    const figures = networkFigures(graph)
    expect(figures.perTown.map((town) => town.betweenness)).toEqual([0, 0])
    expect(figures.density).toBe(1)
  })
})

describe('networkFigures on two triangles joined by one edge', () => {
  const figures = networkFigures(twoTriangles())

  it('finds the two triangles as communities, with modularity 2 x (3/7 - (7/14)^2) = 5/14', () => {
    expect(figures.communities).toEqual([
      ['x1', 'x2', 'x3'],
      ['y1', 'y2', 'y3'],
    ])
    expect(figures.modularity).toBeCloseTo(5 / 14, 10)
    expect(figures.perTown.map((town) => town.community)).toEqual([0, 0, 0, 1, 1, 1])
  })

  it('gives the two bridge towns betweenness 2 x 6 / (5 x 4) = 0.6', () => {
    expect(figures.perTown.map((town) => [town.id, Number(town.betweenness.toFixed(12))])).toEqual([
      ['x1', 0], ['x2', 0], ['x3', 0.6], ['y1', 0.6], ['y2', 0], ['y3', 0],
    ])
  })

  it('without the analysis (the map and the town panel) gives the same counts, strengths and partners, and no betweenness or communities', () => {
    const plain = networkFigures(twoTriangles(), { analysis: false })
    expect(plain.communities).toEqual([])
    expect(plain.modularity).toBeNull()
    expect(plain.perTown.map((town) => [town.betweenness, town.community])).toEqual(figures.perTown.map(() => [0, -1]))
    const rest = ({ communities: _c, modularity: _m, perTown, ...other }: typeof figures) =>
      ({ ...other, perTown: perTown.map(({ betweenness: _b, community: _k, ...town }) => town) })
    expect(rest(plain)).toEqual(rest(figures))
  })

  it('density 2 x 7 / (6 x 5) = 7/15; one crossing link of seven', () => {
    expect(figures.density).toBeCloseTo(7 / 15, 12)
    expect(figures.crossBorderLinks).toBe(1)
    expect(figures.crossBorderShare).toBeCloseTo(1 / 7, 12)
    expect(figures.perTown.find((town) => town.id === 'x3')?.crossBorderShare).toBeCloseTo(1 / 3, 12)
    expect(figures.perTown.find((town) => town.id === 'x1')?.crossBorderShare).toBe(0)
  })

  it('puts within-country links on the diagonal', () => {
    expect(figures.matrix).toEqual({
      AT: { AT: 3, SI: 0, HU: 1 },
      SI: { AT: 0, SI: 0, HU: 0 },
      HU: { AT: 1, SI: 0, HU: 3 },
    })
  })
})

describe('communities', () => {
  it('follows the weights: a square with two strong sides splits along the weak ones, Q = 9/22', () => {
    // a-b 10, c-d 10, b-c 1, d-a 1: m = 22, each group holds 10 and has degree sum 22.
    // Q = 2 x (10/22 - (22/44)^2) = 9/22
    const graph = makeGraph([['a', 'AT'], ['b', 'AT'], ['c', 'SI'], ['d', 'SI']], [['a', 'b', 10], ['b', 'c', 1], ['c', 'd', 10], ['d', 'a', 1]])
    const result = communities(graph)
    expect(result.groups).toEqual([['a', 'b'], ['c', 'd']])
    expect(result.modularity).toBeCloseTo(9 / 22, 10)
  })

  it('is the same on every run (seeded)', () => {
    const graph = buildNetwork(tinyDataset()).graph
    expect(communities(graph)).toEqual(communities(graph))
  })

  it('puts each town alone, without modularity, when there are no links', () => {
    expect(communities(makeGraph([['b', 'AT'], ['a', 'SI']], []))).toEqual({ groups: [['b'], ['a']], modularity: null })
  })
})

describe('networkFigures on edge cases', () => {
  it('an empty graph', () => {
    expect(networkFigures(makeGraph([], []))).toEqual({
      towns: 0, ties: { direct: 0, group: 0, network: 0 }, links: 0, density: 0, crossBorderLinks: 0, crossBorderShare: null,
      matrix: emptyMatrix(), perTown: [], communities: [], modularity: null,
    })
  })

  it('one town alone', () => {
    const figures = networkFigures(makeGraph([['a', 'HU']], []))
    expect(figures.density).toBe(0)
    expect(figures.perTown).toEqual([{ id: 'a', strength: 0, directPartners: 0, partners: 0, betweenness: 0, community: 0, crossBorderShare: null }])
  })
})

describe('networkFigures on the tiny dataset (direct, group and network-wide ties)', () => {
  const figures = networkFigures(buildNetwork(tinyDataset()).graph)
  const byId = new Map(figures.perTown.map((town) => [town.id, town]))

  it('10 towns; 4 direct, 4 group and 37 network-wide ties; density of the 8 direct and group ties 16/90', () => {
    expect(figures.towns).toBe(10)
    expect(figures.ties).toEqual({ direct: 4, group: 4, network: 37 })
    expect(figures.links).toBe(8)
    expect(figures.density).toBeCloseTo(16 / 90, 12)
  })

  it('strength is the number of records of each town; direct partners and direct-or-group partners', () => {
    // at-a: l-twinning, p-bilateral (= l-joint), act-meeting, l-egtc, act-visit, p-big-si-at, act-whole.
    expect(figures.perTown.map((town) => `${town.id} ${town.strength} ${town.directPartners} ${town.partners}`)).toEqual([
      'at-a 7 2 3', 'at-b 5 1 3', 'at-c 2 0 0', 'si-a 7 2 3', 'si-b 6 2 3', 'si-c 2 0 0', 'hu-a 5 1 4', 'hu-b 2 0 0', 'hu-c 2 0 0', 'hu-d 1 0 0',
    ])
  })

  it('leaves the towns outside a country filter out of the figures per town', () => {
    const hungarian = networkFigures(buildNetwork(tinyDataset(), { filter: { kinds: null, project: null, countries: ['HU'], from: null, to: null } }).graph)
    expect(hungarian.perTown.map((town) => town.id)).toEqual(['hu-a', 'hu-b', 'hu-c', 'hu-d'])
    expect(hungarian.towns).toBe(4)
    // A Hungarian town keeps every tie it has: its strength is complete.
    expect(hungarian.perTown.find((town) => town.id === 'hu-a')?.strength).toBe(5)
  })

  it('6 of the 8 links cross a border; per town 2/3, hu-a 4/4', () => {
    expect(figures.crossBorderLinks).toBe(6)
    expect(figures.crossBorderShare).toBe(0.75)
    expect(byId.get('hu-a')?.crossBorderShare).toBe(1)
    expect(byId.get('at-a')?.crossBorderShare).toBeCloseTo(2 / 3, 12)
    expect(byId.get('hu-d')?.crossBorderShare).toBeNull()
  })

  it('the country matrix', () => {
    expect(figures.matrix).toEqual({
      AT: { AT: 1, SI: 2, HU: 2 },
      SI: { AT: 2, SI: 1, HU: 2 },
      HU: { AT: 2, SI: 2, HU: 0 },
    })
    // Symmetric, and the diagonal plus one triangle add up to the links.
    expect(countryMatrix(buildNetwork(tinyDataset()).graph)).toEqual(figures.matrix)
  })

  it('betweenness: the pairs (at-a, si-b) and (at-b, si-a) each have three 2-step paths', () => {
    // hu-a lies on 1/3 of each: 2/3 per pair sum, x 2 (both directions) / (9 x 8) = 1/54;
    // at-a, at-b, si-a, si-b each lie on 1/3 of one: 1/108.
    expect(byId.get('hu-a')?.betweenness).toBeCloseTo(1 / 54, 12)
    for (const id of ['at-a', 'at-b', 'si-a', 'si-b']) expect(byId.get(id)?.betweenness).toBeCloseTo(1 / 108, 12)
    expect(byId.get('hu-d')?.betweenness).toBe(0)
  })

  it('ranks by strength, then direct partners, then id', () => {
    expect(rankByStrength(figures.perTown).map((town) => town.id)).toEqual([
      'at-a', 'si-a', 'si-b', 'at-b', 'hu-a', 'at-c', 'hu-b', 'hu-c', 'si-c', 'hu-d',
    ])
  })
})

describe('rankByStrength and sharedRank', () => {
  it('breaks ties on strength by direct partners, then by id, without touching its input', () => {
    const input = [figure('c', 5, 2), figure('a', 5, 2), figure('b', 5, 3), figure('d', 7, 1), figure('e', 0, 0)]
    expect(rankByStrength(input).map((town) => town.id)).toEqual(['d', 'b', 'a', 'c', 'e'])
    expect(input.map((town) => town.id)).toEqual(['c', 'a', 'b', 'd', 'e'])
  })

  it('gives equal strengths one rank and says how many share it (1, 2, 2, 2, 5)', () => {
    const all = [7, 5, 5, 5, 1]
    expect(all.map((value) => sharedRank(value, all))).toEqual([
      { rank: 1, shared: 1 }, { rank: 2, shared: 3 }, { rank: 2, shared: 3 }, { rank: 2, shared: 3 }, { rank: 5, shared: 1 },
    ])
  })

  it('treats sums of fractions that differ only by rounding as equal', () => {
    const sevenths = Array.from({ length: 7 }, () => 1 / 7).reduce((sum, value) => sum + value, 0)
    expect(sharedRank(1, [sevenths, 1, 0.5])).toEqual({ rank: 1, shared: 2 })
  })
})

describe('emptyMatrix and seededRandom', () => {
  it('emptyMatrix is 3 x 3 zeros, each row its own object', () => {
    const matrix = emptyMatrix()
    expect(matrix).toEqual({ AT: { AT: 0, SI: 0, HU: 0 }, SI: { AT: 0, SI: 0, HU: 0 }, HU: { AT: 0, SI: 0, HU: 0 } })
    matrix.AT.SI = 1
    expect(matrix.SI.SI).toBe(0)
    expect(matrix.HU.SI).toBe(0)
  })

  it('seededRandom repeats for a seed, differs between seeds, and stays in [0, 1)', () => {
    const take = (seed: number) => {
      const random = seededRandom(seed)
      return Array.from({ length: 50 }, () => random())
    }
    expect(take(24)).toEqual(take(24))
    expect(take(24)).not.toEqual(take(25))
    for (const value of take(24)) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
    }
  })
})
