import { queryOptions } from '@tanstack/react-query'
import type { FeatureCollection, Geometry } from 'geojson'

/** The shipped basemap (public/basemap, built by `npm run basemap`) as the simpler SVG map draws it. */
export interface Basemap {
  countries: FeatureCollection<Geometry, { iso?: string }>
  borders: FeatureCollection
  coast: FeatureCollection
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }

async function loadLayer<T extends FeatureCollection>(name: string, signal: AbortSignal): Promise<T> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}basemap/${name}.geojson`, { signal })
    if (!response.ok) return EMPTY as T
    return (await response.json()) as T
  } catch {
    // The towns and ties matter more than the land under them: without it the map is drawn on the sea's colour.
    return EMPTY as T
  }
}

export const basemapQuery = queryOptions({
  queryKey: ['basemap', 'geojson'],
  queryFn: async ({ signal }): Promise<Basemap> => {
    const [countries, borders, coast] = await Promise.all([
      loadLayer<Basemap['countries']>('countries', signal),
      loadLayer('borders', signal),
      loadLayer('coast', signal),
    ])
    return { countries, borders, coast }
  },
  staleTime: Infinity,
})
