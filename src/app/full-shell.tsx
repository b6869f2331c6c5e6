import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface FullShellProps {
  /** Beside the title: the search box and other tools of the header. */
  tools?: ReactNode
  /** Before the languages: sharing the view (share, embed). */
  share?: ReactNode
  /** At the header's end: the language switcher. */
  end: ReactNode
  children: ReactNode
}

/** The full page: skip link, header (title, tools, sharing, languages) and the explorer below. Layout only. */
export function FullShell({ tools, share, end, children }: FullShellProps) {
  const { t } = useTranslation()
  return (
    <div className="app">
      <a className="skip-link" href="#side">{t('app.skipToList')}</a>
      <header className="app-header">
        <div className="app-title">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        {tools !== undefined && <div className="header-tools">{tools}</div>}
        {share !== undefined && <div className="header-share">{share}</div>}
        {end}
      </header>
      <main className="layout">{children}</main>
    </div>
  )
}
