/**
 * A seeded synthetic dataset for benchmarks: N towns in the three countries with links, projects and
 * activities in the same shape as data/. Never written to data/; the same seed gives the same dataset.
 */
import { ACTIVITY_KINDS, type Activity } from '../src/domain/activity-schema'
import type { Dataset } from '../src/domain/dataset'
import { LINK_KINDS, type Link } from '../src/domain/link-schema'
import { seededRandom } from '../src/domain/network/network-metrics'
import type { Project } from '../src/domain/project-schema'
import { COUNTRIES, type Town } from '../src/domain/town-schema'
import { sameInEveryLanguage } from '../src/domain/localized-text'

const SOURCE = ['https://example.org/synthetic']

/**
 * How many links and activities, and whom activities name. By default one link and two activities a town,
 * each activity of 1 to 5 random towns (group records among them). With `pairedActivities`, each activity
 * names a link's first town, or (every other one) both towns of that link: every tie is then direct, drawn
 * as a line, and the links alone decide how many there are (the browser benchmark, bench/run.mjs).
 */
export interface SyntheticShape {
  links?: number
  activities?: number
  pairedActivities?: boolean
}

export function syntheticDataset(towns: number, seed = 24, shape: SyntheticShape = {}): Dataset {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const townIds = Array.from({ length: towns }, (_, index) => `town-${index}`)
  const someTowns = (count: number) => [...new Set(Array.from({ length: count }, () => pick(townIds)))]
  const year = () => 2002 + Math.floor(random() * 23)
  const date = () => `${year()}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`

  const townRecords: Town[] = townIds.map((id, index) => ({
    id,
    country: COUNTRIES[index % 3] ?? 'AT',
    region: 'Synthetic',
    names: { official: `Town ${index}`, sl: `Mesto ${index}`, de: `Stadt ${index}`, hu: `Város ${index}`, en: `Town ${index}` },
    population: { value: 1000 + Math.floor(random() * 20000), year: 2024, unit: 'municipality', source: SOURCE[0] as string },
    areaKm2: null,
    website: null,
    geonamesId: null,
    sources: SOURCE,
    notes: null,
    lon: 15.5 + random() * 1.5,
    lat: 46.3 + random() * 1.2,
  }))
  const links: Link[] = Array.from({ length: shape.links ?? towns }, (_, index) => {
    const [from, to] = someTowns(2)
    return { id: `link-${index}`, from: from ?? 'town-0', to: to === undefined || to === from ? townIds[(townIds.indexOf(from ?? '') + 1) % towns] ?? 'town-1' : to, kind: pick(LINK_KINDS.filter((kind) => kind !== 'joint-project')), since: date(), until: null, project: null, sources: SOURCE, notes: null }
  })
  const projects: Project[] = Array.from({ length: Math.max(3, Math.floor(towns / 8)) }, (_, index) => ({
    id: `project-${index}`, name: sameInEveryLanguage(`Project ${index}`), role: 'programme', programme: sameInEveryLanguage('Synthetic'), period: { start: `${2008 + (index % 10)}-01-01`, end: `${2010 + (index % 10)}-12-31` },
    leadPartner: null, partners: [], budgetEur: null, erdfEur: null, goals: null, outputs: [], sources: SOURCE, notes: null,
  }))
  const activityTowns = (): string[] => {
    if (!shape.pairedActivities) return someTowns(1 + Math.floor(random() * 5))
    const link = pick(links)
    return random() < 0.5 ? [link.from] : [link.from, link.to]
  }
  const activities: Activity[] = Array.from({ length: shape.activities ?? towns * 2 }, (_, index) => {
    const involved = activityTowns()
    return {
      id: `activity-${index}`, title: sameInEveryLanguage(`Activity ${index}`), kind: pick(ACTIVITY_KINDS), start: date(), end: null,
      hostTown: involved[0] ?? null, towns: involved, project: pick(projects).id, description: null, confidence: 'high', sources: SOURCE, notes: null,
    }
  })
  return { towns: townRecords, organisations: [], projects, activities, links }
}
