import { useCallback, useEffect, useRef, useState } from 'react'

/** How the last copy went: nothing yet (or its confirmation has gone), copied, or refused by the browser. */
export type CopyState = 'idle' | 'copied' | 'refused'

/** How long "copied" stays on screen. */
const CONFIRMATION_MS = 4000

/**
 * Copies text to the clipboard and says how it went. "copied" goes back to "idle" after a few seconds; a
 * second copy clears the state first, so that a live region announces it again.
 */
export function useCopy(): [CopyState, (text: string) => Promise<CopyState>, () => void] {
  const [state, setState] = useState<CopyState>('idle')
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const copy = useCallback(async (text: string): Promise<CopyState> => {
    window.clearTimeout(timer.current)
    setState('idle')
    let next: CopyState = 'copied'
    try {
      // Without a secure context (http on another machine) there is no clipboard API at all.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
    } catch {
      next = 'refused'
    }
    setState(next)
    if (next === 'copied') timer.current = window.setTimeout(() => setState('idle'), CONFIRMATION_MS)
    return next
  }, [])

  const reset = useCallback(() => {
    window.clearTimeout(timer.current)
    setState('idle')
  }, [])
  return [state, copy, reset]
}
