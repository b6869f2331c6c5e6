import { describe, expect, it } from 'vitest'
import { activityMarkFeatures, markOffset, marksByActivity, MARKS_PER_ROW } from '../../../src/domain/activities/activity-mark-layout'
import { activity } from './make-activity'

describe('markOffset', () => {
  it('puts six marks in a row of 12 px boxes 1 px apart', () => {
    expect(MARKS_PER_ROW).toBe(6)
  })

  it('centres a single mark 2 px under the circle', () => {
    // radius 10: the box starts at 12 px, its centre at 18 px.
    expect(markOffset(0, 1, 10)).toEqual([0, 18])
  })

  it('centres a row of three around the town', () => {
    expect([0, 1, 2].map((index) => markOffset(index, 3, 5))).toEqual([[-13, 13], [0, 13], [13, 13]])
  })

  it('wraps after six marks and centres the shorter last row', () => {
    expect(markOffset(0, 8, 0)).toEqual([-32.5, 8])
    expect(markOffset(5, 8, 0)).toEqual([32.5, 8])
    expect(markOffset(6, 8, 0)).toEqual([-6.5, 21])
    expect(markOffset(7, 8, 0)).toEqual([6.5, 21])
  })

  it('never puts two marks of a town on one spot, however many', () => {
    const offsets = Array.from({ length: 2000 }, (_, index) => markOffset(index, 2000, 7).join(','))
    expect(new Set(offsets).size).toBe(2000)
  })
})

describe('activityMarkFeatures', () => {
  const positions = new Map<string, [number, number]>([['ptuj', [15.87, 46.42]], ['lenti', [16.54, 46.62]]])
  const groups = [
    { town: 'ptuj', activities: [activity('a', { kind: 'signing' }), activity('b', { kind: 'festival' })] },
    { town: 'lenti', activities: [activity('b', { kind: 'festival' }), activity('c', { kind: 'voucher' })] },
    { town: 'nowhere', activities: [activity('d')] },
  ]
  const marks = activityMarkFeatures(groups, (town) => positions.get(town), (town) => (town === 'ptuj' ? 10 : 4))

  it('makes one mark per activity and town, at the town, with its category and offset', () => {
    expect(marks.features.map((mark) => [mark.id, mark.properties.activity, mark.properties.category, mark.geometry.coordinates])).toEqual([
      [1, 'a', 'agreement', [15.87, 46.42]],
      [2, 'b', 'event', [15.87, 46.42]],
      [3, 'b', 'event', [16.54, 46.62]],
      [4, 'c', 'product', [16.54, 46.62]],
    ])
    expect(marks.features[0]?.properties.offset).toEqual([-6.5, 18])
    expect(marks.features[3]?.properties.offset).toEqual([6.5, 12])
  })

  it('leaves out towns without a position', () => {
    expect(marks.features.some((mark) => mark.properties.activity === 'd')).toBe(false)
  })

  it('finds every mark of an activity', () => {
    expect(marksByActivity(marks)).toEqual(new Map([['a', [1]], ['b', [2, 3]], ['c', [4]]]))
  })

  it('lays out 50,000 activities in well under a second', () => {
    const many = Array.from({ length: 50_000 }, (_, index) => activity(`x${index}`))
    const start = performance.now()
    const big = activityMarkFeatures([{ town: 'ptuj', activities: many }], (town) => positions.get(town), () => 8)
    expect(big.features).toHaveLength(50_000)
    expect(marksByActivity(big).size).toBe(50_000)
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
