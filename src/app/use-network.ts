import { useMemo } from 'react'
import type { Dataset } from '../domain/dataset'
import { buildNetwork, withTownEdges } from '../domain/network/build-network'
import { indexEvidence } from '../domain/network/evidence-details'
import { linkLines } from '../domain/network/link-geometry'
import { networkFigures } from '../domain/network/network-metrics'
import { townProfile } from '../domain/network/town-profile'
import type { FilterState } from '../url-state/filter-params'

/** The network of the current filter and everything derived from it, each computed once per change. */
export function useNetwork(dataset: Dataset, filterState: FilterState, selectedTownId: string | null) {
  const { filter, sharedLines } = filterState
  const network = useMemo(() => buildNetwork(dataset, { filter, sharedAsLines: sharedLines }), [dataset, filter, sharedLines])
  const figures = useMemo(() => networkFigures(network.graph), [network])
  // The mayor's view counts the shared layer too: a town whose cooperation is recorded only network-wide
  // still has partners, marked as such.
  const complete = useMemo(
    () => (sharedLines ? network : buildNetwork(dataset, { filter, sharedAsLines: true })),
    [dataset, filter, sharedLines, network],
  )
  const index = useMemo(() => indexEvidence(dataset), [dataset])
  const positions = useMemo(() => new Map(dataset.towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]])), [dataset])
  // A selected town shows all its links, the shared ones too.
  const linkGraph = useMemo(
    () => (selectedTownId === null ? network.graph : withTownEdges(network.graph, complete.graph, selectedTownId)),
    [network, complete, selectedTownId],
  )
  const links = useMemo(() => linkLines(linkGraph, (id) => positions.get(id)), [linkGraph, positions])
  const profile = useMemo(
    // Partners from the complete network; the town's standing from the displayed one, whose figures are
    // informative (on the complete network every town lies on no shortest path: betweenness is 0 for all).
    () => (selectedTownId === null ? null : townProfile(selectedTownId, dataset, complete, figures, index)),
    [selectedTownId, dataset, complete, figures, index],
  )
  return { network, linkGraph, figures, index, links, profile }
}
