import { parseView, serialiseView, type View } from './view-url'

/** What the store needs of the browser: the address, its history, and the event that Back and Forward send. */
export interface HistoryHost {
  location: { pathname: string; search: string; hash: string }
  history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void }
  addEventListener(type: 'popstate', listener: () => void): void
  removeEventListener(type: 'popstate', listener: () => void): void
}

export interface UpdateOptions {
  /** Replace the current history entry (map moves, playback) instead of adding one (a user's action). */
  replace?: boolean
}

export interface ViewStore {
  /** The view of the current address; the same object while the address does not change. */
  get(): View
  subscribe(listener: () => void): () => void
  /** One change is one history entry (or none with `replace`); Back and Forward restore every field. */
  update(change: Partial<View> | ((view: View) => Partial<View>), options?: UpdateOptions): void
}

/** The one store of the view state: the URL itself, read through parseView and written through serialiseView. */
export function createViewStore(host: HistoryHost): ViewStore {
  const listeners = new Set<() => void>()
  let cached: { search: string; view: View } | null = null
  const notify = () => listeners.forEach((listener) => listener())

  const get = () => {
    const { search } = host.location
    if (cached === null || cached.search !== search) cached = { search, view: parseView(search) }
    return cached.view
  }

  return {
    get,
    subscribe(listener) {
      if (listeners.size === 0) host.addEventListener('popstate', notify)
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) host.removeEventListener('popstate', notify)
      }
    },
    update(change, options = {}) {
      const current = get()
      const next = { ...current, ...(typeof change === 'function' ? change(current) : change) }
      const search = serialiseView(next, host.location.search)
      if (search === host.location.search) return
      const url = `${host.location.pathname}${search}${host.location.hash}`
      if (options.replace) host.history.replaceState(null, '', url)
      else host.history.pushState(null, '', url)
      notify()
    },
  }
}
