import { useQueries, type QueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { DataIssue } from '../domain/data-issue'
import type { DataFileKey, Dataset } from '../domain/dataset'
import { assembleDataset } from '../domain/validate-dataset'
import { isolateDataText } from '../domain/bidi-isolation'
import type { ParsedRecords } from '../domain/parse-records'
import { DataFileError } from './load-data-file'
import { activitiesQuery, linksQuery, organisationsQuery, projectsQuery, townsQuery } from './data-queries'

/** A file that could not be used at all: not fetched, or not JSON. */
export interface LoadError {
  file: string
  message: string
}

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset; issues: DataIssue[]; loadErrors: LoadError[] }

type Results = [
  UseQueryResult<ParsedRecords<Dataset['towns'][number]>>,
  UseQueryResult<ParsedRecords<Dataset['organisations'][number]>>,
  UseQueryResult<ParsedRecords<Dataset['projects'][number]>>,
  UseQueryResult<ParsedRecords<Dataset['activities'][number]>>,
  UseQueryResult<ParsedRecords<Dataset['links'][number]>>,
]

/** The files in the order of the queries below. */
const FILE_KEYS: readonly DataFileKey[] = ['towns', 'organisations', 'projects', 'activities', 'links']

/** Joins the five files once all have settled, and runs the cross-file checks data:check runs too. */
export function combineDataset(results: Results): DatasetState {
  if (results.some((result) => result.isPending)) return { status: 'loading' }
  const [towns, organisations, projects, activities, links] = results
  const loadErrors = results.flatMap((result): LoadError[] => {
    if (!result.error) return []
    const { error } = result
    return [error instanceof DataFileError ? { file: error.file, message: error.reason } : { file: '', message: error.message }]
  })
  const unreadable = new Set(FILE_KEYS.filter((_key, index) => results[index]?.error))
  const { dataset, issues } = assembleDataset(
    { towns: towns.data, organisations: organisations.data, projects: projects.data, activities: activities.data, links: links.data },
    unreadable,
  )
  // Text from the data is isolated where it could reorder the words around it (a right-to-left override).
  return { status: 'ready', dataset: isolateDataText(dataset), issues, loadErrors }
}

/** Starts fetching every file of data/ before anything renders; useDataset then finds them under way or done. */
export function prefetchDataset(client: QueryClient): void {
  void client.prefetchQuery(townsQuery)
  void client.prefetchQuery(organisationsQuery)
  void client.prefetchQuery(projectsQuery)
  void client.prefetchQuery(activitiesQuery)
  void client.prefetchQuery(linksQuery)
}

/** All files of data/, each through its own query. */
export function useDataset(): DatasetState {
  return useQueries({
    queries: [townsQuery, organisationsQuery, projectsQuery, activitiesQuery, linksQuery],
    combine: combineDataset as (results: unknown) => DatasetState,
  })
}
