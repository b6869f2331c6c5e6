import { describe, expect, it } from 'vitest'
import { parseTownsFile } from '../../src/domain/dataset'
import {
  COMPACT_RADIUS_RANGE, firstViewPadding, fitView, inDrawingOrder, populationRadiusScale, projectToView, RADIUS_RANGE, radiusRangeFor, townBounds, townSymbols,
} from '../../src/domain/town-symbols'
import type { Town } from '../../src/domain/town-schema'
import { readFixtureJson } from '../real-data'
import { town } from './sample-dataset'

const withPopulation = (id: string, value: number, lon = 16, lat = 46.5): Town =>
  town(id, { population: { value, year: 2021, unit: 'municipality', source: 'https://example.org' }, lon, lat })

describe('populationRadiusScale', () => {
  it('maps zero to no radius and the largest population to the largest radius', () => {
    const radius = populationRadiusScale(10_000)
    expect(RADIUS_RANGE).toEqual([0, 22])
    expect(radius(0)).toBe(0)
    expect(radius(10_000)).toBe(22)
    expect(radius(2_500)).toBe(11)
    expect(radius(100)).toBeCloseTo(2.2, 10)
  })
})

describe('townSymbols', () => {
  it('makes one point feature per town, with its id, country, official name and population', () => {
    const ptuj = town('ptuj', { lon: 15.87, lat: 46.42, population: { value: 23611, year: 2021, unit: 'municipality', source: 'https://example.org' } })
    expect(townSymbols([ptuj])).toEqual({
      type: 'FeatureCollection',
      features: [{
        type: 'Feature',
        id: 'ptuj',
        geometry: { type: 'Point', coordinates: [15.87, 46.42] },
        properties: { id: 'ptuj', country: 'SI', label: 'Ptuj', population: 23611, radius: 22 },
      }],
    })
  })

  it('gives circles areas in the ratio of the populations', () => {
    const symbols = townSymbols([withPopulation('a', 40_000), withPopulation('b', 10_000), withPopulation('c', 2_500)])
    expect(symbols.features.map((feature) => feature.properties.radius)).toEqual([22, 11, 5.5])
  })

  it('never draws a circle smaller than 4 px', () => {
    const symbols = townSymbols([withPopulation('big', 23_611), withPopulation('tiny', 100), withPopulation('edge', 23_611 * (4 / 22) ** 2 + 1)])
    const [big, tiny, edge] = symbols.features.map((feature) => feature.properties.radius)
    expect(big).toBe(22)
    expect(tiny).toBe(4)
    expect(edge).toBeGreaterThan(4)
  })

  it('keeps area proportional to population for the 24 real towns', () => {
    const { records } = parseTownsFile(readFixtureJson('cities.geojson'))
    const features = townSymbols(records).features
    expect(features).toHaveLength(24)
    const largest = features.reduce((a, b) => (a.properties.population >= b.properties.population ? a : b))
    expect(largest.properties.radius).toBe(22)
    const aboveMinimum = features.filter((feature) => feature.properties.radius > 4)
    expect(aboveMinimum.length).toBeGreaterThan(20)
    for (const feature of aboveMinimum) {
      const areaRatio = feature.properties.radius ** 2 / largest.properties.radius ** 2
      expect(areaRatio).toBeCloseTo(feature.properties.population / largest.properties.population, 10)
    }
  })

  it('makes an empty collection of no towns', () => {
    expect(townSymbols([])).toEqual({ type: 'FeatureCollection', features: [] })
  })
})

describe('townBounds', () => {
  it('spans from the most south-western to the most north-eastern town', () => {
    const towns = [
      withPopulation('ptuj', 1, 15.87, 46.42),
      withPopulation('hartberg', 1, 15.97, 47.28),
      withPopulation('vasvar', 1, 16.8, 47.05),
      withPopulation('lendava', 1, 16.45, 46.56),
    ]
    expect(townBounds(towns)).toEqual([[15.87, 46.42], [16.8, 47.28]])
  })

  it('is a point for one town and the origin for none', () => {
    expect(townBounds([withPopulation('ptuj', 1, 15.87, 46.42)])).toEqual([[15.87, 46.42], [15.87, 46.42]])
    expect(townBounds([])).toEqual([[0, 0], [0, 0]])
  })
})

