import { queryOptions } from '@tanstack/react-query'
import { DATA_FILES, type DataFileKey, type RawDataset } from '../domain/dataset'
import { DATA_URLS } from './data-queries'
import { loadDataFile } from './load-data-file'

const KEYS = Object.keys(DATA_FILES) as DataFileKey[]

/**
 * The files of data/ as they are, unparsed (the shape a keeper edits): the base a preview merges a dropped
 * file into. Fetched only when a preview starts (the browser has them cached from the first load).
 */
export const rawDatasetQuery = queryOptions({
  queryKey: ['data', 'raw'],
  queryFn: async ({ signal }): Promise<RawDataset> => {
    const files = await Promise.all(KEYS.map((key) => loadDataFile(DATA_FILES[key], DATA_URLS[key], (raw) => raw, signal)))
    return Object.fromEntries(KEYS.map((key, index) => [key, files[index]])) as RawDataset
  },
  staleTime: Infinity,
})
