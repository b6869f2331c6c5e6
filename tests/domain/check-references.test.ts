import { describe, expect, it } from 'vitest'
import { checkReferences } from '../../src/domain/check-references'
import { formatIssue } from '../../src/domain/data-issue'
import type { Dataset } from '../../src/domain/dataset'
import { sameInEveryLanguage } from '../../src/domain/localized-text'
import { activity, dataset, link, organisation, partner, project, town } from './sample-dataset'

const towns = [town('ptuj'), town('lenti'), town('lendava'), town('murska-sobota')]
const organisations = [organisation('zrs-bistra-ptuj'), organisation('rc-murska-sobota')]
const projects = [project('city-cooperation-ii')]

/** The formatted lines for a dataset made of the valid base plus the given records. */
function lines(parts: Partial<Dataset>): string[] {
  const data = dataset({
    towns: [...towns, ...(parts.towns ?? [])],
    organisations: [...organisations, ...(parts.organisations ?? [])],
    projects: [...projects, ...(parts.projects ?? [])],
    activities: parts.activities ?? [],
    links: parts.links ?? [],
  })
  return checkReferences(data).map(formatIssue)
}

describe('checkReferences', () => {
  it('finds nothing wrong in a consistent dataset', () => {
    expect(lines({
      organisations: [organisation('lto', { seatTown: 'ptuj', represents: ['ptuj', 'lenti'] })],
      projects: [project('skupaj', {
        leadPartner: 'zrs-bistra-ptuj',
        partners: [partner('zrs-bistra-ptuj', { role: 'lead', towns: ['ptuj'] }), partner('rc-murska-sobota')],
        period: { start: '2016-05', end: '2016' },
      })],
      activities: [
        activity('forum24-2019', { towns: ['ptuj', 'lenti'], hostTown: 'lenti', project: 'skupaj', start: '2019', end: '2019-03-07' }),
        activity('all', { towns: ['all-24'], hostTown: 'lendava' }),
      ],
      links: [link('ptuj-lenti', 'ptuj', 'lenti', { kind: 'joint-project', project: 'skupaj' })],
    })).toEqual([])
  })

  it('reports each repeated id in every file, at the repeat', () => {
    expect(lines({
      towns: [town('ptuj'), town('ptuj')],
      organisations: [organisation('rc-murska-sobota')],
      projects: [project('city-cooperation-ii')],
      activities: [activity('a'), activity('a')],
      links: [link('l', 'ptuj', 'lenti'), link('l', 'ptuj', 'lenti')],
    })).toEqual([
      'data/cities.geojson: record "ptuj" field id: duplicate id "ptuj"',
      'data/cities.geojson: record "ptuj" field id: duplicate id "ptuj"',
      'data/organisations.json: record "rc-murska-sobota" field id: duplicate id "rc-murska-sobota"',
      'data/projects.json: record "city-cooperation-ii" field id: duplicate id "city-cooperation-ii"',
      'data/activities.json: record "a" field id: duplicate id "a"',
      'data/links.json: record "l" field id: duplicate id "l"',
    ])
  })

  it('reports unknown towns of organisations, with a hint when one is near', () => {
    expect(lines({
      organisations: [organisation('lto', { seatTown: 'ptujj', represents: ['lenti', 'graz', 'lendva'] })],
    })).toEqual([
      'data/organisations.json: record "lto" field seatTown: unknown town "ptujj" (did you mean "ptuj"?)',
      'data/organisations.json: record "lto" field represents[1]: unknown town "graz"',
      'data/organisations.json: record "lto" field represents[2]: unknown town "lendva" (did you mean "lendava"?)',
    ])
  })

  it('checks a project\'s lead partner, partners and their towns', () => {
    expect(lines({
      projects: [
        project('p1', {
          leadPartner: 'zrs-bistra-ptj',
          partners: [partner('rc-murska-sobota', { towns: ['murska-sobota', 'murska-sobot'] }), partner('nobody-at-all')],
        }),
        project('p2', { leadPartner: 'rc-murska-sobota', partners: [partner('zrs-bistra-ptuj')] }),
        project('p3', { leadPartner: 'rc-murska-sobota', partners: [] }),
      ],
    })).toEqual([
      'data/projects.json: record "p1" field leadPartner: unknown organisation "zrs-bistra-ptj" (did you mean "zrs-bistra-ptuj"?)',
      'data/projects.json: record "p1" field leadPartner: "zrs-bistra-ptj" is not one of the project\'s partners',
      'data/projects.json: record "p1" field partners[0].towns[1]: unknown town "murska-sobot" (did you mean "murska-sobota"?)',
      'data/projects.json: record "p1" field partners[1].organisation: unknown organisation "nobody-at-all"',
      'data/projects.json: record "p2" field leadPartner: "rc-murska-sobota" is not one of the project\'s partners',
    ])
  })

  it('reports a project period that ends before it starts, or ends without a start', () => {
    expect(lines({
      projects: [
        project('backwards', { period: { start: '2013-07', end: '2010-07-01' } }),
        project('same-month', { period: { start: '2017-09-01', end: '2017-09' } }),
        project('no-start', { period: { start: null, end: '2013' } }),
        project('open', { period: { start: '2013', end: null } }),
      ],
    })).toEqual([
      'data/projects.json: record "backwards" field period.end: "2010-07-01" is before the start "2013-07"',
      'data/projects.json: record "no-start" field period.end: has an end "2013" but no start',
    ])
  })

  it('checks an activity\'s towns, host town, project and dates', () => {
    expect(lines({
      activities: [
        activity('forum24-2019', { towns: ['murska-sobota', 'lendava', 'ptujj'], hostTown: 'lendava' }),
        activity('host-elsewhere', { towns: ['ptuj'], hostTown: 'lenti' }),
        activity('host-unknown', { towns: ['ptuj'], hostTown: 'vienna' }),
        activity('project-typo', { project: 'city-cooperation-iii' }),
        activity('backwards', { start: '2019-09', end: '2019-08-31' }),
        activity('no-start', { end: '2019' }),
      ],
    })).toEqual([
      'data/activities.json: record "forum24-2019" field towns[2]: unknown town "ptujj" (did you mean "ptuj"?)',
      'data/activities.json: record "host-elsewhere" field hostTown: "lenti" is not in the activity\'s towns',
      'data/activities.json: record "host-unknown" field hostTown: unknown town "vienna"',
      'data/activities.json: record "project-typo" field project: unknown project "city-cooperation-iii" (did you mean "city-cooperation-ii"?)',
      'data/activities.json: record "backwards" field end: "2019-08-31" is before the start "2019-09"',
      'data/activities.json: record "no-start" field end: has an end "2019" but no start',
    ])
  })

  it('requires "all-24" to stand alone', () => {
    expect(lines({
      activities: [
        activity('mixed', { towns: ['ptuj', 'all-24', 'lentii'], hostTown: 'lenti' }),
        activity('pair', { towns: ['all-24', 'ptuj'] }),
      ],
    })).toEqual([
      'data/activities.json: record "mixed" field towns: "all-24" stands for all towns and must stand alone',
      'data/activities.json: record "mixed" field towns[2]: unknown town "lentii" (did you mean "lenti"?)',
      'data/activities.json: record "pair" field towns: "all-24" stands for all towns and must stand alone',
    ])
  })

  it('checks a link\'s towns and project', () => {
    expect(lines({
      links: [
        link('typo', 'ptujj', 'graz'),
        link('loop', 'ptuj', 'ptuj'),
        link('joint', 'ptuj', 'lenti', { kind: 'joint-project', project: null }),
        link('wrong-project', 'ptuj', 'lenti', { kind: 'joint-project', project: 'city-cooperation-2' }),
      ],
    })).toEqual([
      'data/links.json: record "typo" field from: unknown town "ptujj" (did you mean "ptuj"?)',
      'data/links.json: record "typo" field to: unknown town "graz"',
      'data/links.json: record "loop" field to: a link joins two different towns, both are "ptuj"',
      'data/links.json: record "joint" field project: a joint-project link names its project',
      'data/links.json: record "wrong-project" field project: unknown project "city-cooperation-2" (did you mean "city-cooperation-ii"?)',
    ])
  })

  it('checks that a link does not end before it starts; an end without a start is allowed', () => {
    expect(lines({
      links: [
        link('backwards', 'ptuj', 'lenti', { since: '2019-05', until: '2019-04-30' }),
        link('same-year', 'ptuj', 'lenti', { since: '2019-05-01', until: '2019' }),
        link('end-only', 'ptuj', 'lenti', { since: null, until: '2013' }),
        link('open', 'ptuj', 'lenti', { since: '2013', until: null }),
      ],
    })).toEqual([
      'data/links.json: record "backwards" field until: "2019-04-30" is before the start "2019-05"',
    ])
  })

  it('checks an umbrella\'s parts: known projects, not itself, and only on an umbrella', () => {
    expect(lines({
      projects: [
        project('cc-ii-si-at'),
        project('umbrella', { role: 'umbrella', parts: ['cc-ii-si-at', 'cc-ii-at-hu', 'umbrella', 'city-cooperation-iii'] }),
        project('programme-with-parts', { role: 'programme', parts: ['cc-ii-si-at'] }),
        project('umbrella-without-parts', { role: 'umbrella', parts: [] }),
      ],
    })).toEqual([
      'data/projects.json: record "umbrella" field parts[1]: unknown project "cc-ii-at-hu" (did you mean "cc-ii-si-at"?)',
      'data/projects.json: record "umbrella" field parts[2]: a project is not a part of itself',
      'data/projects.json: record "umbrella" field parts[3]: unknown project "city-cooperation-iii" (did you mean "city-cooperation-ii"?)',
      'data/projects.json: record "programme-with-parts" field parts: only an umbrella project has parts, this one is "programme"',
    ])
  })

  it('checks the towns of a project\'s beneficiaries: known, and not already represented by a partner', () => {
    const source = ['https://example.org/results']
    expect(lines({
      projects: [project('cc-ii-at-hu', {
        partners: [partner('zrs-bistra-ptuj', { towns: ['ptuj'] })],
        beneficiaries: [
          { towns: ['lenti', 'lendva'], output: sameInEveryLanguage('City branding'), sources: source },
          { towns: ['ptuj', 'graz'], output: sameInEveryLanguage('Pilots'), sources: source },
        ],
      })],
    })).toEqual([
      'data/projects.json: record "cc-ii-at-hu" field beneficiaries[0].towns[1]: unknown town "lendva" (did you mean "lendava"?)',
      'data/projects.json: record "cc-ii-at-hu" field beneficiaries[1].towns[0]: "ptuj" is represented by a partner, not only a beneficiary',
      'data/projects.json: record "cc-ii-at-hu" field beneficiaries[1].towns[1]: unknown town "graz"',
    ])
  })

  it('gives the issues as structured values too', () => {
    expect(checkReferences(dataset({ towns, links: [link('loop', 'lenti', 'lenti')] }))).toEqual([
      { file: 'data/links.json', record: '"loop"', field: 'to', message: 'a link joins two different towns, both are "lenti"' },
    ])
  })
})
