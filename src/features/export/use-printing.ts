import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

const printQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : null)

/**
 * True while the page is printed (or shown as print media). The browser lays the page out for print right
 * after `beforeprint`, so the change is rendered at once (flushSync), not at React's next convenience.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false)
  useEffect(() => {
    const query = printQuery()
    const set = (value: boolean) => flushSync(() => setPrinting(value))
    const onChange = (event: MediaQueryListEvent) => set(event.matches)
    const onBefore = () => set(true)
    const onAfter = () => set(query?.matches ?? false)
    query?.addEventListener('change', onChange)
    window.addEventListener('beforeprint', onBefore)
    window.addEventListener('afterprint', onAfter)
    return () => {
      query?.removeEventListener('change', onChange)
      window.removeEventListener('beforeprint', onBefore)
      window.removeEventListener('afterprint', onAfter)
    }
  }, [])
  return printing
}
