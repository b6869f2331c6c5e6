import { describe, expect, it } from 'vitest'
import {
  curvedLine, freeDirection, LINK_CATEGORIES, LINK_WIDTH_RANGE, linkCategory, linkLines, linkWidthScale, LOOP_BELOW, LOOP_REACH, loopLine, MIN_BULGE,
} from '../../../src/domain/network/link-geometry'
import { makeGraph } from './graphs'

type Point = [number, number]

/** Web Mercator y in degrees, to measure sides in the plane the curve is drawn in. */
const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI

/** > 0 when p is to the left of the direction a -> b (in Web Mercator). */
function side(a: Point, b: Point, p: Point): number {
  const [ax, ay, bx, by, px, py] = [a[0], mercatorY(a[1]), b[0], mercatorY(b[1]), p[0], mercatorY(p[1])]
  return (bx - ax) * (py - ay) - (by - ay) * (px - ax)
}

describe('linkCategory', () => {
  it('any formal agreement makes an agreement line', () => {
    expect(linkCategory(['town-twinning'])).toBe('agreement')
    expect(linkCategory(['activity', 'project', 'egtc'])).toBe('agreement')
    expect(linkCategory(['support-declaration'])).toBe('agreement')
  })

  it('projects (and joint-project links) without agreement make a project line', () => {
    expect(linkCategory(['project'])).toBe('project')
    expect(linkCategory(['joint-project', 'activity'])).toBe('project')
  })

  it('activities alone (or nothing) make an activity line', () => {
    expect(linkCategory(['activity'])).toBe('activity')
    expect(linkCategory([])).toBe('activity')
    expect(LINK_CATEGORIES).toEqual(['agreement', 'project', 'activity'])
  })
})

describe('curvedLine', () => {
  const a: Point = [16, 46]
  const b: Point = [17, 46]

  it('starts at a and ends at b, with segments + 1 points', () => {
    const line = curvedLine(a, b)
    expect(line).toHaveLength(25)
    expect(line[0]?.[0]).toBeCloseTo(16, 10)
    expect(line[0]?.[1]).toBeCloseTo(46, 10)
    expect(line[24]?.[0]).toBeCloseTo(17, 10)
    expect(line[24]?.[1]).toBeCloseTo(46, 10)
    expect(curvedLine(a, b, 0.18, 4)).toHaveLength(5)
  })

  it('bends to the left of a -> b: going east, the middle lies north of the chord', () => {
    // Control point 0.18 x chord (1 unit) north of the chord's middle; the curve's middle is half of that:
    // 0.09 Mercator degrees, i.e. about 0.09 x cos(46°) = 0.0625 degrees of latitude.
    const middle = curvedLine(a, b)[12]
    expect(middle?.[0]).toBeCloseTo(16.5, 10)
    expect(middle?.[1]).toBeCloseTo(46.0625, 3)
  })

  it('bends the other way for b -> a, and to the west going north', () => {
    const back = curvedLine(b, a)[12]
    expect(back?.[0]).toBeCloseTo(16.5, 10)
    expect(back?.[1]).toBeCloseTo(45.9375, 3)
    const north = curvedLine([16, 46], [16, 47])[12]
    expect(north?.[0]).toBeLessThan(16)
  })

  it('keeps every inner point of a diagonal link strictly to the left', () => {
    const from: Point = [16.2, 46.6]
    const to: Point = [15.4, 47.1]
    const line = curvedLine(from, to)
    for (const point of line.slice(1, -1)) expect(side(from, to, point)).toBeGreaterThan(0)
  })

  it('is straight with bend 0 and no minimum bulge', () => {
    const middle = curvedLine(a, b, 0, 24, 0)[12]
    expect(middle?.[1]).toBeCloseTo(46, 10)
  })

  it('bulges at least MIN_BULGE / 2 at its middle, however short the chord', () => {
    // A chord of 0.01 Mercator degrees would bend by 0.0009 alone; the control point moves MIN_BULGE instead.
    const from: Point = [16, 46]
    const to: Point = [16.01, 46]
    const middle = curvedLine(from, to)[12]
    expect(MIN_BULGE).toBe(0.06)
    expect(middle?.[0]).toBeCloseTo(16.005, 10)
    expect(mercatorY(middle?.[1] ?? 0) - mercatorY(46)).toBeCloseTo(MIN_BULGE / 2, 10)
    // A long chord bends by its own share: 0.18 x 1 = 0.18 > 0.06.
    expect(mercatorY(curvedLine(a, b)[12]?.[1] ?? 0) - mercatorY(46)).toBeCloseTo(0.09, 10)
  })
})

