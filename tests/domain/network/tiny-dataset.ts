/**
 * A tiny hand-made dataset for the network tests, small enough to work out every figure on paper.
 *
 * Ten member towns (so that "all-24" here means these ten):
 *   AT: at-a, at-b, at-c     SI: si-a, si-b, si-c     HU: hu-a, hu-b, hu-c, hu-d
 * The pairwise records only touch five of them: at-a, at-b, si-a, si-b, hu-a.
 *
 * Records (evidence in the order collectEvidence emits it: links, projects, activities):
 *   l-twinning   link  at-a – si-a  town-twinning        since 1995-05-20          fact link:l-twinning
 *   l-joint      link  at-a – si-a  joint-project        since 2010-07-01, project p-bilateral
 *                                                                                  fact project:p-bilateral
 *   l-charter    link  si-b – hu-a  partnership-charter  since 2019-09-06          fact link:l-charter
 *   l-egtc       link  at-b – at-a  egtc                 no date                   fact link:l-egtc
 *   l-outside    link  at-a – zz-outside (not a member town): no evidence
 *   p-bilateral  project  partners [at-a] + [si-a]         2010-07-01 .. 2013-07-31 fact project:p-bilateral
 *   p-trio       project  partners [at-b, si-b] (one regional management representing two towns)
 *                         + [hu-a] + [hu-a] (hu-a twice)   2017-03 .. 2020-02       fact project:p-trio
 *   p-big-si-at  project  one partner representing 9 towns (all but hu-d): > 8 towns, SHARED
 *                                                         2008-03-31 .. 2013-03-30
 *   p-solo       project  one town (at-c) only: no evidence
 *   p-undated    project  partners [si-a] + [si-b], no dates
 *   act-signing  activity si-b, hu-a  2019-09-06 (the day l-charter starts): fact link:l-charter
 *   act-meeting  activity at-a, si-a, hu-a  2019-09 (month only)
 *   act-whole    activity ["all-24"]  2018-06-01: all ten towns, SHARED
 *   act-visit    activity at-a, at-b  2019-05-12, project p-trio
 *   act-outside  activity si-a, zz-outside: one member town only, no evidence
 *   act-undated  activity si-a, si-b  no dates
 *
 * Edges without the shared layer (8), in insertion order, worked out by hand:
 *   at-a|si-a  kinds town-twinning, joint-project, project, activity
 *              evidence l-twinning, l-joint, p-bilateral, act-meeting
 *              weight 3 (link:l-twinning, project:p-bilateral told twice, activity:act-meeting)
 *   hu-a|si-b  partnership-charter, project, activity
 *              l-charter, p-trio, act-signing  weight 2 (the signing is the charter's fact)
 *   at-a|at-b  egtc, activity                  l-egtc, act-visit              weight 2
 *   at-b|si-b  project   p-trio   weight 1
 *   at-b|hu-a  project   p-trio   weight 1
 *   si-a|si-b  project, activity   p-undated, act-undated   weight 2
 *   at-a|hu-a  activity  act-meeting  weight 1
 *   hu-a|si-a  activity  act-meeting  weight 1
 */
import type { Activity } from '../../../src/domain/activity-schema'
import type { Dataset } from '../../../src/domain/dataset'
import type { Link } from '../../../src/domain/link-schema'
import { sameInEveryLanguage, type LocalizedText } from '../../../src/domain/localized-text'
import type { Organisation } from '../../../src/domain/organisation-schema'
import type { Project, ProjectPartner } from '../../../src/domain/project-schema'
import type { Country, Town } from '../../../src/domain/town-schema'

const SOURCE = 'https://example.org/source'

export function makeTown(id: string, country: Country, population: number, lon: number, lat: number): Town {
  const name = id.toUpperCase()
  return {
    id,
    country,
    region: 'Test region',
    names: { official: name, sl: `${name} (sl)`, de: `${name} (de)`, hu: `${name} (hu)`, en: `${name} (en)` },
    population: { value: population, year: 2021, unit: 'municipality', source: SOURCE },
    areaKm2: null,
    website: null,
    geonamesId: null,
    sources: [SOURCE],
    notes: null,
    lon,
    lat,
  }
}

export function makeLink(id: string, from: string, to: string, kind: Link['kind'], since: string | null, project: string | null = null): Link {
  return { id, from, to, kind, since, until: null, project, sources: [SOURCE], notes: null }
}

export function makePartner(organisation: string, towns: string[], role: ProjectPartner['role'] = 'partner'): ProjectPartner {
  return { organisation, role, towns, budgetEur: null, erdfEur: null }
}

