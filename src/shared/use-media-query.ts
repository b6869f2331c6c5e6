import { useCallback, useSyncExternalStore } from 'react'

// Environments without media queries (jsdom) match none.
const media = (query: string) => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null)

/** Whether a CSS media query matches now; follows it as the window changes (a phone turned, a window resized). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback((onChange: () => void) => {
    const list = media(query)
    list?.addEventListener('change', onChange)
    return () => list?.removeEventListener('change', onChange)
  }, [query])
  return useSyncExternalStore(subscribe, () => media(query)?.matches ?? false, () => false)
}
