import { describe, expect, it, vi } from 'vitest'
import { createViewStore, type HistoryHost } from '../../src/url-state/view-store'

/** A browser history in memory: entries, an index, and popstate on back() and forward(). */
function fakeHost(search = '') {
  const entries = [`/${search}`]
  let index = 0
  const listeners = new Set<() => void>()
  const location = { pathname: '/', search, hash: '' }
  const go = (to: number) => {
    index = to
    location.search = new URL(entries[index]!, 'http://x').search
    listeners.forEach((listener) => listener())
  }
  const host: HistoryHost & { back(): void; forward(): void; length(): number } = {
    location,
    history: {
      pushState: (_data, _unused, url) => {
        entries.splice(index + 1, entries.length, url)
        index += 1
        location.search = new URL(url, 'http://x').search
      },
      replaceState: (_data, _unused, url) => {
        entries[index] = url
        location.search = new URL(url, 'http://x').search
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    back: () => go(index - 1),
    forward: () => go(index + 1),
    length: () => entries.length,
  }
  return host
}

describe('createViewStore', () => {
  it('reads the view from the address, the same object until the address changes', () => {
    const host = fakeHost('?town=ptuj')
    const store = createViewStore(host)
    expect(store.get().town).toBe('ptuj')
    expect(store.get()).toBe(store.get())
  })

  it('one action that changes town, period and tab is one history entry; Back undoes all of it', () => {
    const host = fakeHost('?lang=de')
    const store = createViewStore(host)
    const listener = vi.fn()
    store.subscribe(listener)
    store.update((view) => ({ town: 'lendava', tab: 'activities', filter: { ...view.filter, from: '2019-03-01', to: '2019-03-31' } }))
    expect(host.location.search).toBe('?lang=de&town=lendava&tab=activities&from=2019-03-01&to=2019-03-31')
    expect(host.length()).toBe(2)
    expect(listener).toHaveBeenCalledTimes(1)
    host.back()
    expect(store.get()).toMatchObject({ lang: 'de', town: null, tab: null, filter: { from: null, to: null } })
    expect(listener).toHaveBeenCalledTimes(2)
    host.forward()
    expect(store.get()).toMatchObject({ town: 'lendava', tab: 'activities' })
  })

  it('map moves replace the entry, so Back restores the camera of the last action', () => {
    const host = fakeHost()
    const store = createViewStore(host)
    store.update({ town: 'ptuj' })
    store.update({ camera: { lon: 15.87, lat: 46.42, zoom: 11 } }, { replace: true })
    store.update({ camera: { lon: 15.9, lat: 46.4, zoom: 12 } }, { replace: true })
    expect(host.length()).toBe(2)
    expect(store.get().camera).toEqual({ lon: 15.9, lat: 46.4, zoom: 12 })
    host.back()
    expect(store.get()).toMatchObject({ town: null, camera: null })
  })

  it('adds no entry for a change that changes nothing', () => {
    const host = fakeHost('?town=ptuj')
    const store = createViewStore(host)
    store.update({ town: 'ptuj' })
    expect(host.length()).toBe(1)
  })

  it('listens to Back and Forward only while someone listens to it', () => {
    const host = fakeHost()
    const add = vi.spyOn(host, 'addEventListener')
    const remove = vi.spyOn(host, 'removeEventListener')
    const store = createViewStore(host)
    const stop = store.subscribe(() => {})
    expect(add).toHaveBeenCalledTimes(1)
    stop()
    expect(remove).toHaveBeenCalledTimes(1)
  })
})
