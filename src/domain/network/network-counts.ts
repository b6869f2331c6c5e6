import type { Dataset } from '../dataset'
import { buildNetwork } from './build-network'

/** The network in a few figures, each one counted from the records (the figures a tour may name). */
export interface NetworkCounts {
  towns: number
  /** Pairs of towns a record names alone. */
  directTies: number
  /** Pairs that share a record of 3 to 8 towns, none of just the two. */
  groupTies: number
  /** Pairs that share only records of more than 8 towns. */
  networkTies: number
  activities: number
  /** Funded and related projects; an umbrella record describes others and is not counted. */
  projects: number
  /** Bilateral links (agreements, twinnings, joint projects of two towns). */
  links: number
}

export function networkCounts(dataset: Dataset): NetworkCounts {
  const ties = { direct: 0, group: 0, network: 0 }
  buildNetwork(dataset).graph.forEachEdge((_edge, attributes) => {
    ties[attributes.tie] += 1
  })
  return {
    towns: dataset.towns.length,
    directTies: ties.direct,
    groupTies: ties.group,
    networkTies: ties.network,
    activities: dataset.activities.length,
    projects: dataset.projects.filter((project) => project.role !== 'umbrella').length,
    links: dataset.links.length,
  }
}
