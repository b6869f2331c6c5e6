/**
 * npm run export:network -- --format gexf|graphml|csv|json [--out FILE]
 *   [--kinds a,b] [--project ID] [--country AT,SI] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 * Writes the network built from data/ by the app's own domain code (stdout without --out): every tie,
 * direct, group and network-wide, with its kind (`tie`), weight, first and last date and evidence ids.
 * The filter options take the same values as the app's URL parameters.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildNetwork } from '../src/domain/network/build-network'
import { EXPORT_FORMATS, exportNetwork, type ExportFormat } from '../src/domain/network/export-network'
import { validateDataset } from '../src/domain/validate-dataset'
import { parseView } from '../src/url-state/view-url'
import { readRawDataset } from './check-data-dir'
import { formatIssue } from '../src/domain/data-issue'

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    data: { type: 'string', default: 'data' },
    kinds: { type: 'string' },
    project: { type: 'string' },
    country: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
})

const format = values.format as ExportFormat
if (!EXPORT_FORMATS.includes(format)) {
  console.error(`export:network: unknown --format "${values.format}"; use one of ${EXPORT_FORMATS.join(', ')}`)
  process.exit(2)
}

const { raw, issues: readIssues, unreadable } = readRawDataset(resolve(values.data))
const { dataset, issues } = validateDataset(raw, unreadable)
const problems = [...readIssues, ...issues]
if (problems.length > 0) {
  for (const issue of problems) console.error(formatIssue(issue))
  console.error('export:network: the data has problems (see above); run npm run data:check')
  process.exit(1)
}

const search = new URLSearchParams()
for (const key of ['kinds', 'project', 'country', 'from', 'to'] as const) {
  const value = values[key]
  if (value !== undefined) search.set(key, value)
}
const { filter } = parseView(search.toString())
const network = buildNetwork(dataset, { filter })
const { graph } = network
const text = exportNetwork(network, format)
if (values.out) {
  writeFileSync(values.out, text)
  console.error(`export:network: ${graph.order} towns, ${graph.size} ties -> ${values.out}`)
} else {
  process.stdout.write(text)
}
