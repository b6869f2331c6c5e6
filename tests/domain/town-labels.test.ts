// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { boxCircleDistance, overlapArea } from '../../src/domain/label-placement'
import { buildNetwork } from '../../src/domain/network/build-network'
import { groupShapes, groupStarFeatures } from '../../src/domain/network/group-shapes'
import { linkLines } from '../../src/domain/network/link-geometry'
import { NO_FILTER } from '../../src/domain/network/network-filter'
import { LABEL_SIZE_STOPS, labelSizeAt, obstacleBox, OBSTACLE_PAD, placeTownLabels, PRECISE_LABEL_LIMIT, townsToPlace } from '../../src/domain/town-labels'
import { firstViewPadding, fitView, projectToView, radiusRangeFor, townBounds, townSymbols } from '../../src/domain/town-symbols'
import { loadFixtureDataset } from '../real-data'
import { notoSansMeasure } from './font-metrics'

describe('labelSizeAt', () => {
  it('follows the map\'s text-size stops, linear between them and flat beyond', () => {
    expect(LABEL_SIZE_STOPS).toEqual([[6, 10], [9, 12.5], [12, 15]])
    expect(labelSizeAt(5)).toBe(10)
    expect(labelSizeAt(7.5)).toBeCloseTo(11.25, 12)
    expect(labelSizeAt(10.5)).toBeCloseTo(13.75, 12)
    expect(labelSizeAt(14)).toBe(15)
  })
})

describe('obstacleBox', () => {
  it('is the bounding box of the points, OBSTACLE_PAD pixels wider on every side', () => {
    expect(OBSTACLE_PAD).toBe(5)
    expect(obstacleBox([[10, 20], [30, 5], [25, 40]])).toEqual({ x0: 5, y0: 0, x1: 35, y1: 45 })
    expect(obstacleBox([[10, 20]], 2)).toEqual({ x0: 8, y0: 18, x1: 12, y1: 22 })
  })
})

describe('placeTownLabels', () => {
  it('measures each label with its halo, a line high, and leads to one placed farther than half a line', () => {
    const towns = [{ id: 'a', label: 'Aaaa', x: 100, y: 100, radius: 6 }]
    const [near] = placeTownLabels(towns, 10, (text) => text.length * 5, { x0: 0, y0: 0, x1: 400, y1: 300 })
    expect(near).toMatchObject({ anchor: 'left', gap: 3, leader: null })
    expect(near?.box).toEqual({ x0: 109, y0: 94, x1: 109 + 20 + 3.2, y1: 106 })
    // Everything within 40 px covered: the label moves out by lines of text (13, 23, 33, 43 px) and gets a leader.
    const [far] = placeTownLabels(towns, 10, (text) => text.length * 5, { x0: 0, y0: 0, x1: 400, y1: 300 }, [{ x0: 60, y0: 60, x1: 140, y1: 140 }])
    expect(far?.gap).toBe(43)
    expect(far?.leader).not.toBeNull()
  })
})

describe('townsToPlace', () => {
  const view = { x0: 0, y0: 0, x1: 1000, y1: 1000 }
  const town = (index: number, x: number, population?: number) => ({ id: `t${index}`, label: `T${index}`, x, y: 500, radius: 4 + (index % 7), population })

  it('places every town up to PRECISE_LABEL_LIMIT, in view or not', () => {
    const towns = Array.from({ length: PRECISE_LABEL_LIMIT }, (_, index) => town(index, index % 2 === 0 ? 500 : 2000))
    expect(townsToPlace(towns, view)).toBe(towns)
  })

  it('beyond it, only the most populous towns in view (the first on a tie), in their order', () => {
    const towns = [town(0, 100, 10), town(1, 2000, 99), town(2, 200, 30), town(3, 300, 20), town(4, 400, 30)]
    expect(townsToPlace(towns, view, 3).map(({ id }) => id)).toEqual(['t2', 't3', 't4'])
    expect(townsToPlace(towns, view, 4).map(({ id }) => id)).toEqual(['t0', 't2', 't3', 't4']) // all four in view
    // Without a population the larger circle comes first.
    expect(townsToPlace(towns.map(({ population: _, ...rest }) => rest), view, 2).map(({ id }) => id)).toEqual(['t3', 't4'])
  })

  it('so that placeTownLabels places PRECISE_LABEL_LIMIT labels of 10,000 towns, and leaves the rest to collision', () => {
    const towns = Array.from({ length: 10_000 }, (_, index) => ({ ...town(index, (index * 7919) % 1200, index), y: (index * 104729) % 900 }))
    const placed = placeTownLabels(towns, 12, (text) => text.length * 7, view)
    expect(placed).toHaveLength(PRECISE_LABEL_LIMIT)
    expect(new Set(placed.map(({ id }) => id))).toEqual(new Set(townsToPlace(towns, view).map(({ id }) => id)))
  })
})

