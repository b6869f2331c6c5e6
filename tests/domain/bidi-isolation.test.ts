import { describe, expect, it } from 'vitest'
import { isolateBidi, isolateDataText } from '../../src/domain/bidi-isolation'
import { activity, dataset, link, organisation, project, town } from './sample-dataset'

const [RLE, PDF, RLO] = ['\u202B', '\u202C', '\u202E']
const [LRI, FSI, PDI] = ['\u2066', '\u2068', '\u2069']

describe('isolateBidi', () => {
  it('leaves text without bidi controls or right-to-left letters as it is', () => {
    for (const text of ['Ptuj', 'Őriszentpéter', 'Forum24 – 7 March 2019', 'Z\u0351\u036B 👩\u200D👩\u200D👧', '']) expect(isolateBidi(text)).toBe(text)
  })

  it('wraps an override in an isolate and closes it before the end', () => {
    expect(isolateBidi(`${RLO}Ptuj`)).toBe(`${FSI}${RLO}Ptuj${PDF}${PDI}`)
  })

  it('closes what is left open in reverse order: isolates with PDI, embeddings and overrides with PDF', () => {
    expect(isolateBidi(`${RLO}a${RLE}b${LRI}c`)).toBe(`${FSI}${RLO}a${RLE}b${LRI}c${PDI}${PDF}${PDF}${PDI}`)
  })

  it('keeps what the text closes itself', () => {
    expect(isolateBidi(`a${RLO}b${PDF}c${LRI}d${PDI}`)).toBe(`${FSI}a${RLO}b${PDF}c${LRI}d${PDI}${PDI}`)
  })

  it('drops a stray PDI, which would close the wrapping isolate early, and a stray PDF', () => {
    expect(isolateBidi(`x${PDI}${RLO}evil${PDF}${PDF}`)).toBe(`${FSI}x${RLO}evil${PDF}${PDI}`)
  })

  it('lets a PDI close the embeddings opened inside its isolate, and a PDF not reach past an isolate', () => {
    expect(isolateBidi(`${LRI}${RLO}a${PDI}b`)).toBe(`${FSI}${LRI}${RLO}a${PDI}b${PDI}`)
    expect(isolateBidi(`${RLO}${LRI}a${PDF}`)).toBe(`${FSI}${RLO}${LRI}a${PDI}${PDF}${PDI}`)
  })

  it('isolates right-to-left letters without controls (an Arabic or Hebrew name beside a date)', () => {
    expect(isolateBidi('القاهرة')).toBe(`${FSI}القاهرة${PDI}`)
    expect(isolateBidi('תל אביב')).toBe(`${FSI}תל אביב${PDI}`)
  })
})

describe('isolateDataText', () => {
  const hostile = `${RLO}name`
  const safe = `${FSI}${RLO}name${PDF}${PDI}`
  const text = { original: 'en' as const, sl: hostile, de: 'de', hu: 'hu', en: hostile }

  it('isolates town names in every language and the region, and leaves ids and links alone', () => {
    const ptuj = town('ptuj', { names: { official: hostile, sl: hostile, de: 'Pettau', hu: 'Ptuj', en: 'Ptuj' }, region: hostile, website: 'https://www.ptuj.si' })
    const [result] = isolateDataText(dataset({ towns: [ptuj] })).towns
    expect(result?.names).toEqual({ official: safe, sl: safe, de: 'Pettau', hu: 'Ptuj', en: 'Ptuj' })
    expect(result?.region).toBe(safe)
    expect(result?.id).toBe('ptuj')
    expect(result?.website).toBe('https://www.ptuj.si')
  })

  it('isolates organisation names and every text in four languages, however deep', () => {
    const result = isolateDataText(dataset({
      organisations: [organisation('zrs', { name: hostile, shortName: hostile })],
      projects: [project('skupaj', { name: text, outputs: [text] })],
      activities: [activity('forum24', { title: text, notes: text })],
      links: [link('a-b', 'a', 'b', { notes: text })],
    }))
    expect(result.organisations[0]?.name).toBe(safe)
    expect(result.organisations[0]?.shortName).toBe(safe)
    expect(result.projects[0]?.name).toEqual({ ...text, sl: safe, en: safe })
    expect(result.projects[0]?.outputs).toEqual([{ ...text, sl: safe, en: safe }])
    expect(result.activities[0]?.title.en).toBe(safe)
    expect(result.activities[0]?.notes?.sl).toBe(safe)
    expect(result.links[0]?.notes?.en).toBe(safe)
  })

  it('gives back the very records that need nothing', () => {
    const data = dataset({ projects: [project('skupaj')], activities: [activity('forum24')], links: [link('a-b', 'a', 'b')] })
    const result = isolateDataText(data)
    expect(result.projects[0]).toBe(data.projects[0])
    expect(result.activities[0]).toBe(data.activities[0])
    expect(result.links[0]).toBe(data.links[0])
  })
})
