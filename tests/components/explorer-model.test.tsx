import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useExplorerModel } from '../../src/app/use-explorer-model'
import { DEFAULT_VIEW, type View } from '../../src/url-state/view-url'
import { loadFixtureDataset } from '../real-data'

describe('useExplorerModel', () => {
  it('builds the network once per filter: a move of the map (a new address, the same filter) reuses it', () => {
    const dataset = loadFixtureDataset()
    const view: View = { ...DEFAULT_VIEW, filter: { ...DEFAULT_VIEW.filter, countries: ['SI'] } }
    const { result, rerender } = renderHook(({ current }) => useExplorerModel(dataset, current, null), { initialProps: { current: view } })
    const first = result.current.network
    rerender({ current: { ...view, filter: { ...view.filter }, camera: { lon: 16, lat: 46.6, zoom: 9 } } })
    expect(result.current.network).toBe(first)
    rerender({ current: { ...view, filter: { ...view.filter, countries: ['AT'] } } })
    expect(result.current.network).not.toBe(first)
  })
})
