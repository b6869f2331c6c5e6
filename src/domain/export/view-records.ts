import { filterActivities } from '../activities/activity-filter'
import type { Activity } from '../activity-schema'
import type { Dataset } from '../dataset'
import { originalLanguages, type Language } from '../localized-text'
import { buildNetwork, type Network } from '../network/build-network'
import { networkRecords, type ExportEdge } from '../network/export-network'
import { withKnownProject, type NetworkFilter } from '../network/network-filter'
import type { Country } from '../town-schema'

/**
 * What the current filter shows, as plain records for a spreadsheet or a GIS: the towns of the filter
 * with their figures, every tie with the ids, kinds and dates of its records, and the activities.
 */

export interface TownRecord {
  id: string
  name: string
  name_sl: string
  name_de: string
  name_hu: string
  name_en: string
  country: Country
  region: string
  population: number
  population_year: number
  lon: number
  lat: number
  /** The number of records (distinct facts) the town takes part in. */
  strength: number
  /** Towns it shares a direct tie with (a record naming just the two). */
  direct_partners: number
  /** Towns it shares a direct or group tie with. */
  partners: number
  /** Records of 3 to 8 towns it belongs to. */
  groups: number
  /** Records of more than 8 towns it belongs to. */
  network_wide: number
  /** The year of its first dated record in the filter; null when none is dated. */
  first_year: number | null
  betweenness: number
  community: number
}

export interface TieRecord extends ExportEdge {
  source_name: string
  target_name: string
}

export interface ActivityRecord {
  id: string
  /** The title in the reader's language, then in each language, and the language(s) of the source's own words. */
  title: string
  title_sl: string
  title_de: string
  title_hu: string
  title_en: string
  title_original: string
  kind: string
  start: string
  end: string
  date_inferred: boolean
  host_town: string
  /** The towns the record names; "all-24" when the source says all 24 towns took part. */
  towns: string[]
  project: string
  confidence: string
  sources: string[]
}

export interface ViewRecords {
  towns: TownRecord[]
  ties: TieRecord[]
  activities: ActivityRecord[]
}

/** The activity as a flat record, its title in the reader's language first. */
export function activityRecord(activity: Activity, language: Language): ActivityRecord {
  return {
    id: activity.id,
    title: activity.title[language],
    title_sl: activity.title.sl,
    title_de: activity.title.de,
    title_hu: activity.title.hu,
    title_en: activity.title.en,
    title_original: originalLanguages(activity.title).join(','),
    kind: activity.kind,
    start: activity.start ?? '',
    end: activity.end ?? '',
    date_inferred: activity.dateInferred ?? false,
    host_town: activity.hostTown ?? '',
    towns: [...activity.towns],
    project: activity.project ?? '',
    confidence: activity.confidence,
    sources: [...activity.sources],
  }
}

/**
 * The records of a view: the towns the filter chooses (with a country filter, those of its countries;
 * their partners abroad appear as the other end of a tie), every tie of the filter's network, and the
 * filter's activities, in the order given.
 */
export function viewRecords(dataset: Dataset, network: Network, activities: readonly Activity[], language: Language): ViewRecords {
  const { nodes, edges } = networkRecords(network)
  const figures = new Map(nodes.map((node) => [node.id, node]))
  const count = (records: Network['groups'], town: string) => records.filter((record) => record.towns.includes(town)).length
  const chosen = (id: string) => network.graph.hasNode(id) && network.graph.getNodeAttribute(id, 'chosen')
  const towns = dataset.towns.filter((town) => chosen(town.id)).map((town): TownRecord => {
    const node = figures.get(town.id)
    return {
      id: town.id,
      name: town.names.official,
      name_sl: town.names.sl,
      name_de: town.names.de,
      name_hu: town.names.hu,
      name_en: town.names.en,
      country: town.country,
      region: town.region,
      population: town.population.value,
      population_year: town.population.year,
      lon: town.lon,
      lat: town.lat,
      strength: node?.strength ?? 0,
      direct_partners: node?.directPartners ?? 0,
      partners: node?.partners ?? 0,
      groups: count(network.groups, town.id),
      network_wide: count(network.networkWide, town.id),
      first_year: node?.firstYear ? node.firstYear : null,
      betweenness: node?.betweenness ?? 0,
      community: node?.community ?? -1,
    }
  })
  const official = new Map(dataset.towns.map((town) => [town.id, town.names.official]))
  const ties = edges.map((edge): TieRecord => ({
    ...edge,
    source_name: official.get(edge.source) ?? edge.source,
    target_name: official.get(edge.target) ?? edge.target,
  }))
  return { towns, ties, activities: activities.map((activity) => activityRecord(activity, language)) }
}

/** The records of the view a filter gives (as the URL has it: a project the data does not know narrows nothing). */
export function recordsOfView(dataset: Dataset, filter: NetworkFilter, language: Language): ViewRecords {
  const known = withKnownProject(filter, dataset.projects)
  const network = buildNetwork(dataset, { filter: known })
  return viewRecords(dataset, network, filterActivities(dataset.activities, known, dataset.towns), language)
}
