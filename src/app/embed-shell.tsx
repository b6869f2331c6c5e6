import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface EmbedShellProps {
  /** The view's title, for screen readers (the host page gives the visible context). */
  title: string
  /** The same view in the full app, opened in a new tab. */
  fullMapHref: string
  /** The small legend under the map. */
  legend: ReactNode
  children: ReactNode
}

/** The page inside another site's frame (`?embed=1`): the map, a small legend and a link to the full map. Layout only. */
export function EmbedShell({ title, fullMapHref, legend, children }: EmbedShellProps) {
  const { t } = useTranslation()
  return (
    <div className="embed">
      <main className="embed-main">
        <h1 className="visually-hidden">{title}</h1>
        {children}
      </main>
      <footer className="embed-bar">
        {legend}
        <a className="embed-open" href={fullMapHref} target="_blank" rel="noopener noreferrer">
          {t('embed.openFull')}
          <span className="visually-hidden"> {t('embed.newTab')}</span>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="M4.5 1.5h6v6M10.5 1.5 4 8M8.5 7v3.5h-7v-7H5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </a>
      </footer>
    </div>
  )
}
