import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/app'
import type { Activity } from '../../src/domain/activity-schema'
import type { Language } from '../../src/domain/town-schema'
import type { NetworkMapProps } from '../../src/features/map/network-map'
import { createI18n } from '../../src/i18n/i18n'
import { DATA_FILE_NAMES, getButtonByText, readDataFile, type DataFileName } from './test-utils'

// jsdom has no WebGL: a tiny stand-in for the map that shows what it was given and can select a town.
vi.mock('../../src/features/map/network-map', () => ({
  NetworkMap: ({ towns, selectedTownId, onSelectTown }: NetworkMapProps) => (
    <div data-testid="map" data-towns={towns.length} data-selected={selectedTownId ?? ''}>
      <button type="button" onClick={() => onSelectTown('szentgotthard')}>map: Szentgotthárd</button>
      <button type="button" onClick={() => onSelectTown(null)}>map: background</button>
    </div>
  ),
}))
// ...standing in for the full map, which needs WebGL (the simpler map without it has its own tests).
vi.mock('../../src/features/map/webgl-support', () => ({ webGLSupported: () => true, watchContextLoss: () => () => undefined }))

/** What the stubbed fetch answers for one file instead of its real text. */
type Answer = { body: string; status?: number } | { reject: Error } | { pending: Promise<string> }

