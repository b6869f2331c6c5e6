import { describe, expect, it } from 'vitest'
import { labelLeaderLayer, townCircleLayer, townLabelLayer } from '../../src/features/map/town-layers'

describe('town layers', () => {
  it('fade the towns outside the emphasis by a match on the id (each id once), not by a search of a list', () => {
    expect(townCircleLayer(null).paint?.['circle-opacity']).toBe(0.85)
    expect(townCircleLayer(['ptuj', 'lenti', 'ptuj']).paint?.['circle-opacity']).toEqual(['match', ['get', 'id'], ['ptuj', 'lenti'], 0.85, 0.25])
    expect(townLabelLayer(null, ['ptuj']).paint?.['text-color']).toEqual(['match', ['get', 'id'], ['ptuj'], '#1a1a2e', '#8a8a99'])
    expect(labelLeaderLayer(['ptuj']).paint?.['line-opacity']).toEqual(['match', ['get', 'id'], ['ptuj'], 0.7, 0.25])
  })

  it('fade every town when the emphasis is empty (a match needs at least one label)', () => {
    expect(townCircleLayer([]).paint?.['circle-opacity']).toBe(0.25)
    expect(townLabelLayer(null, []).paint?.['text-color']).toBe('#8a8a99')
  })

  it('draw and place in the source order, with no data-driven sort key (one draw call per tile, not one per population)', () => {
    expect(townCircleLayer(null).layout).toBeUndefined()
    expect(townLabelLayer(null, null).layout).toMatchObject({ 'symbol-z-order': 'source' })
    expect(townLabelLayer(null, null).layout).not.toHaveProperty('symbol-sort-key')
  })
})