export function makeProject(id: string, partners: ProjectPartner[], start: string | null, end: string | null, name: string | LocalizedText = id): Project {
  return {
    id,
    name: typeof name === 'string' ? sameInEveryLanguage(name) : name,
    role: 'programme',
    programme: sameInEveryLanguage('Interreg test'),
    period: { start, end },
    leadPartner: partners[0]?.organisation ?? null,
    partners,
    budgetEur: null,
    erdfEur: null,
    outputs: [],
    sources: [SOURCE],
  }
}

export function makeActivity(id: string, towns: string[], start: string | null, end: string | null = null, project: string | null = null): Activity {
  return {
    id,
    // An original in German with its translations, as most titles of the data have.
    title: { original: 'de', sl: `Slovene title of ${id}`, de: `Title of ${id}`, hu: `Hungarian title of ${id}`, en: `English title of ${id}` },
    kind: 'meeting',
    start,
    end,
    hostTown: null,
    towns,
    project,
    confidence: 'high',
    sources: [SOURCE],
  }
}

function makeOrganisation(id: string, represents: string[]): Organisation {
  return { id, name: id, kind: 'municipality', seatTown: null, represents, sources: [SOURCE] }
}

/** The ten towns, in dataset order. */
export const TOWN_IDS = ['at-a', 'at-b', 'at-c', 'si-a', 'si-b', 'si-c', 'hu-a', 'hu-b', 'hu-c', 'hu-d'] as const

/** The nine towns of the big (> 8 towns) project p-big-si-at: all but hu-d. */
export const BIG_PROJECT_TOWNS = ['at-a', 'at-b', 'at-c', 'si-a', 'si-b', 'si-c', 'hu-a', 'hu-b', 'hu-c']

export function tinyDataset(): Dataset {
  return {
    towns: [
      makeTown('at-a', 'AT', 10_000, 16.0, 47.0),
      makeTown('at-b', 'AT', 8_000, 15.9, 47.1),
      makeTown('at-c', 'AT', 3_000, 16.1, 47.2),
      makeTown('si-a', 'SI', 7_000, 16.0, 46.6),
      makeTown('si-b', 'SI', 12_000, 16.2, 46.5),
      makeTown('si-c', 'SI', 2_000, 15.8, 46.4),
      makeTown('hu-a', 'HU', 9_000, 16.6, 46.9),
      makeTown('hu-b', 'HU', 5_000, 16.7, 47.0),
      makeTown('hu-c', 'HU', 4_000, 16.5, 46.7),
      makeTown('hu-d', 'HU', 1_000, 16.8, 46.8),
    ],
    organisations: [
      makeOrganisation('org-at-a', ['at-a']),
      makeOrganisation('org-si-a', ['si-a']),
      makeOrganisation('regional-management', ['at-b', 'si-b']),
      makeOrganisation('org-hu-a', ['hu-a']),
      makeOrganisation('town-association', BIG_PROJECT_TOWNS),
    ],
    links: [
      makeLink('l-twinning', 'at-a', 'si-a', 'town-twinning', '1995-05-20'),
      makeLink('l-joint', 'at-a', 'si-a', 'joint-project', '2010-07-01', 'p-bilateral'),
      makeLink('l-charter', 'si-b', 'hu-a', 'partnership-charter', '2019-09-06'),
      makeLink('l-egtc', 'at-b', 'at-a', 'egtc', null),
      makeLink('l-outside', 'at-a', 'zz-outside', 'partner-towns', '2001'),
    ],
    projects: [
      makeProject('p-bilateral', [makePartner('org-at-a', ['at-a'], 'lead'), makePartner('org-si-a', ['si-a'])], '2010-07-01', '2013-07-31'),
      makeProject(
        'p-trio',
        [makePartner('regional-management', ['at-b', 'si-b'], 'lead'), makePartner('org-hu-a', ['hu-a']), makePartner('org-hu-a-2', ['hu-a'])],
        '2017-03',
        '2020-02',
        'Trio – A long official title',
      ),
      makeProject('p-big-si-at', [makePartner('town-association', BIG_PROJECT_TOWNS, 'lead')], '2008-03-31', '2013-03-30', 'Big Cooperation – the long title'),
      makeProject('p-solo', [makePartner('org-at-c', ['at-c'], 'lead')], '2015', '2016'),
      makeProject('p-undated', [makePartner('org-si-a', ['si-a'], 'lead'), makePartner('org-si-b', ['si-b'])], null, null),
    ],
    activities: [
      makeActivity('act-signing', ['si-b', 'hu-a'], '2019-09-06'),
      makeActivity('act-meeting', ['at-a', 'si-a', 'hu-a'], '2019-09'),
      makeActivity('act-whole', ['all-24'], '2018-06-01'),
      makeActivity('act-visit', ['at-a', 'at-b'], '2019-05-12', null, 'p-trio'),
      makeActivity('act-outside', ['si-a', 'zz-outside'], '2019-01-01'),
      makeActivity('act-undated', ['si-a', 'si-b'], null),
    ],
  }
}
