import { useCallback, useEffect, useState } from 'react'

/**
 * What a panel needs to close as readers expect: Escape closes it (unless something inside handled the
 * key, like the timeline clearing its period), and closing gives the focus back to the element that had it
 * when the panel opened, if that is still on the page. Returns the close function for the close button.
 */
export function useDismiss(onClose: () => void): () => void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null))
  const close = useCallback(() => {
    onClose()
    if (opener?.isConnected) opener.focus()
  }, [onClose, opener])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [close])
  return close
}