/** fetch, answering each file of data/ (matched by file name) with its real JSON unless told otherwise. */
function stubFetch(answers: Partial<Record<DataFileName, Answer>> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = new URL(url, 'http://localhost/').pathname
    const name = DATA_FILE_NAMES.find((candidate) => path.endsWith(`/${candidate}`))
    if (name === undefined) return new Response('not found', { status: 404 })
    const answer = answers[name]
    if (answer === undefined) return new Response(readDataFile(name), { status: 200 })
    if ('reject' in answer) throw answer.reject
    if ('pending' in answer) return new Response(await answer.pending, { status: 200 })
    return new Response(answer.body, { status: answer.status ?? 200 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderApp(language: Language = 'en') {
  const i18n = createI18n(language)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </QueryClientProvider>,
  )
  return { user, i18n }
}

/** Waits until the data has loaded and returns the town list. */
async function townList(): Promise<HTMLElement> {
  const list = await screen.findByRole('navigation')
  return list
}

function townButtons(list: HTMLElement): HTMLButtonElement[] {
  return Array.from(list.querySelectorAll('button'))
}

function search(): URLSearchParams {
  return new URLSearchParams(window.location.search)
}

/** The open town panel (<aside>), or null. */
function townPanel(): HTMLElement | null {
  return document.querySelector('aside.town-panel')
}

const realActivities = JSON.parse(readDataFile('activities.json')) as Activity[]

beforeEach(() => {
  // A returning visitor, who has seen "About this network" (a first visit is tested on its own).
  window.localStorage.setItem('24cities.about.seen', '1')
  window.history.replaceState(null, '', '/')
  document.documentElement.lang = ''
  document.title = ''
})

afterEach(() => {
  cleanup()
  window.localStorage.clear()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe('App', () => {
  it('asks for data/tour.json on a first visit only, for "About this network"', async () => {
    window.localStorage.clear()
    const fetchMock = stubFetch()
    renderApp()
    await townList()
    await waitFor(() => expect(fetchMock.mock.calls.map(([input]) => String(input))).toContain('/data/tour.json'))
  })

  it('fetches the five files of data/ from the URLs the ?url imports give', async () => {
    const fetchMock = stubFetch()
    renderApp()
    await townList()
    const urls = fetchMock.mock.calls.map(([input]) => String(input)).sort()
    expect(urls).toEqual([
      '/data/activities.json',
      '/data/cities.geojson',
      '/data/links.json',
      '/data/organisations.json',
      '/data/projects.json',
    ])
  })

  it('shows the title, a loading status, then the 24 towns and the map, without data problems', async () => {
    let release: (text: string) => void = () => {}
    const pending = new Promise<string>((resolve) => {
      release = resolve
    })
    stubFetch({ 'links.json': { pending } })
    renderApp()

    expect(screen.getByRole('heading', { level: 1, name: '24 Cities network' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Loading the map…')
    expect(screen.queryByRole('navigation')).toBeNull()

    release(readDataFile('links.json'))
    const list = await townList()
    expect(townButtons(list)).toHaveLength(24)
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByTestId('map')).toHaveAttribute('data-towns', '24')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(document.title).toBe('24 Cities network')
    expect(document.documentElement.lang).toBe('en')
  })

  it('opens the panel of a town clicked in the list and puts ?town=<id> in the URL', async () => {
    stubFetch()
    const { user } = renderApp()
    const list = await townList()
    expect(townPanel()).toBeNull()

    await user.click(getButtonByText('Murska Sobota', list))
    const panel = townPanel()
    expect(panel).not.toBeNull()
    expect(within(panel as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent(/^Murska Sobota$/)
    expect(within(panel as HTMLElement).getByRole('heading', { level: 2 })).toHaveFocus()
    expect(search().get('town')).toBe('murska-sobota')
    expect(getButtonByText('Murska Sobota', list)).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByTestId('map')).toHaveAttribute('data-selected', 'murska-sobota')

    await user.click(getButtonByText('Ptuj', list))
    expect(townPanel()).toHaveAttribute('data-town', 'ptuj')
    expect(search().get('town')).toBe('ptuj')
    expect(getButtonByText('Murska Sobota', list)).toHaveAttribute('aria-pressed', 'false')
  })

  it('wires the map: selecting a town on the map opens its panel, the background closes it', async () => {
    stubFetch()
    const { user } = renderApp()
    await townList()

    await user.click(screen.getByRole('button', { name: 'map: Szentgotthárd' }))
    expect(townPanel()).toHaveAttribute('data-town', 'szentgotthard')
    expect(search().get('town')).toBe('szentgotthard')

    await user.click(screen.getByRole('button', { name: 'map: background' }))
    expect(townPanel()).toBeNull()
    expect(search().has('town')).toBe(false)
  })

  it('closes the panel with its close button', async () => {
    stubFetch()
    const { user } = renderApp()
    const list = await townList()
    await user.click(getButtonByText('Lenti', list))
    await user.click(within(townPanel() as HTMLElement).getByRole('button', { name: 'Close' }))
    expect(townPanel()).toBeNull()
    expect(search().has('town')).toBe(false)
  })

  it('closes the panel with Escape', async () => {
    stubFetch()
    const { user } = renderApp()
    const list = await townList()
    await user.click(getButtonByText('Weiz', list))
    expect(townPanel()).not.toBeNull()

    await user.keyboard('{Escape}')
    expect(townPanel()).toBeNull()
    expect(search().has('town')).toBe(false)
  })

  it('switches the language: visible texts, <html lang>, document title and ?lang= in the URL', async () => {
    stubFetch()
    const { user, i18n } = renderApp('en')
    const list = await townList()
    await user.click(getButtonByText('Ptuj', list))
    expect(within(townPanel() as HTMLElement).getByText('Population')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'DE' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Netzwerk der 24 Städte')
    expect(document.documentElement.lang).toBe('de')
    // The title names the open town, in the reader's language.
    expect(document.title).toBe('Ptuj (Pettau) – Netzwerk der 24 Städte')
    expect(i18n.language).toBe('de')
    expect(search().get('lang')).toBe('de')
    expect(search().get('town')).toBe('ptuj')
    expect(screen.getByRole('button', { name: 'DE' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'false')
    expect(getButtonByText('Ptuj (Pettau)', list)).toBeInTheDocument()
    expect(within(list).getByRole('heading', { level: 3, name: 'Österreich 8' })).toBeInTheDocument()
    const panel = townPanel() as HTMLElement
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(/^Ptuj \(Pettau\)$/)
    expect(within(panel).getByText('Einwohner')).toBeInTheDocument()
    expect(within(panel).getByText(/^23\.611 \(2021\)/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'HU' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A 24 város hálózata')
    expect(document.documentElement.lang).toBe('hu')
    expect(search().get('lang')).toBe('hu')
    expect(getButtonByText('Murska Sobota (Muraszombat)', list)).toBeInTheDocument()
    expect(getButtonByText('Ptuj', list)).toBeInTheDocument()
  })

  it('restores the language and the selected town from a shared link', async () => {
    window.history.replaceState(null, '', '/?lang=hu&town=ptuj')
    stubFetch()
    renderApp('en')
    await townList()
    await waitFor(() => expect(document.documentElement.lang).toBe('hu'))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A 24 város hálózata')
    expect(townPanel()).toHaveAttribute('data-town', 'ptuj')
    expect(within(townPanel() as HTMLElement).getByText('Lakosság')).toBeInTheDocument()
  })

  it('ignores a town in the URL that does not exist', async () => {
    window.history.replaceState(null, '', '/?town=atlantis')
    stubFetch()
    renderApp()
    const list = await townList()
    expect(townButtons(list)).toHaveLength(24)
    expect(townPanel()).toBeNull()
    for (const button of townButtons(list)) expect(button).toHaveAttribute('aria-pressed', 'false')
  })

  it('steps back through selections with the back button', async () => {
    stubFetch()
    const { user } = renderApp()
    const list = await townList()
    await user.click(getButtonByText('Ptuj', list))
    await user.click(getButtonByText('Lendava', list))
    expect(townPanel()).toHaveAttribute('data-town', 'lendava')

    window.history.back()
    await waitFor(() => expect(townPanel()).toHaveAttribute('data-town', 'ptuj'))
    expect(search().get('town')).toBe('ptuj')
  })

  it('lists the 24 towns and reports an unknown town in activities.json precisely', async () => {
    const activities = structuredClone(realActivities)
    const broken = activities.find((activity) => activity.towns.length > 0 && !activity.towns.includes('all-24'))
    if (!broken) throw new Error('no activity with a list of towns in data/activities.json')
    broken.towns.push('ptujj')
    const index = broken.towns.length - 1
    stubFetch({ 'activities.json': { body: JSON.stringify(activities) } })
    renderApp()

    const list = await townList()
    expect(townButtons(list)).toHaveLength(24)
    const alert = screen.getByRole('alert')
    const expected = `data/activities.json: record "${broken.id}" field towns[${index}]: unknown town "ptujj" (did you mean "ptuj"?)`
    expect(alert).toHaveTextContent(expected, { normalizeWhitespace: false })
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expected])
  })

  it('shows markup smuggled into a data file as text, never as an element', async () => {
    const activities = structuredClone(realActivities) as unknown as Record<string, unknown>[]
    const first = activities[0] as Record<string, unknown>
    first['<img src=x onerror=alert(1)>'] = 1
    stubFetch({ 'activities.json': { body: JSON.stringify(activities) } })
    renderApp()

    const list = await townList()
    expect(townButtons(list)).toHaveLength(24)
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText(
      `data/activities.json: record ${JSON.stringify(first.id)}: unknown field "<img src=x onerror=alert(1)>"`,
    )).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
  })

  it.each([
    ['links.json', { reject: new TypeError('Failed to fetch') }, 'data/links.json: could not be loaded (Failed to fetch)'],
    ['projects.json', { body: 'Not Found', status: 404 }, 'data/projects.json: could not be loaded (HTTP 404)'],
    ['organisations.json', { body: '{ not json' }, 'data/organisations.json: could not be loaded (not valid JSON'],
  ] as const)('still lists the towns when %s cannot be loaded, and names the file', async (file, answer, message) => {
    stubFetch({ [file]: answer })
    renderApp()

    const list = await townList()
    expect(townButtons(list)).toHaveLength(24)
    const alert = screen.getByRole('alert')
    const items = within(alert).getAllByRole('listitem')
    // Only the load error: references into the missing file are not reported one by one.
    expect(items).toHaveLength(1)
    expect(items[0]?.textContent?.startsWith(message)).toBe(true)
  })

  it('names cities.geojson when the towns cannot be loaded', async () => {
    stubFetch({ 'cities.geojson': { body: 'Server Error', status: 500 } })
    renderApp()

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('data/cities.geojson: could not be loaded (HTTP 500)')).toBeInTheDocument()
    expect(townButtons(screen.getByRole('navigation'))).toHaveLength(0)
    expect(screen.getByTestId('map')).toHaveAttribute('data-towns', '0')
  })
})
