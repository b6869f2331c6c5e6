import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { tourQuery } from '../../data-loading/data-queries'
import type { DataIssue } from '../../domain/data-issue'
import type { Dataset } from '../../domain/dataset'
import { networkCounts, type NetworkCounts } from '../../domain/network/network-counts'
import { parseTour, type Tour } from '../../url-state/tour-schema'

export type TourState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; tour: Tour; issues: DataIssue[]; figures: NetworkCounts }

/** data/tour.json, checked against the dataset, with the figures its steps may name. */
export function useTour(dataset: Dataset | null, enabled = true): TourState {
  const query = useQuery({ ...tourQuery, enabled: enabled && dataset !== null })
  return useMemo((): TourState => {
    if (query.error) return { status: 'failed', message: query.error.message }
    if (dataset === null || query.data === undefined) return { status: 'loading' }
    const { tour, issues } = parseTour(query.data, dataset, null)
    return { status: 'ready', tour, issues, figures: networkCounts(dataset) }
  }, [query.data, query.error, dataset])
}
