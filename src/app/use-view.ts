import { useSyncExternalStore } from 'react'
import { createViewStore, type ViewStore } from '../url-state/view-store'
import type { View } from '../url-state/view-url'

let store: ViewStore | null = null

/** The app's one view store, over this window's address (made on first use, so tests get a fresh page's). */
export function viewStore(): ViewStore {
  store ??= createViewStore(window)
  return store
}

/** Forgets the store (tests that change the address between renders). */
export function resetViewStore(): void {
  store = null
}

/** The view state from the URL, and the one way to change it: one call, one history entry (or none with replace). */
export function useView(): [View, ViewStore['update']] {
  const current = viewStore()
  const view = useSyncExternalStore(current.subscribe, current.get, current.get)
  return [view, current.update]
}
