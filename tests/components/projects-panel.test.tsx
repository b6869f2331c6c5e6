import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseOrganisationsFile, parseProjectsFile } from '../../src/domain/dataset'
import type { Organisation } from '../../src/domain/organisation-schema'
import { formatPeriod } from '../../src/domain/partial-date-format'
import { projectLabel } from '../../src/domain/project-label'
import type { Project } from '../../src/domain/project-schema'
import { formatTownName } from '../../src/domain/town-names'
import type { Language } from '../../src/domain/town-schema'
import { ProjectsPanel } from '../../src/features/projects/projects-panel'
import { loadRealTowns, readDataFile, renderWithI18n, translationMark, uiText } from './test-utils'

const towns = loadRealTowns()
const parsedProjects = parseProjectsFile(JSON.parse(readDataFile('projects.json')) as unknown)
const parsedOrganisations = parseOrganisationsFile(JSON.parse(readDataFile('organisations.json')) as unknown)
const projects = parsedProjects.records
const organisations: ReadonlyMap<string, Organisation> = new Map(parsedOrganisations.records.map((item) => [item.id, item]))

afterEach(cleanup)

function townNameIn(language: Language) {
  const byId = new Map(towns.map((town) => [town.id, town]))
  return (id: string) => {
    const town = byId.get(id)
    return town ? formatTownName(town, language) : id
  }
}

function renderPanel(language: Language, activeProject: string | null = null) {
  const townName = townNameIn(language)
  const onFilterProject = vi.fn()
  const result = renderWithI18n(
    <ProjectsPanel projects={projects} organisations={organisations} townName={townName} activeProject={activeProject} onFilterProject={onFilterProject} />,
    language,
  )
  return { ...result, onFilterProject, townName }
}

function article(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`article[data-project="${id}"]`)
  if (!found) throw new Error(`no article for project "${id}"`)
  return found
}

/** The <dd> right after the <dt> with this text, inside `scope`. */
function valueOf(term: string, scope: HTMLElement): HTMLElement {
  const dt = within(scope).getByText(term, { selector: 'dt' })
  const dd = dt.nextElementSibling
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no <dd> after <dt>${term}</dt>`)
  return dd
}

function project(id: string): Project {
  const found = projects.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no project "${id}" in data/projects.json`)
  return found
}

const euroEn = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })

