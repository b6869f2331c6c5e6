// @vitest-environment node
import type { LineString, Point as GeoPoint } from 'geojson'
import { describe, expect, it } from 'vitest'
import type { Evidence } from '../../../src/domain/network/evidence'
import { groupShapes, groupStarFeatures, hubOf } from '../../../src/domain/network/group-shapes'

type Position = [number, number]

const record = (id: string, towns: string[]): Evidence => ({
  type: 'activity', id, kind: 'activity', towns, tie: 'group', start: null, end: null, projects: [], fact: id, confidence: null, dateInferred: false,
})

const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI

describe('groupShapes', () => {
  it('merges the records that name the same towns into one shape, whatever the order they name them in', () => {
    const shapes = groupShapes([record('r1', ['c', 'a', 'b']), record('r2', ['a', 'b', 'c']), record('r3', ['b', 'c', 'd'])])
    expect(shapes).toEqual([
      { key: 'a|b|c', towns: ['a', 'b', 'c'], records: ['r1', 'r2'] },
      { key: 'b|c|d', towns: ['b', 'c', 'd'], records: ['r3'] },
    ])
  })

  it('counts a record once even when it is given twice', () => {
    expect(groupShapes([record('r1', ['a', 'b', 'c']), record('r1', ['a', 'b', 'c'])])[0]?.records).toEqual(['r1'])
  })

  it('puts larger sets first (drawn first, beneath smaller ones), then more records, then by key', () => {
    const shapes = groupShapes([
      record('small', ['x', 'y', 'z']),
      record('large', ['a', 'b', 'c', 'd', 'e']),
      record('busy-1', ['p', 'q', 'r']),
      record('busy-2', ['p', 'q', 'r']),
      record('also-small', ['m', 'n', 'o']),
    ])
    expect(shapes.map((shape) => shape.key)).toEqual(['a|b|c|d|e', 'p|q|r', 'm|n|o', 'x|y|z'])
    expect(groupShapes([])).toEqual([])
  })
})

describe('hubOf', () => {
  it('is the mean of the positions in Web Mercator: the mean longitude, and a latitude between', () => {
    const [lon, lat] = hubOf([[16, 46], [17, 48], [18, 47]])
    expect(lon).toBeCloseTo(17, 12)
    expect(mercatorY(lat)).toBeCloseTo((mercatorY(46) + mercatorY(48) + mercatorY(47)) / 3, 12)
    expect(lat).not.toBeCloseTo(47, 3) // not the plain mean of latitudes
  })
})

describe('groupStarFeatures', () => {
  const positions: Record<string, Position> = { a: [16, 46], b: [17, 46], c: [16.5, 47], d: [18, 47] }
  const position = (town: string) => positions[town]

  it('draws each shape as straight spokes from the hub to its towns, then the hub, with what the map needs', () => {
    const collection = groupStarFeatures(groupShapes([record('r1', ['a', 'b', 'c']), record('r2', ['c', 'a', 'b'])]), position)
    const hub = hubOf([positions.a, positions.b, positions.c] as Position[])
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { key: 'a|b|c', count: 2, size: 3, part: 'spoke', town: 'a' },
      { key: 'a|b|c', count: 2, size: 3, part: 'spoke', town: 'b' },
      { key: 'a|b|c', count: 2, size: 3, part: 'spoke', town: 'c' },
      { key: 'a|b|c', count: 2, size: 3, part: 'hub' },
    ])
    expect((collection.features[1]?.geometry as LineString).coordinates).toEqual([hub, positions.b])
    expect((collection.features[3]?.geometry as GeoPoint).coordinates).toEqual(hub)
    expect(collection.features.map((feature) => feature.id)).toEqual([0, 1, 2, 3])
  })

  it('keeps the order of the shapes, so larger stars lie beneath smaller ones', () => {
    const shapes = groupShapes([record('small', ['a', 'b', 'c']), record('large', ['a', 'b', 'c', 'd'])])
    const hubs = groupStarFeatures(shapes, position).features.filter((feature) => feature.properties.part === 'hub')
    expect(hubs.map((feature) => feature.properties.size)).toEqual([4, 3])
  })

  it('leaves out towns without a position, and a shape with fewer than two towns placed', () => {
    const shapes = groupShapes([record('r1', ['a', 'b', 'nowhere']), record('r2', ['a', 'gone', 'lost'])])
    const features = groupStarFeatures(shapes, position).features
    expect(features.map((feature) => [feature.properties.key, feature.properties.part, feature.properties.town])).toEqual([
      ['a|b|nowhere', 'spoke', 'a'],
      ['a|b|nowhere', 'spoke', 'b'],
      ['a|b|nowhere', 'hub', undefined],
    ])
    // The hub is the centre of the towns that are placed, and the shape keeps its whole size.
    expect((features[2]?.geometry as GeoPoint).coordinates[0]).toBeCloseTo(16.5, 12)
    expect(features[2]?.properties.size).toBe(3)
  })
})
