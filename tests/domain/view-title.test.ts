import { describe, expect, it } from 'vitest'
import type { Language } from '../../src/domain/town-schema'
import { viewSubject, viewTitle, type TitledView, type ViewTitleTexts } from '../../src/domain/view-title'
import { loadFixtureDataset } from '../real-data'
import { activity, dataset, project, town } from './sample-dataset'

const real = loadFixtureDataset()

/** The app's name and the tab names as the locales have them. */
const TEXTS: Record<Language, ViewTitleTexts> = {
  en: { app: '24 Cities network', tabs: { network: 'Network', activities: 'Activities', projects: 'Projects' } },
  de: { app: 'Netzwerk der 24 Städte', tabs: { network: 'Netzwerk', activities: 'Aktivitäten', projects: 'Projekte' } },
  sl: { app: 'Mreža 24 mest', tabs: { network: 'Mreža', activities: 'Dejavnosti', projects: 'Projekti' } },
  hu: { app: 'A 24 város hálózata', tabs: { network: 'Hálózat', activities: 'Tevékenységek', projects: 'Projektek' } },
}

const FIRST: TitledView = { town: null, activity: null, tab: null, filter: { project: null } }
const view = (change: Partial<TitledView>): TitledView => ({ ...FIRST, ...change })
const title = (change: Partial<TitledView>, language: Language = 'en') => viewTitle(view(change), real, language, TEXTS[language])

describe('viewTitle', () => {
  it('is the app\'s name alone for the first view, in each language', () => {
    expect(title({})).toBe('24 Cities network')
    expect(title({}, 'hu')).toBe('A 24 város hálózata')
    expect(title({}, 'sl')).toBe('Mreža 24 mest')
  })

  it('names the open town: the official name, and the reader\'s own beside it where it differs', () => {
    expect(title({ town: 'szentgotthard' }, 'hu')).toBe('Szentgotthárd – A 24 város hálózata')
    expect(title({ town: 'szentgotthard' }, 'en')).toBe('Szentgotthárd – 24 Cities network')
    expect(title({ town: 'szentgotthard' }, 'sl')).toBe('Szentgotthárd (Monošter) – Mreža 24 mest')
    expect(title({ town: 'ptuj' }, 'de')).toBe('Ptuj (Pettau) – Netzwerk der 24 Städte')
    expect(title({ town: 'ptuj', tab: 'network' }, 'de')).toBe('Ptuj (Pettau) – Netzwerk der 24 Städte')
  })

  it('names an open activity by its title in the reader\'s language, before a town', () => {
    expect(title({ activity: '8-staedte-gutschein' }, 'en')).toBe('8-town voucher – 24 Cities network')
    expect(title({ activity: '8-staedte-gutschein' }, 'de')).toBe('8-Städte-Gutschein – Netzwerk der 24 Städte')
    expect(title({ activity: '8-staedte-gutschein', town: 'hartberg' }, 'en')).toBe('8-town voucher – 24 Cities network')
  })

  it('names the project everything is narrowed to by its short label', () => {
    expect(title({ filter: { project: 'twin-city' }, tab: 'projects' })).toBe('Twin City – 24 Cities network')
    expect(title({ filter: { project: 'city-cooperation-ii-at-hu' } }, 'hu')).toBe('City Cooperation II · AT–HU – A 24 város hálózata')
  })

  it('names a tab other than the first view\'s', () => {
    expect(title({ tab: 'network' })).toBe('Network – 24 Cities network')
    expect(title({ tab: 'network' }, 'hu')).toBe('Hálózat – A 24 város hálózata')
    expect(title({ tab: 'activities' }, 'de')).toBe('Aktivitäten – Netzwerk der 24 Städte')
    expect(title({ tab: 'towns' })).toBe('24 Cities network')
  })

  it('ignores ids the data does not know, and names nothing before the data is there', () => {
    expect(title({ town: 'ptujj' })).toBe('24 Cities network')
    expect(title({ activity: 'nothing-like-this', town: 'lendava' }, 'hu')).toBe('Lendava (Lendva) – A 24 város hálózata')
    expect(title({ filter: { project: 'no-such-project' }, tab: 'network' })).toBe('Network – 24 Cities network')
    expect(viewTitle(view({ town: 'ptuj' }), null, 'en', TEXTS.en)).toBe('24 Cities network')
  })
})

describe('viewSubject', () => {
  const records = dataset({
    towns: [town('alpha', { names: { official: 'Alpha', sl: 'Alfa', de: 'Alpha', hu: 'Alfa', en: 'Alpha' } })],
    activities: [activity('meeting', { title: { original: 'sl', sl: 'Srečanje', de: 'Treffen', hu: 'Találkozó', en: 'Meeting' } })],
    projects: [project('p', { name: { original: 'en', sl: 'Parki – dolg uradni naslov', de: 'Parks – ein langer amtlicher Titel', hu: 'Parkok – hosszú hivatalos cím', en: 'Parks – a long official title' } })],
  })

  it('takes the most specific part of the view: activity, town, project, tab', () => {
    const full = view({ activity: 'meeting', town: 'alpha', filter: { project: 'p' }, tab: 'network' })
    expect(viewSubject(full, records, 'en', TEXTS.en)).toBe('Meeting')
    expect(viewSubject(full, records, 'sl', TEXTS.sl)).toBe('Srečanje')
    expect(viewSubject(full, records, 'de', TEXTS.de)).toBe('Treffen')
    expect(viewSubject({ ...full, activity: null }, records, 'hu', TEXTS.hu)).toBe('Alpha (Alfa)')
    expect(viewSubject({ ...full, activity: null, town: null }, records, 'en', TEXTS.en)).toBe('Parks')
    expect(viewSubject({ ...full, activity: null, town: null }, records, 'hu', TEXTS.hu)).toBe('Parkok')
    expect(viewSubject(view({ tab: 'network' }), records, 'en', TEXTS.en)).toBe('Network')
    expect(viewSubject(FIRST, records, 'en', TEXTS.en)).toBeNull()
  })
})
