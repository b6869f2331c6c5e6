import { isLanguage } from '../domain/language'
import { kioskSeconds } from '../domain/tour/tour-navigation'
import { EDGE_KINDS, type EdgeKind } from '../domain/network/evidence'
import { NO_FILTER, type NetworkFilter } from '../domain/network/network-filter'
import { parsePartialDate } from '../domain/partial-date'
import { COUNTRIES, type Country, type Language } from '../domain/town-schema'

export const TABS = ['towns', 'network', 'activities', 'projects'] as const
export type Tab = (typeof TABS)[number]

export const MODES = ['full', 'embed', 'present'] as const
export type Mode = (typeof MODES)[number]

/** Where the map looks: centre and zoom, as `?map=zoom/lat/lon` (as OpenStreetMap writes it). */
export interface Camera {
  lon: number
  lat: number
  zoom: number
}

/** Everything a link can carry: one schema, parsed and serialised by one pair of functions. */
export interface View {
  lang: Language | null
  town: string | null
  activity: string | null
  /** The open sidebar tab; null: the default for the rest of the view. */
  tab: Tab | null
  /** The search box's text. */
  q: string | null
  filter: NetworkFilter
  /** `?groups=lines`: group ties as lines, one per pair, for analysts. */
  groupLines: boolean
  /** null: the first view that fits all towns. */
  camera: Camera | null
  mode: Mode
  /** The step of a presentation (1-based); null outside one. */
  step: number | null
  /** `?present=1&notes=1`: the presenter's window (current and next step, notes, clock). */
  presenter: boolean
  /** `?present=1&auto=20`: a kiosk advancing every so many seconds; null: the presenter advances. */
  auto: number | null
}

export const DEFAULT_VIEW: View = {
  lang: null, town: null, activity: null, tab: null, q: null, filter: NO_FILTER, groupLines: false, camera: null, mode: 'full', step: null, presenter: false, auto: null,
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const MAX_QUERY = 200

/** The parameters this schema owns, in the order it writes them. */
export const VIEW_PARAMS = ['lang', 'embed', 'present', 'notes', 'auto', 'step', 'town', 'activity', 'tab', 'q', 'kinds', 'project', 'country', 'from', 'to', 'groups', 'map'] as const

function slug(value: string | null): string | null {
  return value !== null && SLUG.test(value) ? value : null
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
  if (value === null) return null
  const items = value.split(',')
  const chosen = allowed.filter((item) => items.includes(item))
  return chosen.length === 0 ? null : chosen
}

function day(value: string | null): string | null {
  return value !== null && DAY.test(value) && parsePartialDate(value) !== null ? value : null
}

function camera(value: string | null): Camera | null {
  if (value === null) return null
  const parts = value.split('/')
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return null
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number]
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null
  return { lon, lat, zoom }
}

function query(value: string | null): string | null {
  if (value === null) return null
  // Control characters out, length bounded: it is shown back in the search box.
  const text = [...value.replace(/\p{Cc}/gu, ' ')].slice(0, MAX_QUERY).join('').trim()
  return text === '' ? null : text
}

/** Reads a view from search params; each value that is not valid is dropped, the rest is kept. */
export function parseView(search: string): View {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  const tab = params.get('tab')
  let from = day(params.get('from'))
  let to = day(params.get('to'))
  if (from !== null && to !== null && from > to) [from, to] = [to, from]
  const mode: Mode = params.get('present') === '1' ? 'present' : params.get('embed') === '1' ? 'embed' : 'full'
  const step = params.get('step')
  return {
    lang: isLanguage(lang) ? lang : null,
    town: slug(params.get('town')),
    activity: slug(params.get('activity')),
    tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : null,
    q: query(params.get('q')),
    filter: {
      kinds: list<EdgeKind>(params.get('kinds'), EDGE_KINDS),
      project: slug(params.get('project')),
      countries: list<Country>(params.get('country'), COUNTRIES),
      from,
      to,
    },
    groupLines: params.get('groups') === 'lines',
    camera: camera(params.get('map')),
    mode,
    step: mode === 'present' && step !== null && /^[1-9]\d{0,3}$/.test(step) ? Number(step) : null,
    presenter: mode === 'present' && params.get('notes') === '1',
    auto: mode === 'present' ? kioskSeconds(params.get('auto')) : null,
  }
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)))
}

/** The view's own parameters, in a fixed order, defaults left out. */
function viewParams(view: View): [string, string][] {
  const { filter } = view
  const entries: [string, string | null][] = [
    ['lang', view.lang],
    ['embed', view.mode === 'embed' ? '1' : null],
    ['present', view.mode === 'present' ? '1' : null],
    ['notes', view.mode === 'present' && view.presenter ? '1' : null],
    ['auto', view.mode === 'present' && view.auto !== null ? String(view.auto) : null],
    ['step', view.mode === 'present' && view.step !== null ? String(view.step) : null],
    ['town', view.town],
    ['activity', view.activity],
    ['tab', view.tab],
    ['q', view.q],
    ['kinds', filter.kinds === null ? null : EDGE_KINDS.filter((kind) => filter.kinds?.includes(kind)).join(',')],
    ['project', filter.project],
    ['country', filter.countries === null ? null : COUNTRIES.filter((country) => filter.countries?.includes(country)).join(',')],
    ['from', filter.from],
    ['to', filter.to],
    ['groups', view.groupLines ? 'lines' : null],
    ['map', view.camera === null ? null : `${round(view.camera.zoom, 2)}/${round(view.camera.lat, 5)}/${round(view.camera.lon, 5)}`],
  ]
  return entries.filter((entry): entry is [string, string] => entry[1] !== null)
}

/**
 * Writes a view as search params ("" for the default view). Parameters of `base` that the view does not
 * own (a tracking tag, a host page's own) are kept, before the view's.
 */
export function serialiseView(view: View, base = ''): string {
  const params = new URLSearchParams(base)
  for (const key of VIEW_PARAMS) params.delete(key)
  for (const [key, value] of viewParams(view)) params.append(key, value)
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/')
  return text === '' ? '' : `?${text}`
}
