/**
 * Builds the offline basemap from Natural Earth 1:10m data (the world-atlas package):
 * country areas, land borders and coastline, clipped to the region around the 24 towns.
 * Writes public/basemap/*.geojson, which ship with the build: the map needs no network.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { feature, mesh } from 'topojson-client'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'public', 'basemap')

/** Wider than the map's maxBounds, so no clipped edge is ever in view. */
export const CLIP = { west: 10.5, south: 43.5, east: 21.5, north: 50.5 }

/** ISO 3166 numeric (world-atlas ids) to alpha-2, for the countries in and around the region. */
const ISO = { '040': 'AT', 705: 'SI', 348: 'HU', 191: 'HR', 703: 'SK', 203: 'CZ', 380: 'IT', 276: 'DE', 688: 'RS', '070': 'BA', 642: 'RO', 804: 'UA', 756: 'CH', 438: 'LI', 616: 'PL' }

const round = (value) => Math.round(value * 1e4) / 1e4
const inside = ([x, y]) => x >= CLIP.west && x <= CLIP.east && y >= CLIP.south && y <= CLIP.north

/** Sutherland–Hodgman clipping of one ring against the clip rectangle. */
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= CLIP.west, (a, b) => cut(a, b, 0, CLIP.west)],
    [(p) => p[0] <= CLIP.east, (a, b) => cut(a, b, 0, CLIP.east)],
    [(p) => p[1] >= CLIP.south, (a, b) => cut(a, b, 1, CLIP.south)],
    [(p) => p[1] <= CLIP.north, (a, b) => cut(a, b, 1, CLIP.north)],
  ]
  let points = ring.slice(0, -1)
  for (const [keep, intersect] of edges) {
    const input = points
    points = []
    input.forEach((current, index) => {
      const previous = input[(index + input.length - 1) % input.length]
      if (keep(current)) {
        if (!keep(previous)) points.push(intersect(previous, current))
        points.push(current)
      } else if (keep(previous)) {
        points.push(intersect(previous, current))
      }
    })
    if (points.length === 0) return null
  }
  const rounded = points.map(([x, y]) => [round(x), round(y)])
  return rounded.length >= 3 ? [...rounded, rounded[0]] : null
}

function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis])
  const point = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
  point[axis] = value
  return point
}

function clipPolygons(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const clipped = polygons
    .map((rings) => rings.map(clipRing))
    .filter((rings) => rings[0] !== null)
    .map((rings) => rings.filter((ring) => ring !== null))
  return clipped.length === 0 ? null : { type: 'MultiPolygon', coordinates: clipped }
}

/** Keeps the runs of a line that lie in the clip rectangle (with one point beyond, for continuity). */
function clipLines(geometry) {
  const runs = []
  for (const line of geometry.coordinates) {
    let run = []
    line.forEach((point, index) => {
      const near = inside(point) || inside(line[index - 1] ?? point) || inside(line[index + 1] ?? point)
      if (near) run.push([round(point[0]), round(point[1])])
      else if (run.length > 0) {
        if (run.length > 1) runs.push(run)
        run = []
      }
    })
    if (run.length > 1) runs.push(run)
  }
  return { type: 'MultiLineString', coordinates: runs }
}

function collection(features) {
  return JSON.stringify({ type: 'FeatureCollection', features })
}

const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'))
const countries = topology.objects.countries
const areas = feature(topology, countries).features
  .map((country) => ({ country, geometry: clipPolygons(country.geometry) }))
  .filter(({ geometry }) => geometry !== null)
  .map(({ country, geometry }) => ({
    type: 'Feature',
    properties: { iso: ISO[country.id] ?? 'other', name: country.properties.name },
    geometry,
  }))
const borders = clipLines(mesh(topology, countries, (a, b) => a !== b))
const coast = clipLines(mesh(topology, countries, (a, b) => a === b))

mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'countries.geojson'), collection(areas))
writeFileSync(join(out, 'borders.geojson'), collection([{ type: 'Feature', properties: {}, geometry: borders }]))
writeFileSync(join(out, 'coast.geojson'), collection([{ type: 'Feature', properties: {}, geometry: coast }]))
console.log(`basemap: ${areas.length} countries, ${borders.coordinates.length} border lines, ${coast.coordinates.length} coast lines -> public/basemap/`)
