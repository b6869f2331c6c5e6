import { describe, expect, it } from 'vitest'
import { sameInEveryLanguage, shownText, type LocalizedText } from '../../src/domain/localized-text'
import {
  DATA_FILES,
  parseActivitiesFile,
  parseLinksFile,
  parseOrganisationsFile,
  parseProjectsFile,
  parseTownsFile,
} from '../../src/domain/dataset'
import { activity, link, organisation, partner, project, town, townFeature, withoutFields } from './sample-dataset'

const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features })

describe('DATA_FILES', () => {
  it('names the five files as they are in the repository', () => {
    expect(DATA_FILES).toEqual({
      towns: 'data/cities.geojson',
      organisations: 'data/organisations.json',
      projects: 'data/projects.json',
      activities: 'data/activities.json',
      links: 'data/links.json',
    })
  })
})

describe('parseTownsFile', () => {
  it('turns each feature into a town with its point', () => {
    const result = parseTownsFile(collection([townFeature('ptuj'), townFeature('lenti')]))
    expect(result.issues).toEqual([])
    expect(result.records).toEqual([town('ptuj'), town('lenti')])
  })

  it('names the town by its properties.id and the field by its path in the feature', () => {
    const broken = townFeature('ptuj')
    broken.properties.population = { value: 23611, year: 2021.5, unit: 'municipality', source: 'https://example.org' }
    const result = parseTownsFile(collection([townFeature('lenti'), broken, townFeature('lendava')]))
    expect(result.records.map((record) => record.id)).toEqual(['lenti', 'lendava'])
    expect(result.issues).toEqual([{
      file: 'data/cities.geojson',
      record: '"ptuj"',
      field: 'properties.population.year',
      message: 'expected int, received number',
    }])
  })

  it('names a town without an id by its index and says the id is missing', () => {
    const noId = townFeature('ptuj')
    delete noId.properties.id
    delete noId.properties.country
    const result = parseTownsFile(collection([townFeature('lenti'), noId]))
    expect(result.issues).toEqual([
      { file: 'data/cities.geojson', record: '#1', field: 'properties.id', message: 'is missing' },
      { file: 'data/cities.geojson', record: '#1', field: 'properties.country', message: 'is missing' },
    ])
  })

  it('reports unknown fields, also inside population and names', () => {
    const extra = townFeature('ptuj')
    extra.properties.mayor = 'someone'
    extra.properties.names = { ...town('ptuj').names, it: 'Petovio' }
    extra.properties.population = { ...town('ptuj').population, note: 'census' }
    expect(parseTownsFile(collection([extra])).issues.map((issue) => [issue.field, issue.message])).toEqual([
      ['properties.names', 'unknown field "it"'],
      ['properties.population', 'unknown field "note"'],
      ['properties', 'unknown field "mayor"'],
    ])
  })

  it('keeps the historical names of a town and reports one that is not a language', () => {
    const feature = townFeature('bad-radkersburg')
    feature.properties.historicalNames = ['hu']
    expect(parseTownsFile(collection([feature])).records[0]?.historicalNames).toEqual(['hu'])
    feature.properties.historicalNames = ['hu', 'it']
    expect(parseTownsFile(collection([feature])).issues.map((issue) => [issue.record, issue.field, issue.message])).toEqual([
      ['"bad-radkersburg"', 'properties.historicalNames[1]', 'Invalid option: expected one of "sl"|"de"|"hu"|"en"'],
    ])
  })

  it('rejects coordinates off the globe and unsafe website URLs', () => {
    const feature = { ...townFeature('ptuj'), geometry: { type: 'Point', coordinates: [200, 46] } }
    feature.properties.website = 'javascript:alert(1)'
    expect(parseTownsFile(collection([feature])).issues.map((issue) => [issue.field, issue.message])).toEqual([
      ['geometry.coordinates[0]', 'Too big: expected number to be <=180'],
      ['properties.website', 'must be an absolute http(s) URL'],
    ])
  })

  it('reports a file that is not a FeatureCollection once, as a whole', () => {
    const whole = [{
      file: 'data/cities.geojson', record: null, field: null,
      message: 'must be a GeoJSON FeatureCollection with a "features" array',
    }]
    for (const raw of [[townFeature('ptuj')], { type: 'FeatureCollection' }, { type: 'Feature', features: [] }, null]) {
      expect(parseTownsFile(raw)).toEqual({ records: [], issues: whole, rejectedIds: [] })
    }
  })
})