describe('loopLine', () => {
  const from: Point = [16, 46.7]
  const to: Point = [16.004, 46.69]

  it('starts at a and ends at b, and reaches LOOP_REACH out in the direction given', () => {
    const line = loopLine(from, to, [-1, 0])
    expect(line).toHaveLength(25)
    expect(line[0]?.[0]).toBeCloseTo(16, 10)
    expect(line[0]?.[1]).toBeCloseTo(46.7, 10)
    expect(line[24]?.[0]).toBeCloseTo(16.004, 10)
    expect(line[24]?.[1]).toBeCloseTo(46.69, 10)
    // The middle lies LOOP_REACH west of the chord's middle (in Web Mercator).
    const middle = line[12] ?? [0, 0]
    expect(middle[0]).toBeCloseTo(16.002 - LOOP_REACH, 10)
    expect(mercatorY(middle[1])).toBeCloseTo((mercatorY(46.7) + mercatorY(46.69)) / 2, 10)
  })

  it('is a loop with room inside: its two halves stay apart until they meet at the towns', () => {
    const line = loopLine(from, to, [0, 1])
    const width = (step: number) => Math.abs((line[step]?.[0] ?? 0) - (line[24 - step]?.[0] ?? 0))
    expect(width(6)).toBeGreaterThan(LOOP_REACH / 2)
    expect(width(10)).toBeGreaterThan(0.02)
    for (const point of line.slice(1, -1)) expect(point[1]).toBeGreaterThan(46.69)
  })
})

describe('freeDirection', () => {
  it('points the loop where the other towns are farthest: away from a neighbour east, north and south', () => {
    const others: Point[] = [[16.2, 46.7], [16, 46.85], [16, 46.55]]
    const [x, y] = freeDirection([16, 46.7], [16.004, 46.69], others)
    expect(x).toBeCloseTo(-1, 10)
    expect(y).toBeCloseTo(0, 10)
  })

  it('takes east, the first direction, when no other town is near', () => {
    expect(freeDirection([16, 46.7], [16.004, 46.69], [])).toEqual([1, 0])
  })
})

describe('linkWidthScale', () => {
  it('maps no weight to the thinnest and the maximum weight to the widest line, by square root', () => {
    const width = linkWidthScale(9)
    expect(LINK_WIDTH_RANGE).toEqual([1.5, 7])
    expect(width(0)).toBeCloseTo(1.5, 12)
    expect(width(9)).toBeCloseTo(7, 12)
    // sqrt(4 / 9) = 2/3 of the way: 1.5 + 2/3 x 5.5; a tie of weight 1 (one bilateral record) a third.
    expect(width(4)).toBeCloseTo(1.5 + (2 / 3) * 5.5, 12)
    expect(width(1)).toBeCloseTo(1.5 + (1 / 3) * 5.5, 12)
  })

  it('is monotonic and clamped', () => {
    const width = linkWidthScale(9)
    const widths = [0, 0.25, 1, 2, 3, 5, 8, 9].map((weight) => width(weight))
    for (let index = 1; index < widths.length; index += 1) expect(widths[index]).toBeGreaterThan(widths[index - 1] ?? Infinity)
    expect(width(-1)).toBeCloseTo(1.5, 12)
    expect(width(20)).toBeCloseTo(7, 12)
  })

  it('keeps a domain of at least [0, 1], so that a share of one record draws a thinner line than a whole one', () => {
    expect(linkWidthScale(0.5)(1)).toBeCloseTo(7, 12)
    expect(linkWidthScale(0.5)(0.5)).toBeCloseTo(1.5 + Math.SQRT1_2 * 5.5, 12)
  })
})

describe('linkLines', () => {
  const graph = makeGraph(
    [['a', 'AT'], ['b', 'SI'], ['c', 'HU'], ['d', 'HU']],
    [['b', 'a', 4, ['egtc']], ['a', 'c', 1, ['activity']], ['b', 'c', 2, ['project', 'activity']], ['c', 'd', 3, ['activity']]],
  )
  const positions: Record<string, Point> = { a: [16, 47], b: [16, 46.5], c: [16.8, 46.9] }
  const lines = linkLines(graph, (town) => positions[town])

  it('makes one curved line per edge whose towns have a position, lighter links first', () => {
    expect(lines.features.map((feature) => feature.properties.key)).toEqual(['a|c', 'b|c', 'a|b'])
    expect(lines.features.map((feature) => feature.id)).toEqual([1, 2, 0])
  })

  it('runs each line from the smaller id and gives width (max weight 4) and category', () => {
    expect(lines.features.map(({ properties }) => [properties.source, properties.target, properties.weight, properties.category])).toEqual([
      ['a', 'c', 1, 'activity'],
      ['b', 'c', 2, 'project'],
      ['a', 'b', 4, 'agreement'],
    ])
    // sqrt scale from [0, 4] to [1.5, 7]: weight 1 -> 1.5 + 1/2 x 5.5 = 4.25; weight 2 -> 1.5 + sqrt(1/2) x 5.5 = 5.389087
    expect(lines.features.map((feature) => Number(feature.properties.width.toFixed(6)))).toEqual([4.25, 5.389087, 7])
    const ab = lines.features[2]?.geometry.coordinates
    expect(ab?.[0]?.[1]).toBeCloseTo(47, 10)
    expect(ab?.at(-1)?.[1]).toBeCloseTo(46.5, 10)
  })
})

