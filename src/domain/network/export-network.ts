import writeGexf from 'graphology-gexf/common/writer.js'
import type { NetworkGraph } from './build-network'
import { networkFigures } from './network-metrics'

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv',
  json: 'application/json',
}

export interface ExportNode {
  id: string
  label: string
  country: string
  population: number
  names: { official: string; sl: string; de: string; hu: string; en: string }
  degree: number
  weightedDegree: number
  betweenness: number
  community: number
}

export interface ExportEdge {
  source: string
  target: string
  weight: number
  kinds: string[]
  evidence: string[]
}

export interface ExportedNetwork {
  nodes: ExportNode[]
  edges: ExportEdge[]
}

/** The network as plain records: towns with their figures, and edges with weight, kinds and evidence ids. */
export function networkRecords(graph: NetworkGraph): ExportedNetwork {
  const figures = new Map(networkFigures(graph).perTown.map((town) => [town.id, town]))
  const nodes = graph.mapNodes((id, attributes): ExportNode => {
    const town = figures.get(id)
    return {
      id,
      label: attributes.label,
      country: attributes.country,
      population: attributes.population,
      names: { ...attributes.names },
      degree: town?.degree ?? 0,
      weightedDegree: town?.weightedDegree ?? 0,
      betweenness: Number((town?.betweenness ?? 0).toFixed(6)),
      community: town?.community ?? -1,
    }
  })
  const edges = graph.mapEdges((_key, attributes, source, target): ExportEdge => ({
    source,
    target,
    weight: attributes.weight,
    kinds: [...attributes.kinds],
    evidence: [...attributes.evidence],
  }))
  return { nodes, edges }
}

const LIST_SEPARATOR = ';'

function csvCell(value: string | number): string {
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function toCsv({ edges }: ExportedNetwork): string {
  const rows = [['source', 'target', 'weight', 'kinds', 'evidence']]
  for (const edge of edges) {
    rows.push([edge.source, edge.target, String(edge.weight), edge.kinds.join(LIST_SEPARATOR), edge.evidence.join(LIST_SEPARATOR)])
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** Flat attributes for the XML formats: names spelled out, lists joined by ";". */
function flatNode(node: ExportNode): Record<string, string | number> {
  const { names, id: _id, ...rest } = node
  return { ...rest, name_official: names.official, name_sl: names.sl, name_de: names.de, name_hu: names.hu, name_en: names.en }
}

function flatEdge(edge: ExportEdge): Record<string, string | number> {
  return { weight: edge.weight, kinds: edge.kinds.join(LIST_SEPARATOR), evidence: edge.evidence.join(LIST_SEPARATOR) }
}

function xmlEscape(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function toGraphml(network: ExportedNetwork): string {
  const nodes = network.nodes.map((node) => ({ id: node.id, data: flatNode(node) }))
  const edges = network.edges.map((edge) => ({ source: edge.source, target: edge.target, data: flatEdge(edge) }))
  const keys = (target: 'node' | 'edge', rows: { data: Record<string, string | number> }[]) => {
    const first = rows[0]?.data ?? {}
    return Object.entries(first).map(([name, value]) => {
      const type = typeof value === 'number' ? (Number.isInteger(value) && name !== 'betweenness' ? 'int' : 'double') : 'string'
      return `  <key id="${target}-${xmlEscape(name)}" for="${target}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`
    })
  }
  const data = (target: string, values: Record<string, string | number>) =>
    Object.entries(values).map(([name, value]) => `      <data key="${target}-${xmlEscape(name)}">${xmlEscape(value)}</data>`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys('node', nodes),
    ...keys('edge', edges),
    '  <graph id="24-cities" edgedefault="undirected">',
    ...nodes.flatMap((node) => [`    <node id="${xmlEscape(node.id)}">`, ...data('node', node.data), '    </node>']),
    ...edges.flatMap((edge, index) => [
      `    <edge id="e${index}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
      ...data('edge', edge.data),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n')
}

function toGexf(graph: NetworkGraph, network: ExportedNetwork): string {
  const nodes = new Map(network.nodes.map((node) => [node.id, node]))
  return writeGexf(graph, {
    formatNode: (key) => {
      const node = nodes.get(key)
      const { label, ...attributes } = node ? flatNode(node) : { label: key }
      return { label: String(label), attributes }
    },
    formatEdge: (_key, attributes) => ({ weight: attributes.weight, attributes: flatEdge({ source: '', target: '', ...attributes }) }),
  })
}

/** The network in one of the formats network analysts use (Gephi, Cytoscape, spreadsheets, scripts). */
export function exportNetwork(graph: NetworkGraph, format: ExportFormat): string {
  const network = networkRecords(graph)
  switch (format) {
    case 'json': return `${JSON.stringify(network, null, 2)}\n`
    case 'csv': return toCsv(network)
    case 'graphml': return toGraphml(network)
    case 'gexf': return toGexf(graph, network)
  }
}
