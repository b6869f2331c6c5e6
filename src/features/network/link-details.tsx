import type { NetworkGraph } from '../../domain/network/build-network'
import { evidenceDetails, type EvidenceIndex } from '../../domain/network/evidence-details'
import { LinkEvidence } from './link-evidence'

export interface LinkDetailsProps {
  graph: NetworkGraph
  linkKey: string
  index: EvidenceIndex
  townName: (id: string) => string
}

/** The popup of a tie on the map: its towns, how close (direct, group, network-wide), its weight and the records behind it. */
export function LinkDetails({ graph, linkKey, index, townName }: LinkDetailsProps) {
  if (!graph.hasEdge(linkKey)) return null
  const [source, target] = graph.extremities(linkKey)
  const attributes = graph.getEdgeAttributes(linkKey)
  // The closest records first: those naming just the two, then groups, then the whole network.
  const order = { direct: 0, group: 1, network: 2 }
  const evidence = evidenceDetails(index, attributes.evidence).sort((a, b) => order[a.tie] - order[b.tie])
  return <LinkEvidence names={[townName(source), townName(target)]} tie={attributes.tie} weight={attributes.weight} evidence={evidence} />
}
