import { Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBoundary } from '../shared/error-boundary'

import { TABS, type Tab } from '../url-state/view-url'

/** Arrow keys move between tabs (wrapping), Home and End to the first and last; other keys do nothing. */
export function tabAfterKey(tab: Tab, key: string): Tab | null {
  const index = TABS.indexOf(tab)
  const at = (position: number) => TABS[(position + TABS.length) % TABS.length] ?? tab
  if (key === 'ArrowRight') return at(index + 1)
  if (key === 'ArrowLeft') return at(index - 1)
  if (key === 'Home') return at(0)
  if (key === 'End') return at(TABS.length - 1)
  return null
}

/**
 * The sidebar's tabs (a roving tabindex, arrow keys) and the selected tab's panel, guarded by an error boundary;
 * a tab whose code is a chunk of its own (explorer-side.tsx) says it is loading until it comes.
 */
export function SidebarTabs({ tab, onTab, children }: { tab: Tab; onTab: (tab: Tab) => void; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <>
      <div className="tabs" role="tablist" aria-label={t('tabs.label')}>
        {TABS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            id={`tab-${value}`}
            aria-selected={tab === value}
            aria-controls={tab === value ? `tabpanel-${value}` : undefined}
            tabIndex={tab === value ? 0 : -1}
            onClick={() => onTab(value)}
            onKeyDown={(event) => {
              const next = tabAfterKey(tab, event.key)
              if (next === null) return
              event.preventDefault()
              onTab(next)
              document.getElementById(`tab-${next}`)?.focus()
            }}
          >
            {t(`tabs.${value}`)}
          </button>
        ))}
      </div>
      <div className="sidebar" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <ErrorBoundary key={tab} fallback={<p className="part-failed" role="alert">{t('app.partFailed')}</p>}>
          <Suspense fallback={<p className="loading" role="status">{t('lazy.loading')}</p>}>{children}</Suspense>
        </ErrorBoundary>
      </div>
    </>
  )
}
