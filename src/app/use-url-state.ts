import { useCallback, useEffect, useState } from 'react'

/**
 * State kept in the URL's search params by a parse/serialise pair: a reload or a shared link
 * restores it, and the back button steps back through changes (not through every step of a playback).
 */
export function useUrlState<T>(
  parse: (search: string) => T,
  serialise: (state: T, base: string) => string,
): [T, (change: Partial<T>, options?: { replace?: boolean }) => void] {
  const [state, setState] = useState(() => parse(window.location.search))

  useEffect(() => {
    const onPopState = () => setState(parse(window.location.search))
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [parse])

  const update = useCallback(
    (change: Partial<T>, options: { replace?: boolean } = {}) => {
      setState((current) => {
        const next = { ...current, ...change }
        const search = serialise(next, window.location.search)
        if (search !== window.location.search) {
          // Playback replaces the entry at every step, so that Back leaves the animation at once.
          const url = `${window.location.pathname}${search}${window.location.hash}`
          if (options.replace) window.history.replaceState(null, '', url)
          else window.history.pushState(null, '', url)
        }
        return next
      })
    },
    [serialise],
  )

  return [state, update]
}
