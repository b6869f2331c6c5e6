import { queryOptions } from '@tanstack/react-query'
import activitiesUrl from '../../data/activities.json?url'
import townsUrl from '../../data/cities.geojson?url'
import linksUrl from '../../data/links.json?url'
import organisationsUrl from '../../data/organisations.json?url'
import projectsUrl from '../../data/projects.json?url'
import tourUrl from '../../data/tour.json?url'
import {
  DATA_FILES,
  type DataFileKey,
  parseActivitiesFile,
  parseLinksFile,
  parseOrganisationsFile,
  parseProjectsFile,
  parseTownsFile,
} from '../domain/dataset'
import { loadDataFile } from './load-data-file'

/** Where the build serves each file of data/ (a hashed address). */
export const DATA_URLS: Record<DataFileKey, string> = {
  towns: townsUrl,
  organisations: organisationsUrl,
  projects: projectsUrl,
  activities: activitiesUrl,
  links: linksUrl,
}

/** One queryOptions factory per file in data/: the key and the loader never drift apart. */
export const townsQuery = queryOptions({
  queryKey: ['data', 'towns'],
  queryFn: ({ signal }) => loadDataFile(DATA_FILES.towns, townsUrl, parseTownsFile, signal),
  staleTime: Infinity,
})

export const organisationsQuery = queryOptions({
  queryKey: ['data', 'organisations'],
  queryFn: ({ signal }) => loadDataFile(DATA_FILES.organisations, organisationsUrl, parseOrganisationsFile, signal),
  staleTime: Infinity,
})

export const projectsQuery = queryOptions({
  queryKey: ['data', 'projects'],
  queryFn: ({ signal }) => loadDataFile(DATA_FILES.projects, projectsUrl, parseProjectsFile, signal),
  staleTime: Infinity,
})

export const activitiesQuery = queryOptions({
  queryKey: ['data', 'activities'],
  queryFn: ({ signal }) => loadDataFile(DATA_FILES.activities, activitiesUrl, parseActivitiesFile, signal),
  staleTime: Infinity,
})

export const linksQuery = queryOptions({
  queryKey: ['data', 'links'],
  queryFn: ({ signal }) => loadDataFile(DATA_FILES.links, linksUrl, parseLinksFile, signal),
  staleTime: Infinity,
})

/** data/tour.json as it is (the presentation checks it against the dataset): fetched only when a tour is shown. */
export const tourQuery = queryOptions({
  queryKey: ['data', 'tour'],
  queryFn: ({ signal }) => loadDataFile('data/tour.json', tourUrl, (raw) => raw, signal),
  staleTime: Infinity,
})