describe('the labels of the 24 towns in the first view', () => {
  const dataset = loadFixtureDataset()
  const measure = notoSansMeasure()
  const network = buildNetwork(dataset, { filter: NO_FILTER })
  const positions = new Map(dataset.towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]]))
  const loops = linkLines(network.graph, (id) => positions.get(id)).features.filter((feature) => feature.properties.loop)
  const hubs = groupStarFeatures(groupShapes(network.groups), (id) => positions.get(id)).features.filter((feature) => feature.properties.part === 'hub')

  // The map's size in each window, as the layout gives it (tests/e2e/map.test.mjs checks these in Chromium).
  const screens = [
    { window: [375, 667], map: [375, 518] },
    { window: [375, 740], map: [375, 591] },
    { window: [1280, 800], map: [940, 560] },
    { window: [1920, 1080], map: [1580, 861] },
  ] as const

  /** What the map does at its first view: fit the towns, measure the labels, place them, clear of loops and hubs. */
  function firstView(windowWidth: number, width: number, height: number) {
    const view = fitView(townBounds(dataset.towns), width, height, firstViewPadding(windowWidth))
    const project = ([lon, lat]: readonly number[]) => projectToView(view, lon ?? 0, lat ?? 0)
    const size = labelSizeAt(view.zoom)
    const towns = townSymbols(dataset.towns, radiusRangeFor(windowWidth)).features.map((feature) => {
      const [x, y] = project(feature.geometry.coordinates)
      return { id: feature.properties.id, label: feature.properties.label, x, y, radius: feature.properties.radius }
    })
    const obstacles = [...loops, ...hubs].map((feature) =>
      obstacleBox(feature.geometry.type === 'Point' ? [project(feature.geometry.coordinates)] : feature.geometry.coordinates.map(project)))
    const placements = placeTownLabels(towns, size, (text) => measure(text, size), { x0: 0, y0: 0, x1: width, y1: height }, obstacles)
    return { towns, placements }
  }

  for (const { window: [windowWidth, windowHeight], map: [width, height] } of screens) {
    describe(`at ${windowWidth}x${windowHeight} (a map of ${width}x${height} px)`, () => {
      const { towns, placements } = firstView(windowWidth, width, height)

      it('places all 24 labels, each inside the map and breaking no rule', () => {
        expect(placements).toHaveLength(24)
        for (const { id, box, clear } of placements) {
          expect({ id, clear }).toEqual({ id, clear: true })
          expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height, `${id} in view`).toBe(true)
        }
      })

      it('puts every label nearer to its own circle than to any other town\'s circle', () => {
        for (const { id, box } of placements) {
          const own = towns.find((town) => town.id === id)
          if (!own) throw new Error(id)
          const ownDistance = boxCircleDistance(box, own)
          for (const other of towns.filter((town) => town.id !== id)) {
            expect(boxCircleDistance(box, other), `${id}'s label: ${other.id} is nearer than its own circle`).toBeGreaterThan(ownDistance)
          }
        }
      })

      it('lets no label overlap another label or another town\'s circle', () => {
        for (const { id, box } of placements) {
          for (const other of placements.filter((placement) => placement.id !== id)) {
            expect(overlapArea(box, other.box), `${id} over ${other.id}'s label`).toBe(0)
          }
          for (const town of towns.filter((candidate) => candidate.id !== id)) {
            expect(boxCircleDistance(box, town), `${id} over ${town.id}'s circle`).toBeGreaterThan(0)
          }
        }
      })

      it('labels Murska Sobota beside its own circle, not Lenti\'s', () => {
        const { box } = placements.find((placement) => placement.id === 'murska-sobota') ?? { box: { x0: 0, y0: 0, x1: 0, y1: 0 } }
        const circle = (id: string) => towns.find((town) => town.id === id) ?? { x: 0, y: 0, radius: 0 }
        expect(boxCircleDistance(box, circle('murska-sobota'))).toBeLessThan(boxCircleDistance(box, circle('lenti')))
      })
    })
  }
})