describe('one bad field drops that field, not its record', () => {
  const weiz = () => townFeature('weiz')

  it('keeps Weiz on the map with a javascript: website, its website dropped and the problem reported once', () => {
    const feature = weiz()
    feature.properties.website = 'javascript:alert(1)'
    const result = parseTownsFile(collection([townFeature('gleisdorf'), feature]))
    expect(result.records).toEqual([town('gleisdorf'), town('weiz', { website: null })])
    expect(result.records[1]).toMatchObject({ id: 'weiz', lon: 16, lat: 46.5, names: town('weiz').names, population: town('weiz').population })
    expect(result.issues).toEqual([
      { file: 'data/cities.geojson', record: '"weiz"', field: 'properties.website', message: 'must be an absolute http(s) URL' },
    ])
    expect(result.rejectedIds).toEqual([])
  })

  it('keeps a town with a bad area, GeoNames id, note, source or unknown field, each dropped alone', () => {
    const feature = weiz()
    Object.assign(feature.properties, { areaKm2: -3, geonamesId: 'x', notes: 5, sources: ['ftp://a.example/x', 'https://example.org/weiz'], mayor: 'someone' })
    const result = parseTownsFile(collection([feature]))
    expect(result.records).toEqual([town('weiz', { sources: ['https://example.org/weiz'] })])
    expect(result.records[0]).not.toHaveProperty('mayor')
    expect(result.issues.map((issue) => issue.field)).toEqual([
      'properties.areaKm2', 'properties.geonamesId', 'properties.sources[0]', 'properties.notes', 'properties',
    ])
  })

  it('drops a town that cannot be shown: no id, no point or no names', () => {
    const noId = weiz()
    delete noId.properties.id
    const noPoint = { ...townFeature('gleisdorf'), geometry: { type: 'Point', coordinates: [16] } }
    const noNames = townFeature('ptuj')
    noNames.properties.names = { official: 'Ptuj' }
    const result = parseTownsFile(collection([noId, noPoint, noNames, townFeature('lenti')]))
    expect(result.records.map((record) => record.id)).toEqual(['lenti'])
    expect(result.rejectedIds).toEqual(['gleisdorf', 'ptuj'])
    expect(result.issues.map((issue) => `${issue.record} ${issue.field}`)).toEqual([
      '#0 properties.id', '"gleisdorf" geometry.coordinates', '"ptuj" properties.names.sl', '"ptuj" properties.names.de',
      '"ptuj" properties.names.hu', '"ptuj" properties.names.en',
    ])
  })

  it('keeps the good source of an activity beside a bad one, and an activity whose sources are all bad', () => {
    const result = parseActivitiesFile([
      activity('forum24-2019', { sources: ['https://example.org/forum', 'javascript:alert(1)'] }),
      activity('no-good-source', { sources: ['data:text/html,x'] }),
    ])
    expect(result.records).toEqual([
      activity('forum24-2019', { sources: ['https://example.org/forum'] }),
      activity('no-good-source', { sources: [] }),
    ])
    expect(result.issues.map((issue) => `${issue.record} ${issue.field}: ${issue.message}`)).toEqual([
      '"forum24-2019" sources[1]: must be an absolute http(s) URL',
      '"no-good-source" sources[0]: must be an absolute http(s) URL',
    ])
  })

  it('keeps an activity with a malformed end (shown on its start) and a link with a malformed until', () => {
    const activities = parseActivitiesFile([activity('forum24-2019', { start: '2019-03', end: '2019-02-30' })])
    expect(activities.records).toEqual([activity('forum24-2019', { start: '2019-03', end: null })])
    expect(activities.issues.map((issue) => issue.field)).toEqual(['end'])
    const links = parseLinksFile([link('a-b', 'a', 'b', { until: '2019-13', confidence: 'certain' as never })])
    expect(links.records).toEqual([link('a-b', 'a', 'b', { until: null, confidence: undefined })])
    expect(links.issues.map((issue) => issue.field)).toEqual(['until', 'confidence'])
  })

  it('drops a record without a valid id or with a bad required field, and reports it', () => {
    const result = parseActivitiesFile([
      withoutFields(activity('no-id'), 'id'),
      activity('Bad Id'),
      activity('twinning', { kind: 'twinning' as never }),
      activity('ok'),
    ])
    expect(result.records.map((record) => record.id)).toEqual(['ok'])
    expect(result.issues.map((issue) => `${issue.record} ${issue.field}`)).toEqual(['#0 id', '"Bad Id" id', '"twinning" kind'])
  })
})

