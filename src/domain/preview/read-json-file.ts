import { DATA_FILES } from '../dataset'
import { jsonFileTarget, recordsOfJsonFile } from './data-file-target'
import { fileProblem, type PreviewInput, type ReadPreviewFile } from './preview-file'

const DATA_FILE_NAMES = Object.values(DATA_FILES).map((file) => file.replace(/^data\//, '')).join(', ')

/** A JSON file: the records of activities.json, links.json, projects.json, organisations.json or cities.geojson. */
export function readJsonFile({ name, text }: PreviewInput): ReadPreviewFile {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { name, target: null, records: [], problems: [fileProblem(name, `not valid JSON: ${(error as Error).message}`)] }
  }
  const target = jsonFileTarget(name, raw)
  if (target === null) {
    return { name, target, records: [], problems: [fileProblem(name, `cannot tell which data file this is: name it after one (${DATA_FILE_NAMES})`)] }
  }
  const records = recordsOfJsonFile(target, raw)
  if (records === null) {
    const shape = target === 'towns' ? 'a GeoJSON FeatureCollection with a "features" array' : 'a JSON array of records'
    return { name, target, records: [], problems: [fileProblem(name, `must be ${shape}`)] }
  }
  return { name, target, records, problems: [] }
}
