import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { checkReferences } from '../domain/check-references'
import type { DataIssue } from '../domain/data-issue'
import type { Dataset } from '../domain/dataset'
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

/** Joins the five files once all have settled, and runs the cross-file checks data:check runs too. */
export function combineDataset(results: Results): DatasetState {
  if (results.some((result) => result.isPending)) return { status: 'loading' }
  const [towns, organisations, projects, activities, links] = results
  const loadErrors = results.flatMap((result): LoadError[] => {
    if (!result.error) return []
    const { error } = result
    return [error instanceof DataFileError ? { file: error.file, message: error.reason } : { file: '', message: error.message }]
  })
  const dataset: Dataset = {
    towns: towns.data?.records ?? [],
    organisations: organisations.data?.records ?? [],
    projects: projects.data?.records ?? [],
    activities: activities.data?.records ?? [],
    links: links.data?.records ?? [],
  }
  const structural = results.flatMap((result) => result.data?.issues ?? [])
  // With a file missing, every reference to it would be reported: its load error says it once.
  const [townIds, organisationIds, projectIds] = [towns, organisations, projects].map((result) => result.data?.rejectedIds ?? [])
  const rejected = { towns: townIds, organisations: organisationIds, projects: projectIds }
  const references = loadErrors.length === 0 ? checkReferences(dataset, rejected) : []
  return { status: 'ready', dataset, issues: [...structural, ...references], loadErrors }
}

/** All files of data/, each through its own query. */
export function useDataset(): DatasetState {
  return useQueries({
    queries: [townsQuery, organisationsQuery, projectsQuery, activitiesQuery, linksQuery],
    combine: combineDataset as (results: unknown) => DatasetState,
  })
}
