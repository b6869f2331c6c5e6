import writeGexf from 'graphology-gexf/common/writer.js'
import { pairKey, type Network, type NetworkGraph } from './build-network'
import type { TieKind } from './evidence'
import { networkFigures, roundStrength } from './network-metrics'
import { parsePartialDate } from '../partial-date'

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
  /** The number of records (distinct facts) the town takes part in: the sum of its tie weights. */
  strength: number
  /** The number of towns it shares a direct tie with. */
  directPartners: number
  /** Towns it shares a direct or group tie with. */
  partners: number
  /** The year of its first dated record in the export's filter (0 when none is dated). */
  firstYear: number
  betweenness: number
  community: number
}

export interface ExportEdge {
  source: string
  target: string
  /** The closest kind among its records. */
  tie: TieKind
  /** Each distinct fact adds 1/(n-1), n the number of towns it names. */
  weight: number
  /** The first start and last end among its records ("" when none is dated). */
  first: string
  last: string
  /** True when a link of the tie has no end date: it may still be in force after `last`. */
  open: boolean
  kinds: string[]
  evidence: string[]
}

export interface ExportedNetwork {
  nodes: ExportNode[]
  edges: ExportEdge[]
}

/** The year of each town's first dated record among the network's records. */
function firstYears(network: Network): Map<string, number> {
  const years = new Map<string, number>()
  for (const item of network.evidence) {
    const year = item.start === null ? undefined : parsePartialDate(item.start)?.year
    if (year === undefined) continue
    for (const town of item.towns) years.set(town, Math.min(years.get(town) ?? year, year))
  }
  return years
}

/** The network as plain records: towns with their figures, and ties with kind, weight, dates and evidence ids. */
export function networkRecords(network: Network): ExportedNetwork {
  const { graph } = network
  const figures = new Map(networkFigures(graph).perTown.map((town) => [town.id, town]))
  const years = firstYears(network)
  const nodes = graph.mapNodes((id, attributes): ExportNode => {
    const town = figures.get(id)
    return {
      id,
      label: attributes.label,
      country: attributes.country,
      population: attributes.population,
      names: { ...attributes.names },
      strength: town?.strength ?? 0,
      directPartners: town?.directPartners ?? 0,
      partners: town?.partners ?? 0,
      firstYear: years.get(id) ?? 0,
      betweenness: Number((town?.betweenness ?? 0).toFixed(6)),
      community: town?.community ?? -1,
    }
  })
  const edges = graph.mapEdges((_key, attributes, source, target): ExportEdge => ({
    source,
    target,
    tie: attributes.tie,
    weight: roundStrength(attributes.weight),
    first: attributes.first ?? '',
    last: attributes.last ?? '',
    open: attributes.open,
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
  const rows = [['source', 'target', 'tie', 'weight', 'first', 'last', 'open', 'kinds', 'evidence']]
  for (const edge of edges) {
    rows.push([
      edge.source, edge.target, edge.tie, String(edge.weight), edge.first, edge.last, String(edge.open),
      edge.kinds.join(LIST_SEPARATOR), edge.evidence.join(LIST_SEPARATOR),
    ])
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** Flat attributes for the XML formats: names spelled out, lists joined by ";". */
function flatNode(node: ExportNode): Record<string, string | number> {
  const { names, id: _id, ...rest } = node
  return { ...rest, name_official: names.official, name_sl: names.sl, name_de: names.de, name_hu: names.hu, name_en: names.en }
}

function flatEdge(edge: ExportEdge): Record<string, string | number> {
  return {
    tie: edge.tie, weight: edge.weight, first: edge.first, last: edge.last, open: String(edge.open),
    kinds: edge.kinds.join(LIST_SEPARATOR), evidence: edge.evidence.join(LIST_SEPARATOR),
  }
}

const INTEGER_ATTRIBUTES = new Set(['population', 'directPartners', 'partners', 'firstYear', 'community'])

function xmlEscape(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function toGraphml(network: ExportedNetwork): string {
  const nodes = network.nodes.map((node) => ({ id: node.id, data: flatNode(node) }))
  const edges = network.edges.map((edge) => ({ source: edge.source, target: edge.target, data: flatEdge(edge) }))
  const keys = (target: 'node' | 'edge', rows: { data: Record<string, string | number> }[]) => {
    const first = rows[0]?.data ?? {}
    return Object.entries(first).map(([name, value]) => {
      const type = typeof value === 'number' ? (INTEGER_ATTRIBUTES.has(name) ? 'int' : 'double') : 'string'
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
  const edges = new Map(network.edges.map((edge) => [pairKey(edge.source, edge.target), edge]))
  return writeGexf(graph, {
    formatNode: (key) => {
      const node = nodes.get(key)
      const { label, ...attributes } = node ? flatNode(node) : { label: key }
      return { label: String(label), attributes }
    },
    formatEdge: (key, attributes) => {
      const edge = edges.get(key)
      return { weight: roundStrength(attributes.weight), attributes: edge ? flatEdge(edge) : {} }
    },
  })
}

/** The network in one of the formats network analysts use (Gephi, Cytoscape, spreadsheets, scripts). */
export function exportNetwork(network: Network, format: ExportFormat): string {
  const records = networkRecords(network)
  switch (format) {
    case 'json': return `${JSON.stringify(records, null, 2)}\n`
    case 'csv': return toCsv(records)
    case 'graphml': return toGraphml(records)
    case 'gexf': return toGexf(network.graph, records)
  }
}