describe('radiusRangeFor', () => {
  it('draws smaller circles on a phone-wide window, so that neighbouring towns keep room for their labels', () => {
    expect(radiusRangeFor(375)).toEqual(COMPACT_RADIUS_RANGE)
    expect(radiusRangeFor(599)).toEqual(COMPACT_RADIUS_RANGE)
    expect(radiusRangeFor(600)).toEqual(RADIUS_RANGE)
    expect(COMPACT_RADIUS_RANGE[1]).toBeLessThan(RADIUS_RANGE[1])
    const big = townSymbols([withPopulation('a', 40_000), withPopulation('b', 10_000)], COMPACT_RADIUS_RANGE).features
    expect(big.map((feature) => feature.properties.radius)).toEqual([15, 7.5])
  })
})

describe('firstViewPadding', () => {
  it('keeps 60 px around the towns (36 on a phone) and 16 more at the bottom for scale and attribution', () => {
    expect(firstViewPadding(1280)).toEqual({ top: 60, right: 60, bottom: 76, left: 60 })
    expect(firstViewPadding(375)).toEqual({ top: 36, right: 36, bottom: 52, left: 36 })
  })
})

describe('fitView and projectToView', () => {
  // The 24 towns' bounds; the expected zoom and centre are what MapLibre's fitBounds gave in Chromium
  // for the first view (the map's data-zoom and data-center at 1280x800 and 375x667).
  const bounds: [[number, number], [number, number]] = [[15.61667, 46.41139], [16.79954, 47.43333]]

  it('fits the bounds into the padded map as MapLibre does', () => {
    const desktop = fitView(bounds, 940, 560, firstViewPadding(1280))
    expect(desktop.zoom).toBeCloseTo(7.6383, 3)
    expect(desktop.center[0]).toBeCloseTo(16.2081, 4)
    expect(desktop.center[1]).toBeCloseTo(46.90551, 4)
    const phone = fitView(bounds, 375, 387, firstViewPadding(375))
    expect(phone.zoom).toBeCloseTo(7.1344, 3)
    expect(phone.center[1]).toBeCloseTo(46.89745, 4)
  })

  it('puts the bounds inside the padded area, touching it on the tighter side', () => {
    const view = fitView(bounds, 940, 560, firstViewPadding(1280))
    const [x0, y1] = projectToView(view, bounds[0][0], bounds[0][1])
    const [x1, y0] = projectToView(view, bounds[1][0], bounds[1][1])
    expect(y0).toBeCloseTo(60, 6)
    expect(y1).toBeCloseTo(560 - 76, 6)
    expect((x0 + x1) / 2).toBeCloseTo(470, 6)
    expect(x0).toBeGreaterThan(60)
  })

  it('never zooms in past the limit', () => {
    expect(fitView([[16, 46.5], [16.001, 46.501]], 940, 560, firstViewPadding(1280), 10).zoom).toBe(10)
  })
})

describe('inDrawingOrder', () => {
  it('puts the most populous town first (drawn below), equal populations by id, and leaves the input as it was', () => {
    const symbols = townSymbols([withPopulation('b', 500), withPopulation('big', 9000), withPopulation('a', 500), withPopulation('small', 10)])
    const ordered = inDrawingOrder(symbols)
    expect(ordered.features.map((feature) => feature.properties.id)).toEqual(['big', 'a', 'b', 'small'])
    expect(symbols.features.map((feature) => feature.properties.id)).toEqual(['b', 'big', 'a', 'small'])
    expect(ordered.features[0]).toBe(symbols.features[1])
  })
})
