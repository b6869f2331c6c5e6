import { useSyncExternalStore } from 'react'
import { COMPACT_BELOW_PX } from '../../domain/town-symbols'

const QUERY = `(max-width: ${COMPACT_BELOW_PX - 0.02}px)`
// Environments without media queries (jsdom) count as wide screens.
const media = () => (typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null)

function subscribe(onChange: () => void) {
  const query = media()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}

/** Whether the window is as narrow as a phone's, where the map draws smaller circles (and the legend too). */
export function useCompactScreen(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false, () => false)
}