describe('linkLines with tie kinds and neighbours', () => {
  const graph = makeGraph(
    [['a', 'AT'], ['b', 'SI'], ['c', 'HU'], ['d', 'HU']],
    [['a', 'b', 2, ['town-twinning']], ['b', 'c', 1, ['project']], ['a', 'c', 6, ['activity'], undefined, 'group'], ['c', 'd', 9, ['activity'], undefined, 'network']],
  )
  // a and b are 1.5 km apart, as Bad Radkersburg and Gornja Radgona; c lies east of them, d far away.
  const positions: Record<string, Point> = { a: [15.988, 46.688], b: [15.992, 46.675], c: [16.3, 46.66], d: [16.8, 47] }
  const position = (town: string) => positions[town]

  it('draws direct ties only, by default, with the widths scaled to them alone', () => {
    const lines = linkLines(graph, position)
    expect(lines.features.map((feature) => [feature.properties.key, feature.properties.tie])).toEqual([['b|c', 'direct'], ['a|b', 'direct']])
    // The widest line is the strongest direct tie (2), not the group tie (6) or the network-wide one (9).
    expect(lines.features.map((feature) => feature.properties.width)).toEqual([linkWidthScale(2)(1), LINK_WIDTH_RANGE[1]])
  })

  it('adds group ties when asked (for analysts), never network-wide ones unless asked', () => {
    const lines = linkLines(graph, position, ['direct', 'group'])
    expect(lines.features.map((feature) => feature.properties.key)).toEqual(['b|c', 'a|b', 'a|c'])
    expect(lines.features.find((feature) => feature.properties.key === 'a|c')?.properties).toMatchObject({ tie: 'group', weight: 6, width: LINK_WIDTH_RANGE[1] })
    expect(linkLines(graph, position, ['network']).features.map((feature) => feature.properties.key)).toEqual(['c|d'])
  })

  it('draws towns nearer than LOOP_BELOW as a loop away from their neighbours, others as curves', () => {
    const lines = linkLines(graph, position)
    const loop = lines.features.find((feature) => feature.properties.key === 'a|b')
    const curve = lines.features.find((feature) => feature.properties.key === 'b|c')
    expect(loop?.properties.loop).toBe(true)
    expect(curve?.properties.loop).toBe(false)
    // The loop reaches out west, away from c in the east.
    const xs = loop?.geometry.coordinates.map(([x = 0]) => x) ?? []
    expect(Math.min(...xs)).toBeCloseTo(15.99 - LOOP_REACH, 2)
    expect(Math.max(...xs)).toBeLessThan(15.993)
    expect(LOOP_BELOW).toBe(0.06)
  })
})

describe('linkLines among many towns', () => {
  it('points every loop as freeDirection over all other towns does, though it looks only at the towns near it', () => {
    // Seeded: clusters of near towns (loops) in a wide area, some alone far out (where nothing is near enough to be certain).
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const positions: Record<string, Point> = {}
    const edges: [string, string][] = []
    for (let cluster = 0; cluster < 60; cluster += 1) {
      const spread = cluster % 5 === 0 ? 3 : 0.6
      const [lon, lat] = [15 + random() * spread, 46 + random() * spread * 0.6]
      positions[`t${cluster}a`] = [lon, lat]
      positions[`t${cluster}b`] = [lon + (random() - 0.5) * 0.05, lat + (random() - 0.5) * 0.03]
      edges.push([`t${cluster}a`, `t${cluster}b`])
    }
    const ids = Object.keys(positions)
    const graph = makeGraph(ids.map((id) => [id, 'AT']), edges.map(([a, b]) => [a, b, 1, ['town-twinning']]))
    const lines = linkLines(graph, (town) => positions[town])
    const loops = lines.features.filter((feature) => feature.properties.loop)
    expect(loops.length).toBeGreaterThan(40)
    for (const loop of loops) {
      const { source, target } = loop.properties
      const [a, b] = [positions[source] as Point, positions[target] as Point]
      const others = ids.filter((id) => id !== source && id !== target).map((id) => positions[id] as Point)
      expect(loop.geometry.coordinates).toEqual(loopLine(a, b, freeDirection(a, b, others)))
    }
  })
})
