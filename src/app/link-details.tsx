import type { NetworkGraph } from '../domain/network/build-network'
import { evidenceDetails, type EvidenceIndex } from '../domain/network/evidence-details'
import { LinkEvidence } from '../features/network/link-evidence'

export interface LinkDetailsProps {
  graph: NetworkGraph
  linkKey: string
  index: EvidenceIndex
  townName: (id: string) => string
}

/** The popup of a link on the map: its towns, weight and the records behind it. */
export function LinkDetails({ graph, linkKey, index, townName }: LinkDetailsProps) {
  if (!graph.hasEdge(linkKey)) return null
  const [source, target] = graph.extremities(linkKey)
  const attributes = graph.getEdgeAttributes(linkKey)
  return (
    <LinkEvidence
      names={[townName(source), townName(target)]}
      weight={attributes.weight}
      evidence={evidenceDetails(index, attributes.evidence)}
    />
  )
}