describe('a text missing a translation', () => {
  /** An English original with its translations (the description of a real activity). */
  const DESCRIPTION: LocalizedText = {
    original: 'en',
    sl: 'Radgona in Gornja Radgona sta podpisali ustanovne dokumente EZTS.',
    de: 'Bad Radkersburg und Gornja Radgona unterzeichneten die Gründungsdokumente des EVTZ.',
    hu: 'Bad Radkersburg és Felsőregede aláírták az ETT alapító dokumentumait.',
    en: 'Bad Radkersburg and Gornja Radgona signed the founding documents of their EGTC.',
  }
  const TITLE: LocalizedText = { original: 'de', sl: 'Ustanovitev EZTS', de: 'Gründung des EVTZ', hu: 'Az ETT megalapítása', en: 'Founding of the EGTC' }
  const without = (text: LocalizedText, language: string) => withoutFields(text, language) as never
  const lines = (issues: { record: string | null; field: string | null; message: string }[]) => issues.map((issue) => `${issue.record} ${issue.field}: ${issue.message}`)

  it('is reported by field down to the language, the language named in words', () => {
    const result = parseActivitiesFile([activity('egtc-founding', { title: TITLE, description: without(DESCRIPTION, 'de') })])
    expect(result.issues).toEqual([
      { file: 'data/activities.json', record: '"egtc-founding"', field: 'description.de', message: 'the German text (de) is missing' },
    ])
  })

  it('keeps its record, the original\'s words shown in place of the translation', () => {
    const result = parseActivitiesFile([activity('egtc-founding', { title: TITLE, description: without(DESCRIPTION, 'de') })])
    expect(result.rejectedIds).toEqual([])
    expect(result.records).toHaveLength(1)
    const description = result.records[0]?.description as LocalizedText
    expect(description).toEqual({ ...DESCRIPTION, de: DESCRIPTION.en })
    // A German reader gets the English words, as what they are: the original, in English.
    expect(shownText(description, 'de')).toMatchObject({ text: DESCRIPTION.en, lang: 'en', translatedFrom: null })
  })

  it('keeps an activity whose title lacks a translation or has an empty one', () => {
    const result = parseActivitiesFile([
      activity('no-english', { title: without(TITLE, 'en') }),
      activity('empty-hungarian', { title: { ...TITLE, hu: '' } }),
    ])
    expect(result.records.map((record) => [record.id, record.title.en, record.title.hu])).toEqual([
      ['no-english', TITLE.de, TITLE.hu],
      ['empty-hungarian', TITLE.en, TITLE.de],
    ])
    expect(lines(result.issues)).toEqual([
      '"no-english" title.en: the English text (en) is missing',
      '"empty-hungarian" title.hu: the Hungarian text (hu) is empty',
    ])
  })

  it('without its original cannot be shown: an activity without its title\'s original is dropped, a description without its original is left out', () => {
    const result = parseActivitiesFile([
      activity('no-original-title', { title: without(TITLE, 'de') }),
      activity('no-original-description', { description: without(DESCRIPTION, 'en') }),
    ])
    expect(result.records.map((record) => [record.id, record.description])).toEqual([['no-original-description', null]])
    expect(result.rejectedIds).toEqual(['no-original-title'])
    expect(lines(result.issues)).toEqual([
      '"no-original-title" title.de: the German text (de) is missing',
      '"no-original-description" description.en: the English text (en) is missing',
    ])
  })

  it('keeps a project whose name, programme, goals, partner, output or beneficiary lacks a translation', () => {
    const name: LocalizedText = { original: 'sl', sl: 'Skupaj – dvostranski projekt', de: 'Gemeinsam – bilaterales Projekt', hu: 'Együtt – kétoldalú projekt', en: 'Together – bilateral project' }
    const output: LocalizedText = { original: 'de', sl: 'Mestni park', de: 'Stadtpark', hu: 'Városi park', en: 'Town park' }
    const result = parseProjectsFile([project('skupaj', {
      name: without(name, 'hu'),
      programme: without(sameInEveryLanguage('Interreg SI–AT'), 'sl'),
      goals: without(DESCRIPTION, 'sl'),
      partners: [partner('gornja-radgona-municipality', { description: without(output, 'en'), notes: without(output, 'de') })],
      outputs: [without(output, 'sl')],
      beneficiaries: [{ towns: ['gornja-radgona'], output: without(output, 'hu'), sources: ['https://example.org/skupaj'] }],
    })])
    expect(result.rejectedIds).toEqual([])
    const [kept] = result.records
    expect(kept?.name).toEqual({ ...name, hu: name.sl })
    expect(kept?.programme.sl).toBe('Interreg SI–AT')
    expect(kept?.goals).toEqual({ ...DESCRIPTION, sl: DESCRIPTION.en })
    expect(kept?.partners[0]?.description).toEqual({ ...output, en: output.de })
    // A partner's notes without their original words cannot be shown: left out.
    expect(kept?.partners[0]?.notes).toBeNull()
    expect(kept?.outputs).toEqual([{ ...output, sl: output.de }])
    expect(kept?.beneficiaries?.[0]?.output).toEqual({ ...output, hu: output.de })
    expect(lines(result.issues)).toEqual([
      '"skupaj" name.hu: the Hungarian text (hu) is missing',
      '"skupaj" programme.sl: the Slovene text (sl) is missing',
      '"skupaj" partners[0].description.en: the English text (en) is missing',
      '"skupaj" partners[0].notes.de: the German text (de) is missing',
      '"skupaj" goals.sl: the Slovene text (sl) is missing',
      '"skupaj" outputs[0].sl: the Slovene text (sl) is missing',
      '"skupaj" beneficiaries[0].output.hu: the Hungarian text (hu) is missing',
    ])
  })

  it('keeps the notes of a town, a link and an organisation that lack a translation', () => {
    const notes: LocalizedText = { original: 'hu', sl: 'Dve štetji prebivalstva', de: 'Zwei Volkszählungen', hu: 'Két népszámlálás', en: 'Two population counts' }
    const feature = townFeature('lenti')
    feature.properties.notes = without(notes, 'de')
    const towns = parseTownsFile(collection([feature]))
    expect(towns.records[0]?.notes).toEqual({ ...notes, de: notes.hu })
    expect(towns.issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual(['properties.notes.de: the German text (de) is missing'])
    const links = parseLinksFile([link('lenti-ptuj', 'lenti', 'ptuj', { notes: without(notes, 'sl') })])
    expect(links.records[0]?.notes).toEqual({ ...notes, sl: notes.hu })
    expect(links.issues.map((issue) => issue.field)).toEqual(['notes.sl'])
    const organisations = parseOrganisationsFile([organisation('lenti-municipality', { notes: without(notes, 'en') })])
    expect(organisations.records[0]?.notes).toEqual({ ...notes, en: notes.hu })
    expect(organisations.issues.map((issue) => issue.field)).toEqual(['notes.en'])
  })

  it('reads a note written as a plain string as a problem and leaves it out, keeping its record', () => {
    const result = parseLinksFile([link('lenti-ptuj', 'lenti', 'ptuj', { notes: 'an old plain note' as never })])
    expect(result.records[0]?.notes).toBeNull()
    expect(lines(result.issues)).toEqual(['"lenti-ptuj" notes: expected object, received string'])
  })
})

describe('the array files', () => {
  it('read valid records of each kind', () => {
    const o = organisation('rc-murska-sobota', { seatTown: 'murska-sobota' })
    const p = project('skupaj', { partners: [partner('rc-murska-sobota')] })
    const a = activity('forum24-2019', { towns: ['ptuj'] })
    const l = link('ptuj-lenti', 'ptuj', 'lenti')
    expect(parseOrganisationsFile([o])).toEqual({ records: [o], issues: [], rejectedIds: [] })
    expect(parseProjectsFile([p])).toEqual({ records: [p], issues: [], rejectedIds: [] })
    expect(parseActivitiesFile([a])).toEqual({ records: [a], issues: [], rejectedIds: [] })
    expect(parseLinksFile([l])).toEqual({ records: [l], issues: [], rejectedIds: [] })
  })

  it('name the file, the record and the field of each problem, and keep the valid records', () => {
    const result = parseActivitiesFile([
      activity('ok-1'),
      activity('forum24-2019', { towns: ['ptuj', 'Lenti'], start: '2019-02-29' }),
      { ...activity('ok-2'), id: undefined },
      activity('ok-3'),
    ])
    expect(result.records.map((record) => record.id)).toEqual(['ok-1', 'ok-3'])
    expect(result.issues).toEqual([
      { file: 'data/activities.json', record: '"forum24-2019"', field: 'start', message: 'not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' },
      { file: 'data/activities.json', record: '"forum24-2019"', field: 'towns[1]', message: 'id must be a lowercase ASCII slug like "murska-sobota"' },
      { file: 'data/activities.json', record: '#2', field: 'id', message: 'is missing' },
    ])
  })

  it('reject sources that are not absolute http(s) URLs, by index', () => {
    const sources = ['https://ok.example', 'javascript:alert(1)', 'ftp://example.org/a', 'data:text/html,x', '/relative']
    const result = parseLinksFile([link('a-b', 'a', 'b', { sources })])
    expect(result.issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual([
      'sources[1]: must be an absolute http(s) URL',
      'sources[2]: must be an absolute http(s) URL',
      'sources[3]: must be an absolute http(s) URL',
      'sources[4]: must be an absolute http(s) URL',
    ])
    expect(parseLinksFile([link('a-b', 'a', 'b', { sources: [] })]).issues).toEqual([
      { file: 'data/links.json', record: '"a-b"', field: 'sources', message: 'at least one source URL is required' },
    ])
  })

  it('give nested paths in projects and report a missing enum as missing', () => {
    const noRole = withoutFields(partner('x'), 'role')
    const result = parseProjectsFile([project('skupaj', {
      period: { start: '2010-07' } as never,
      partners: [partner('a'), noRole as never, partner('b', { towns: ['ok', 'Not OK'] })],
    })])
    expect(result.issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual([
      'period.end: is missing',
      'partners[1].role: is missing',
      'partners[2].towns[1]: id must be a lowercase ASCII slug like "murska-sobota"',
    ])
  })

  it('report unknown fields of a project period, a conflict and an organisation', () => {
    const p = { ...project('skupaj'), period: { start: null, end: null, until: '2013' } }
    expect(parseProjectsFile([p]).issues).toEqual([
      { file: 'data/projects.json', record: '"skupaj"', field: 'period', message: 'unknown field "until"' },
    ])
    const source = ['https://example.org/a']
    const conflicts = [{ field: 'budgetEur', values: [{ value: 1, sources: source }, { value: 2, notes: 'typo', sources: source }] }]
    expect(parseProjectsFile([{ ...project('skupaj'), conflicts }]).issues).toEqual([
      { file: 'data/projects.json', record: '"skupaj"', field: 'conflicts[0].values[1]', message: 'unknown field "notes"' },
    ])
    expect(parseOrganisationsFile([{ ...organisation('lto'), town: 'ljutomer' }]).issues).toEqual([
      { file: 'data/organisations.json', record: '"lto"', field: null, message: 'unknown field "town"' },
    ])
  })

  it('read the optional fields of each kind: link confidence, activity flags, umbrella parts, beneficiaries', () => {
    const l = link('weiz-gleisdorf', 'weiz', 'gleisdorf', { kind: 'regional-association', since: '1996-05-07', until: '2020', confidence: 'high' })
    const a = activity('exhibition-2001', { kind: 'exhibition', start: '2001', dateInferred: true, cityCooperation: false })
    const umbrella = project('city-cooperation-ii', { role: 'umbrella', parts: ['cc-si-at', 'cc-at-hu'] })
    const beneficiaries = [{ towns: ['vasvar'], output: sameInEveryLanguage('City branding'), sources: ['https://example.org/results'] }]
    const withBeneficiaries = project('cc-at-hu', { beneficiaries })
    expect(parseLinksFile([l]).issues).toEqual([])
    expect(parseActivitiesFile([a]).issues).toEqual([])
    expect(parseProjectsFile([umbrella, withBeneficiaries])).toEqual({ records: [umbrella, withBeneficiaries], issues: [], rejectedIds: [] })
  })

  it('report a link without until, a bad until or confidence, and wrong activity flags, by field', () => {
    const links = parseLinksFile([
      withoutFields(link('no-until', 'a', 'b'), 'until'),
      link('bad-until', 'a', 'b', { until: '2019-13' }),
      link('bad-confidence', 'a', 'b', { confidence: 'certain' as never }),
    ])
    expect(links.issues.map((issue) => `${issue.record} ${issue.field}: ${issue.message}`)).toEqual([
      '"no-until" until: is missing',
      '"bad-until" until: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      '"bad-confidence" confidence: Invalid option: expected one of "high"|"medium"|"low"',
    ])
    const activities = parseActivitiesFile([activity('flags', { dateInferred: 'yes' as never, cityCooperation: 0 as never })])
    expect(activities.issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual([
      'dateInferred: expected boolean, received string',
      'cityCooperation: expected boolean, received number',
    ])
  })

  it('report a project without a role, a bad part id and an incomplete beneficiary, by field', () => {
    const result = parseProjectsFile([
      withoutFields(project('no-role'), 'role'),
      project('bad', {
        role: 'umbrela' as never,
        parts: ['City Cooperation'],
        beneficiaries: [{ towns: [], output: sameInEveryLanguage('City branding') } as never],
      }),
    ])
    expect(result.issues.map((issue) => `${issue.record} ${issue.field}: ${issue.message}`)).toEqual([
      '"no-role" role: is missing',
      '"bad" role: Invalid option: expected one of "umbrella"|"programme"|"related"',
      '"bad" parts[0]: id must be a lowercase ASCII slug like "murska-sobota"',
      '"bad" beneficiaries[0].towns: Too small: expected array to have >=1 items',
      '"bad" beneficiaries[0].sources: is missing',
    ])
  })

  it('report a file that is not an array once, as a whole', () => {
    expect(parseOrganisationsFile({ organisations: [] })).toEqual({
      records: [],
      issues: [{ file: 'data/organisations.json', record: null, field: null, message: 'must be a JSON array of records' }],
      rejectedIds: [],
    })
    expect(parseLinksFile(undefined).issues).toEqual([
      { file: 'data/links.json', record: null, field: null, message: 'must be a JSON array of records' },
    ])
  })
})
