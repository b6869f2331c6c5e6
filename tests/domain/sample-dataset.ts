/** Small valid records for unit tests, each overridable field by field. */
import type { Activity } from '../../src/domain/activity-schema'
import type { Dataset } from '../../src/domain/dataset'
import type { Link } from '../../src/domain/link-schema'
import { sameInEveryLanguage } from '../../src/domain/localized-text'
import type { Organisation } from '../../src/domain/organisation-schema'
import type { Project, ProjectPartner } from '../../src/domain/project-schema'
import type { Town, TownFeature } from '../../src/domain/town-schema'

const SOURCE = 'https://example.org/source'

export function town(id: string, overrides: Partial<Town> = {}): Town {
  const name = id.charAt(0).toUpperCase() + id.slice(1)
  return {
    id,
    country: 'SI',
    region: 'Pomurska',
    names: { official: name, sl: name, de: name, hu: name, en: name },
    population: { value: 1000, year: 2021, unit: 'municipality', source: SOURCE },
    areaKm2: null,
    website: null,
    geonamesId: null,
    sources: [SOURCE],
    notes: null,
    lon: 16,
    lat: 46.5,
    ...overrides,
  }
}

/** The GeoJSON feature a town comes from, as it is written in data/cities.geojson; its properties open to breaking. */
export function townFeature(id: string): Omit<TownFeature, 'properties'> & { properties: Record<string, unknown> } {
  const { lon, lat, ...properties } = town(id)
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties }
}

/** A copy of a record without the named fields, as a data file would have it with those fields left out. */
export function withoutFields(record: object, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)))
}

export function organisation(id: string, overrides: Partial<Organisation> = {}): Organisation {
  return { id, name: id, kind: 'municipality', seatTown: null, represents: [], sources: [SOURCE], ...overrides }
}

export function partner(organisationId: string, overrides: Partial<ProjectPartner> = {}): ProjectPartner {
  return { organisation: organisationId, role: 'partner', towns: [], budgetEur: null, erdfEur: null, ...overrides }
}

export function project(id: string, overrides: Partial<Project> = {}): Project {
  return {
    id,
    name: sameInEveryLanguage(id),
    role: 'programme',
    programme: sameInEveryLanguage('Interreg'),
    period: { start: null, end: null },
    leadPartner: null,
    partners: [],
    budgetEur: null,
    erdfEur: null,
    outputs: [],
    sources: [SOURCE],
    ...overrides,
  }
}

export function activity(id: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    title: sameInEveryLanguage(id),
    kind: 'meeting',
    start: null,
    end: null,
    hostTown: null,
    towns: [],
    project: null,
    confidence: 'high',
    sources: [SOURCE],
    ...overrides,
  }
}

export function link(id: string, from: string, to: string, overrides: Partial<Link> = {}): Link {
  return { id, from, to, kind: 'town-twinning', since: null, until: null, project: null, sources: [SOURCE], ...overrides }
}

export function dataset(parts: Partial<Dataset> = {}): Dataset {
  return { towns: [], organisations: [], projects: [], activities: [], links: [], ...parts }
}