describe('ProjectsPanel', () => {
  it('reads the real projects and organisations without issues', () => {
    expect(parsedProjects.issues).toEqual([])
    expect(parsedOrganisations.issues).toEqual([])
    expect(projects.length).toBeGreaterThan(0)
  })

  it('shows every project of data/projects.json, in order, each labelled by its short name', () => {
    renderPanel('en')
    const articles = screen.getAllByRole('article')
    expect(articles.map((item) => item.getAttribute('data-project'))).toEqual(projects.map((item) => item.id))
    for (const item of projects) {
      expect(article(item.id)).toHaveAccessibleName(projectLabel(item, 'en'))
      expect(within(article(item.id)).getByText(item.name.en, { selector: '.project-full-name' })).toBeInTheDocument()
    }
    expect(article('city-cooperation-ii-si-at')).toHaveAccessibleName('City Cooperation II · SI–AT')
  })

  it('shows programme, period, budget in EUR and lead partner of every project', () => {
    renderPanel('en')
    for (const item of projects) {
      const scope = article(item.id)
      expect(valueOf('Programme', scope).querySelector('[lang]')?.textContent).toBe(item.programme.en)
      expect(valueOf('Period', scope).textContent).toBe(formatPeriod(item.period.start, item.period.end, 'en') ?? 'not known')
      expect(valueOf('Budget', scope).textContent).toBe(item.budgetEur === null ? 'not known' : euroEn.format(item.budgetEur))
      expect(valueOf('EU funding (ERDF)', scope).textContent).toBe(item.erdfEur === null ? 'not known' : euroEn.format(item.erdfEur))
      const lead = item.leadPartner === null ? 'not known' : organisations.get(item.leadPartner)?.name
      expect(valueOf('Lead partner', scope).textContent).toBe(lead)
    }
  })

  it('formats known values as people write them (City Cooperation II · SI–AT)', () => {
    renderPanel('en')
    const scope = article('city-cooperation-ii-si-at')
    expect(valueOf('Period', scope).textContent).toBe('1 March 2017 – 29 February 2020')
    expect(valueOf('Budget', scope).textContent).toBe('€1,904,402')
    expect(valueOf('EU funding (ERDF)', scope).textContent).toBe('€1,618,741')
    expect(valueOf('Lead partner', scope).textContent).toBe('Die Oststeirische Städtekooperation')
    // A month-precision period, and a project without any.
    expect(valueOf('Period', article('city-cooperation-ii')).textContent).toBe('May 2016 – December 2020')
    expect(valueOf('Period', article('3parki')).textContent).toBe('not known')
    expect(valueOf('Lead partner', article('city-cooperation-i-at-hu')).textContent).toBe('not known')
  })

  it.each([
    ['de', 'Budget', '1.904.402 €'],
    ['sl', 'Proračun', '1.904.402 €'],
    ['hu', 'Költségvetés', '1 904 402 EUR'],
  ] as const)('formats the budget as EUR in %s', (language, term, text) => {
    renderPanel(language)
    const dd = valueOf(term, article('city-cooperation-ii-si-at'))
    // Hungarian and others use a (narrow) no-break space as the group separator.
    expect(dd.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe(text)
  })

  it('lists every partner by name with the towns it represents, the lead marked', () => {
    const { townName } = renderPanel('en')
    for (const item of projects) {
      const list = article(item.id).querySelector('ul.project-partners')
      if (item.partners.length === 0) {
        expect(list).toBeNull()
        continue
      }
      const rows = Array.from((list as HTMLElement).querySelectorAll(':scope > li'))
      expect(rows).toHaveLength(item.partners.length)
      item.partners.forEach((partner, index) => {
        const row = rows[index] as HTMLElement
        expect(row.querySelector('.partner-name')?.textContent).toBe(organisations.get(partner.organisation)?.name)
        if (partner.towns.length > 0) expect(row.textContent).toContain(partner.towns.map(townName).join(', '))
        expect(within(row).queryByText('lead') !== null).toBe(partner.role === 'lead')
      })
    }
  })

  it('shows which towns each partner of City Cooperation II · SI–AT represents, and what it is, in the reader’s language', () => {
    renderPanel('de')
    const partners = project('city-cooperation-ii-si-at').partners
    const rows = Array.from(article('city-cooperation-ii-si-at').querySelectorAll('ul.project-partners > li'))
    // Each partner's description is translated from English: marked, the original one click away.
    const described = (position: number) => ` · ${partners[position]?.description?.de ?? ''}${translationMark('de', 'en')}`
    expect(rows.map((row) => row.textContent)).toEqual([
      `Die Oststeirische Städtekooperation${uiText('de', 'projects.leadBadge')} · Bad Radkersburg, Fehring, Feldbach, Friedberg, Fürstenfeld, Gleisdorf, Hartberg, Weiz${described(0)}`,
      `Znanstveno-raziskovalno središče Bistra Ptuj · Lenart v Slovenskih goricah (Sankt Leonhard in Windischbüheln), Ormož (Friedau), Ptuj (Pettau)${described(1)}`,
      `Razvojni center Murska Sobota · Beltinci, Lendava (Unterlimbach), Murska Sobota (Olsnitz)${described(2)}`,
      `PORA, razvojna agencija Gornja Radgona · Gornja Radgona (Oberradkersburg), Ljutomer (Luttenberg), Radenci (Bad Radein)${described(3)}`,
    ])
    expect(partners[0]?.description?.de).toBe('Städteverbund (Lead Partner)')
  })

  it('shows the goals and the partners\' descriptions and notes in the reader\'s language, each with its lang', () => {
    renderPanel('hu')
    for (const item of projects) {
      const goals = article(item.id).querySelector('.project-goals p')
      if (!item.goals) {
        expect(goals).toBeNull()
        continue
      }
      expect(goals?.textContent).toBe(item.goals.hu)
      expect(goals).toHaveAttribute('lang', 'hu')
    }
    const atHu = project('city-cooperation-ii-at-hu')
    const lenti = atHu.partners.findIndex((partner) => partner.organisation === 'lenti-municipality')
    const notes = atHu.partners[lenti]?.notes
    expect(notes?.hu).toMatch(/^zaol\.hu/)
    const row = article(atHu.id).querySelectorAll('ul.project-partners > li')[lenti] as HTMLElement
    expect(within(row).getByText(notes?.hu ?? '')).toHaveAttribute('lang', 'hu')
    expect(within(row).getByText(atHu.partners[lenti]?.description?.hu ?? '')).toHaveAttribute('lang', 'hu')
  })

  it('shows a goal written in English unmarked in English, and offers its English words to a German reader', async () => {
    const user = userEvent.setup()
    const goals = project('city-cooperation-ii-si-at').goals
    expect(goals?.original).toBe('en')
    renderPanel('en')
    const scope = article('city-cooperation-ii-si-at').querySelector('.project-goals') as HTMLElement
    expect(scope.textContent).toBe(goals?.en)
    expect(within(scope).queryByRole('button')).toBeNull()
    cleanup()
    renderPanel('de')
    const german = article('city-cooperation-ii-si-at').querySelector('.project-goals') as HTMLElement
    const mark = within(german).getByRole('button', { pressed: false })
    expect(mark.textContent).toBe(translationMark('de', 'en'))
    await user.click(mark)
    expect(within(german).getByText(goals?.en ?? '')).toHaveAttribute('lang', 'en')
    expect(mark).toHaveAttribute('aria-pressed', 'true')
  })

  it('shows each partner’s budget where the data has it', () => {
    renderPanel('en')
    const rows = Array.from(article('city-cooperation-ii-at-hu').querySelectorAll('ul.project-partners > li'))
    expect(rows[0]?.textContent).toContain('€590,567')
    expect(rows[1]?.textContent).toContain('Lenti Város Önkormányzata · Lenti, Zalalövő, Letenye · €335,501')
  })

  it('shows the conflict on the period of City Cooperation II · SI–AT with both periods and their sources', () => {
    renderPanel('en')
    const note = within(article('city-cooperation-ii-si-at')).getByRole('note')
    expect(note).toHaveTextContent('Sources disagree')
    expect(note).toHaveTextContent('on Period:')
    const conflict = project('city-cooperation-ii-si-at').conflicts?.[0]
    expect(conflict?.field).toBe('period')
    const values = Array.from(note.querySelectorAll('ul ul > li'))
    expect(values).toHaveLength(2)
    expect(values[0]).toHaveTextContent('2017-03-01 – 2020-02-29')
    expect(values[1]).toHaveTextContent('2017-09-01 – 2020-08-31')
    const first = within(values[0] as HTMLElement).getByRole('link', { name: 'pora-gr.si' })
    expect(first).toHaveAttribute('href', 'https://pora-gr.si/projekti/projekti/item/839-city-cooperation-ii.html')
    const second = within(values[1] as HTMLElement).getByRole('link', { name: 'bistra.si' })
    expect(second).toHaveAttribute('href', 'https://bistra.si/en/project-office/ongoing-projects/city-cooperation-ii')
    for (const link of [first, second]) expect(link).toHaveAttribute('target', '_blank')
  })

  it('shows money in a conflict as EUR and no conflict note where the sources agree', () => {
    renderPanel('en')
    const note = within(article('city-cooperation-i-si-at')).getByRole('note')
    expect(note).toHaveTextContent('on Budget:')
    expect(note).toHaveTextContent('€1,800,000')
    expect(note).toHaveTextContent('€1,515,950')
    const withoutConflicts = projects.filter((item) => (item.conflicts ?? []).length === 0)
    expect(withoutConflicts.length).toBeGreaterThan(0)
    for (const item of withoutConflicts) expect(within(article(item.id)).queryByRole('note')).toBeNull()
  })

  it('shows the umbrella City Cooperation II with its two parts, each part naming its umbrella', () => {
    renderPanel('en')
    const umbrella = project('city-cooperation-ii')
    expect(umbrella.role).toBe('umbrella')
    const parts = article('city-cooperation-ii').querySelector('.umbrella-parts') as HTMLElement
    expect(parts.querySelector('.hint')?.textContent).toMatch(/^An umbrella record: it describes these projects as one/)
    const links = within(parts).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['City Cooperation II · SI–AT', 'City Cooperation II · AT–HU'])
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#project-city-cooperation-ii-si-at', '#project-city-cooperation-ii-at-hu'])
    // Each target is the part's heading.
    for (const link of links) expect(document.getElementById((link.getAttribute('href') ?? '').slice(1))?.tagName).toBe('H2')
    for (const part of umbrella.parts ?? []) {
      expect(article(part).querySelector('.part-of')?.textContent).toBe(uiText('en', 'projects.partOf', { project: projectLabel(umbrella, 'en') }))
    }
    expect(article('city-cooperation-i-si-at').querySelector('.part-of')).toBeNull()
    expect(article('city-cooperation-i-si-at').querySelector('.umbrella-parts')).toBeNull()
  })

  it('marks related projects as outside City Cooperation, and only them', () => {
    renderPanel('de')
    for (const item of projects) {
      const mark = within(article(item.id)).queryByText(uiText('de', 'evidence.outside'))
      expect(mark !== null).toBe(item.role === 'related')
    }
    expect(projects.filter((item) => item.role === 'related').map((item) => item.id)).toContain('skupaj')
  })

  it('lists the towns an output names as beneficiaries, with the output and its sources', () => {
    const { townName } = renderPanel('en')
    const atHu = project('city-cooperation-ii-at-hu')
    const entries = atHu.beneficiaries ?? []
    expect(entries.length).toBeGreaterThan(0)
    const rows = Array.from(article(atHu.id).querySelectorAll('ul.project-beneficiaries > li'))
    expect(rows).toHaveLength(entries.length)
    entries.forEach((entry, position) => {
      const row = rows[position] as HTMLElement
      expect(row.querySelector('.partner-name')?.textContent).toBe(entry.towns.map(townName).join(', '))
      expect(row.textContent).toContain(entry.output.en)
      expect(within(row).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(entry.sources.map((source) => new URL(source).href))
    })
    expect(rows[0]?.textContent).toContain('Vasvár')
    expect(article('city-cooperation-ii-si-at').querySelector('ul.project-beneficiaries')).toBeNull()
  })

  it('folds the notes of the sources of each project that has notes', () => {
    renderPanel('en')
    for (const item of projects) {
      const notes = article(item.id).querySelector('details.evidence-notes')
      if (!item.notes) {
        expect(notes).toBeNull()
        continue
      }
      expect(notes?.querySelector('summary')?.textContent).toBe('Notes from the sources')
      expect(notes?.querySelector('p')?.textContent).toBe(item.notes.en)
      expect((notes as HTMLDetailsElement).open).toBe(false)
    }
  })

  it('lists the sources as links that open in a new tab', () => {
    renderPanel('en')
    for (const item of projects) {
      const sources = article(item.id).querySelector('ul.sources') as HTMLElement
      const links = within(sources).getAllByRole('link')
      expect(links.map((link) => link.getAttribute('href'))).toEqual(item.sources.map((source) => new URL(source).href))
      for (const link of links) expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
  })

  it('filters by a project with its button, and unfilters when it is already active', async () => {
    const user = userEvent.setup()
    const { onFilterProject, rerender } = renderPanel('en')
    const button = within(article('skupaj')).getByRole('button', { name: 'Show only this project' })
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await user.click(button)
    expect(onFilterProject).toHaveBeenCalledExactlyOnceWith('skupaj')

    rerender(
      <ProjectsPanel projects={projects} organisations={organisations} townName={townNameIn('en')} activeProject="skupaj" onFilterProject={onFilterProject} />,
    )
    const active = within(article('skupaj')).getByRole('button', { name: 'Show all projects' })
    expect(active).toHaveAttribute('aria-pressed', 'true')
    // Only the active project's button is pressed.
    expect(screen.getAllByRole('button', { pressed: true })).toEqual([active])
    await user.click(active)
    expect(onFilterProject).toHaveBeenLastCalledWith(null)

    // Another project's button switches the filter to it.
    await user.click(within(article('twin-city')).getByRole('button', { name: 'Show only this project' }))
    expect(onFilterProject).toHaveBeenLastCalledWith('twin-city')
    expect(onFilterProject).toHaveBeenCalledTimes(3)
  })
})
