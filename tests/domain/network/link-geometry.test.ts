import { describe, expect, it } from 'vitest'
import { curvedLine, LINK_CATEGORIES, LINK_WIDTH_RANGE, linkCategory, linkLines, linkWidthScale } from '../../../src/domain/network/link-geometry'
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

  it('is straight with bend 0', () => {
    const middle = curvedLine(a, b, 0)[12]
    expect(middle?.[1]).toBeCloseTo(46, 10)
  })
})

describe('linkWidthScale', () => {
  it('maps weight 1 to the thinnest and the maximum weight to the widest line, by square root', () => {
    const width = linkWidthScale(9)
    expect(LINK_WIDTH_RANGE).toEqual([1.5, 7])
    expect(width(1)).toBeCloseTo(1.5, 12)
    expect(width(9)).toBeCloseTo(7, 12)
    // sqrt(4) = 2 is half way from sqrt(1) = 1 to sqrt(9) = 3: 1.5 + 0.5 x 5.5 = 4.25
    expect(width(4)).toBeCloseTo(4.25, 12)
  })

  it('is monotonic and clamped', () => {
    const width = linkWidthScale(9)
    const widths = [0, 1, 2, 3, 5, 8, 9, 20].map((weight) => width(weight))
    for (let index = 1; index < widths.length; index += 1) expect(widths[index]).toBeGreaterThanOrEqual(widths[index - 1] ?? Infinity)
    expect(width(0)).toBeCloseTo(1.5, 12)
    expect(width(20)).toBeCloseTo(7, 12)
  })

  it('keeps a domain of at least [1, 2], so a network of weight-1 links draws them thin', () => {
    expect(linkWidthScale(1)(1)).toBeCloseTo(1.5, 12)
    expect(linkWidthScale(1)(2)).toBeCloseTo(7, 12)
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
    // sqrt scale from [1, 4] to [1.5, 7]: weight 2 -> 1.5 + (sqrt 2 - 1) / (2 - 1) x 5.5 = 3.778175
    expect(lines.features.map((feature) => Number(feature.properties.width.toFixed(6)))).toEqual([1.5, 3.778175, 7])
    const ab = lines.features[2]?.geometry.coordinates
    expect(ab?.[0]?.[1]).toBeCloseTo(47, 10)
    expect(ab?.at(-1)?.[1]).toBeCloseTo(46.5, 10)
  })
})
