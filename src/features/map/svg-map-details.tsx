import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface SvgMapDetailsProps {
  /** Closes the panel; the map gives the focus back to the tie or star that opened it. */
  onClose: () => void
  children: ReactNode
}

/** A tie's or star's records beside the simpler map: focused when it opens, closed by its button or Escape. */
export function SvgMapDetails({ onClose, children }: SvgMapDetailsProps) {
  const { t } = useTranslation()
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    closeRef.current?.focus()
  }, [])
  return (
    <section
      className="svg-map-details"
      aria-label={t('map.svg.details')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <button ref={closeRef} type="button" className="svg-map-details-close" aria-label={t('map.svg.close')} onClick={onClose}>
        ×
      </button>
      {children}
    </section>
  )
}
