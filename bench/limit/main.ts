/**
 * The benchmark's reference: what plain MapLibre needs to draw the app's first view. The same basemap, fonts,
 * towns and direct ties with the app's layer styles (imported: they have no React in them), no React, no
 * validation, no network graph. Marks `map-idle` at the first idle after its layers are in, and `map-settled`
 * at each idle after that; a filter in the address (?country=SI, ?from=&to=, as the app reads them) is
 * applied on popstate with setData and setPaintProperty on the same layers. ?size=WxH sizes the map.
 */
import 'maplibre-gl/dist/maplibre-gl.css'
import type { FeatureCollection, LineString, Point } from 'geojson'
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import activitiesUrl from '../../data/activities.json?url'
import townsUrl from '../../data/cities.geojson?url'
import linksUrl from '../../data/links.json?url'
import projectsUrl from '../../data/projects.json?url'
import { curvedLine, linkWidthScale } from '../../src/domain/network/link-geometry'
import { firstViewPadding, inDrawingOrder, RADIUS_RANGE, townBounds, townSymbols } from '../../src/domain/town-symbols'
import type { Town } from '../../src/domain/town-schema'
import { LINKS_SLOT, TOWNS_SLOT } from '../../src/features/map/basemap-layers'
import { countryLabels } from '../../src/features/map/country-labels'
import { LINK_SOURCE, linkLayers } from '../../src/features/map/link-layers'
import { basemapStyle, countryLabelLayer } from '../../src/features/map/map-style'
import { TOWN_CIRCLE_LAYER_ID, TOWN_LABEL_LAYER_ID, TOWN_SOURCE, townCircleLayer, townLabelLayer } from '../../src/features/map/town-layers'
import { directTies, type TieFiles, type TieFilter } from './direct-ties'

setWorkerUrl(workerUrl)

const COUNTRY_NAMES = { AT: 'Austria', SI: 'Slovenia', HU: 'Hungary', HR: 'Croatia', SK: 'Slovakia' } as const

const fetchJson = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>

function filterOf(search: string): TieFilter {
  const params = new URLSearchParams(search)
  const countries = params.get('country')?.split(',') ?? null
  return { countries, from: params.get('from'), to: params.get('to') }
}

function tieLines(files: TieFiles, positions: ReadonlyMap<string, [number, number]>, filter: TieFilter): FeatureCollection<LineString> {
  const ties = directTies(files, filter)
  const width = linkWidthScale(Math.max(1, ...ties.map((tie) => tie.weight)))
  return {
    type: 'FeatureCollection',
    features: ties.map(({ source, target, weight, category }, index) => ({
      type: 'Feature',
      id: index,
      geometry: { type: 'LineString', coordinates: curvedLine(positions.get(source) ?? [0, 0], positions.get(target) ?? [0, 0]) },
      properties: { key: `${source}|${target}`, source, target, weight, width: width(weight), category, tie: 'direct', loop: false },
    })),
  }
}

async function main() {
  const townsFile = fetchJson<FeatureCollection<Point, Omit<Town, 'lon' | 'lat'>>>(townsUrl)
  const [links, projects, activities] = await Promise.all([
    fetchJson<TieFiles['links']>(linksUrl),
    fetchJson<TieFiles['projects']>(projectsUrl),
    fetchJson<TieFiles['activities']>(activitiesUrl),
  ])
  const towns: Town[] = (await townsFile).features.map(({ geometry, properties }) => ({
    ...properties, lon: geometry.coordinates[0] ?? 0, lat: geometry.coordinates[1] ?? 0,
  }))
  const files: TieFiles = { towns, links, projects, activities }
  const positions = new Map(towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]]))
  const filter = filterOf(window.location.search)
  // ?size=WxH: the map as large as the app's (beside its sidebar, above its timeline), so both draw as many pixels.
  const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(window.location.search).get('size') ?? '')
  const container = document.getElementById('map')
  if (size && container) Object.assign(container.style, { width: `${size[1]}px`, height: `${size[2]}px` })

  const map = new MapLibreMap({
    container: 'map',
    style: basemapStyle(),
    bounds: townBounds(towns),
    fitBoundsOptions: { padding: firstViewPadding(window.innerWidth) },
    maxBounds: [12, 44.5, 20, 49.5],
    minZoom: 6,
    maxZoom: 14,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
  })
  map.addControl(new AttributionControl({ compact: true, customAttribution: 'Basemap: Natural Earth' }))
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
  map.addControl(new ScaleControl(), 'bottom-left')

  map.on('load', () => {
    const ties = tieLines(files, positions, filter)
    document.body.dataset.ties = String(ties.features.length)
    map.addSource('country-labels', { type: 'geojson', data: countryLabels((iso) => COUNTRY_NAMES[iso]) })
    map.addLayer(countryLabelLayer, LINKS_SLOT)
    map.addSource(LINK_SOURCE, { type: 'geojson', data: ties })
    for (const layer of linkLayers(null)) map.addLayer(layer, LINKS_SLOT)
    map.addSource(TOWN_SOURCE, { type: 'geojson', data: inDrawingOrder(townSymbols(towns, RADIUS_RANGE)) })
    map.addLayer(townCircleLayer(null), TOWNS_SLOT)
    map.addLayer(townLabelLayer(null, null), TOWNS_SLOT)
    let ready = false
    map.on('idle', () => {
      performance.mark(ready ? 'map-settled' : 'map-idle')
      ready = true
    })
  })

  // A filter in the address: the ties anew, and the towns of other countries faded, as the app does.
  window.addEventListener('popstate', () => {
    const next = filterOf(window.location.search)
    const ties = tieLines(files, positions, next)
    document.body.dataset.ties = String(ties.features.length)
    ;(map.getSource(LINK_SOURCE) as GeoJSONSource).setData(ties)
    const emphasised = next.countries === null ? null : towns.filter((town) => next.countries?.includes(town.country)).map((town) => town.id)
    for (const [id, layer] of [[TOWN_CIRCLE_LAYER_ID, townCircleLayer(emphasised)], [TOWN_LABEL_LAYER_ID, townLabelLayer(null, emphasised)]] as const) {
      for (const [name, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(id, name as Parameters<MapLibreMap['setPaintProperty']>[1], value)
    }
  })
}

void main()
