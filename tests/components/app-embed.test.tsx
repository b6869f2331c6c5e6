import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/app'
import { resetViewStore } from '../../src/app/use-view'
import type { NetworkMapProps } from '../../src/features/map/network-map'
import { createI18n } from '../../src/i18n/i18n'
import { DATA_FILE_NAMES, readDataFile } from './test-utils'

// jsdom has no WebGL: a stand-in for the map that shows how it was set up and can select a town.
vi.mock('../../src/features/map/network-map', () => ({
  NetworkMap: ({ selectedTownId, onSelectTown, cooperativeGestures }: NetworkMapProps) => (
    <div data-testid="map" data-selected={selectedTownId ?? ''} data-cooperative={String(cooperativeGestures ?? false)}>
      <button type="button" onClick={() => onSelectTown('szentgotthard')}>map: Szentgotthárd</button>
    </div>
  ),
}))
// ...standing in for the full map, which needs WebGL (the simpler map without it has its own tests).
vi.mock('../../src/features/map/webgl-support', () => ({ webGLSupported: () => true, watchContextLoss: () => () => undefined }))

/** fetch answering each file of data/ with its real text. */
function stubFetch() {
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://localhost/').pathname
    const name = DATA_FILE_NAMES.find((candidate) => path.endsWith(`/${candidate}`))
    return name === undefined ? new Response('not found', { status: 404 }) : new Response(readDataFile(name), { status: 200 })
  }))
}

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`)
  resetViewStore()
  stubFetch()
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={createI18n('en')}>
        <App />
      </I18nextProvider>
    </QueryClientProvider>,
  )
  return userEvent.setup()
}

beforeEach(() => {
  document.title = ''
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
  resetViewStore()
})

describe('App with ?embed=1', () => {
  it('shows the map alone, with two-finger gestures, a legend and a link to the same view without embed=1', async () => {
    renderApp('?embed=1&lang=en&town=ptuj')
    const map = await screen.findByTestId('map')
    expect(map).toHaveAttribute('data-cooperative', 'true')
    expect(map).toHaveAttribute('data-selected', 'ptuj')
    expect(screen.queryByRole('banner')).toBeNull()
    expect(screen.queryByRole('tablist')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull()
    expect(document.querySelector('.timeline')).toBeNull()
    expect(screen.getByRole('list', { name: 'Ties' })).toBeInTheDocument()
    const link = screen.getByRole('link', { name: /Open the full map/ })
    expect(link).toHaveAttribute('href', `${window.location.origin}/?lang=en&town=ptuj`)
    expect(document.title).toBe('Ptuj – 24 Cities network')
  })

  it('replaces the frame\'s history entry on a click, so the host page\'s Back leaves; the link and title follow', async () => {
    const user = renderApp('?embed=1&lang=en')
    await screen.findByTestId('map')
    const entries = window.history.length
    await user.click(screen.getByRole('button', { name: 'map: Szentgotthárd' }))
    expect(new URLSearchParams(window.location.search).get('town')).toBe('szentgotthard')
    expect(window.history.length).toBe(entries)
    expect(screen.getByRole('link', { name: /Open the full map/ })).toHaveAttribute('href', `${window.location.origin}/?lang=en&town=szentgotthard`)
    expect(document.title).toBe('Szentgotthárd – 24 Cities network')
  })
})

describe('App in full', () => {
  it('has the Share and Embed buttons, a map without cooperative gestures, and pushes an entry per click', async () => {
    const user = renderApp('?lang=en')
    const map = await screen.findByTestId('map')
    expect(map).toHaveAttribute('data-cooperative', 'false')
    expect(screen.getByRole('button', { name: 'Share' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Embed' })).toHaveAttribute('aria-haspopup', 'dialog')
    const entries = window.history.length
    await user.click(screen.getByRole('button', { name: 'map: Szentgotthárd' }))
    expect(window.history.length).toBe(entries + 1)
    expect(document.title).toBe('Szentgotthárd – 24 Cities network')
  })
})
