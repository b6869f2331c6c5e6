import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { rawDatasetQuery } from '../../data-loading/raw-dataset-query'
import type { DatasetState } from '../../data-loading/use-dataset'
import { isolateDataText } from '../../domain/bidi-isolation'
import type { RawDataset } from '../../domain/dataset'
import type { DataPreview } from '../../domain/preview/preview-data'
import type { PreviewInput } from '../../domain/preview/preview-file'

export interface DataPreviewState {
  /** The data with the chosen files merged in; null when no preview is shown. */
  preview: DataPreview | null
  /** The names of the files being read, or of the files previewed. */
  names: string[]
  /** What went wrong reading the files or data/ (a preview then shows the message instead of data). */
  error: string | null
  reading: boolean
  /** A preview is shown, being read, or failed: its bar is up. */
  active: boolean
  /** Adds files to the preview (a file of the same name replaces the one before). */
  open: (files: readonly File[]) => void
  end: () => void
}

/**
 * A preview of dropped or chosen data files: read in this browser (nothing is sent anywhere), merged into
 * the files of data/ by id and validated as the app validates data/. Kept in memory only: a reload ends it.
 */
export function useDataPreview(): DataPreviewState {
  const queryClient = useQueryClient()
  const [inputs, setInputs] = useState<readonly PreviewInput[]>([])
  const [base, setBase] = useState<RawDataset | null>(null)
  const [reading, setReading] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  // The code that reads and merges files (CSV sheets included) loads with the first preview, not with the page.
  const [merge, setMerge] = useState<{ previewData: typeof import('../../domain/preview/preview-data').previewData } | null>(null)

  const open = useCallback((files: readonly File[]) => {
    if (files.length === 0) return
    const names = files.map((file) => file.name)
    setReading(names)
    setError(null)
    Promise.all([queryClient.fetchQuery(rawDatasetQuery), Promise.all(files.map((file) => file.text())), import('../../domain/preview/preview-data')]).then(
      ([raw, texts, module]) => {
        setMerge({ previewData: module.previewData })
        setBase(raw)
        setInputs((before) => [
          ...before.filter((input) => !names.includes(input.name)),
          ...texts.map((text, index) => ({ name: names[index] ?? '', text })),
        ])
        setReading(null)
      },
      (reason: unknown) => {
        setError(reason instanceof Error ? reason.message : String(reason))
        setReading(null)
      },
    )
  }, [queryClient])

  const end = useCallback(() => {
    setInputs([])
    setReading(null)
    setError(null)
  }, [])

  // The records shown go through what the loader does to data/ after validation (useDataset's combineDataset).
  const preview = useMemo(() => {
    if (base === null || merge === null || inputs.length === 0) return null
    const previewed = merge.previewData(base, inputs)
    return { ...previewed, dataset: isolateDataText(previewed.dataset) }
  }, [base, merge, inputs])
  const names = reading ?? inputs.map((input) => input.name)
  return { preview, names, error, reading: reading !== null, active: preview !== null || error !== null || reading !== null, open, end }
}

/** The loaded data, or the preview's in its place: what the map, the lists and the search show. */
export function withPreview(state: DatasetState, preview: DataPreview | null): DatasetState {
  if (state.status !== 'ready' || preview === null) return state
  return { ...state, dataset: preview.dataset, issues: preview.knownIssues }
}
