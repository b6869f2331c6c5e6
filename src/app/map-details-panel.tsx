import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface MapDetailsPanelProps {
  /** Which tie or star: the panel takes the focus when it changes. */
  detailsKey: string
  onClose: () => void
  /** The tie's or star's details, as a popup on a wide screen shows them. */
  children: ReactNode
}

/**
 * On a phone, what a tapped tie or star says, in the bottom sheet instead of a popup on the map: a close
 * button, and Escape. It lies over the town or activity panel beneath it, and Escape closes it alone.
 */
export function MapDetailsPanel({ detailsKey, onClose, children }: MapDetailsPanelProps) {
  const { t } = useTranslation()
  const panel = useRef<HTMLElement>(null)
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null))
  const close = useCallback(() => {
    onClose()
    if (opener?.isConnected) opener.focus({ preventScroll: true })
  }, [onClose, opener])
  useEffect(() => panel.current?.focus({ preventScroll: true }), [detailsKey])
  useEffect(() => {
    // On the document, not the window: this runs after a field that handles Escape itself (the search box)
    // and before the panels beneath, which listen on the window and leave a handled Escape alone.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.preventDefault()
      close()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [close])
  return (
    <aside className="sheet-panel map-details" aria-label={t('sheet.details')} tabIndex={-1} ref={panel} data-details={detailsKey}>
      <button type="button" className="close" aria-label={t('panel.close')} onClick={close}>×</button>
      {children}
    </aside>
  )
}
