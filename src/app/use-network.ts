import { useMemo } from 'react'
import type { Dataset } from '../domain/dataset'
import { buildNetwork } from '../domain/network/build-network'
import { indexEvidence } from '../domain/network/evidence-details'
import { groupShapes, groupStarFeatures } from '../domain/network/group-shapes'
import { linkLines } from '../domain/network/link-geometry'
import { networkFigures } from '../domain/network/network-metrics'
import { townProfile } from '../domain/network/town-profile'
import type { NetworkFilter } from '../domain/network/network-filter'

const EMPTY = { type: 'FeatureCollection' as const, features: [] }

/**
 * The network of the current filter and everything derived from it, each computed once per change.
 * `analysis`: betweenness and communities too, for the Network tab only (the costly part of the figures).
 */
export function useNetwork(dataset: Dataset, filter: NetworkFilter, groupLines: boolean, selectedTownId: string | null, analysis = false) {
  const network = useMemo(() => buildNetwork(dataset, { filter }), [dataset, filter])
  const figures = useMemo(() => networkFigures(network.graph, { analysis }), [network, analysis])
  const index = useMemo(() => indexEvidence(dataset), [dataset])
  const positions = useMemo(() => new Map(dataset.towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]])), [dataset])
  // Direct ties as lines; group records as one star each, or (for analysts) as lines between their pairs.
  const links = useMemo(
    () => linkLines(network.graph, (id) => positions.get(id), groupLines ? ['direct', 'group'] : ['direct']),
    [network, positions, groupLines],
  )
  const groups = useMemo(() => groupShapes(network.groups), [network])
  const groupFeatures = useMemo(() => (groupLines ? EMPTY : groupStarFeatures(groups, (id) => positions.get(id))), [groups, positions, groupLines])
  const profile = useMemo(
    () => (selectedTownId === null ? null : townProfile(selectedTownId, dataset, network, figures, index)),
    [selectedTownId, dataset, network, figures, index],
  )
  return { network, figures, index, links, groups, groupFeatures, profile }
}
