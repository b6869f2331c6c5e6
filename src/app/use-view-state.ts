import { useCallback, useEffect, useState } from 'react'
import { parseViewState, serialiseViewState, type ViewState } from '../url-state/view-state'

/**
 * The view state, kept in the URL: a reload or a shared link restores it, and the back button
 * steps back through selections.
 */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => parseViewState(window.location.search))

  useEffect(() => {
    const onPopState = () => setState(parseViewState(window.location.search))
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  const update = useCallback((change: Partial<ViewState>) => {
    setState((current) => {
      const next = { ...current, ...change }
      const search = serialiseViewState(next, window.location.search)
      if (search !== window.location.search) {
        window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`)
      }
      return next
    })
  }, [])

  return [state, update]
}
