import { lazy, Suspense, useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataset } from '../data-loading/use-dataset'
import { pickLanguage } from '../domain/language'
import type { Language } from '../domain/town-schema'
import { viewTitle } from '../domain/view-title'
import { SearchBox } from '../features/search/search-box'
import { AboutButton } from '../features/tour/about-button'
import { EmbedButton } from '../features/share/embed-button'
import { EmbedLegend } from '../features/share/embed-legend'
import { ShareButton } from '../features/share/share-button'
import { viewAddress } from '../features/share/view-address'
import type { ViewStore } from '../url-state/view-store'
import { DEFAULT_VIEW } from '../url-state/view-url'
import { DataProblems } from './data-problems'
import { EmbedShell } from './embed-shell'
import { Explorer } from './explorer'
import { FullShell } from './full-shell'
import { LanguageSwitcher } from './language-switcher'
import { useView } from './use-view'

/** The presentation is its own chunk: the explorer's first view does not load it. */
const PresentApp = lazy(() => import('./present-app'))

export function App() {
  const { t, i18n } = useTranslation()
  const [view, setView] = useView()
  const data = useDataset()
  const language = i18n.language as Language
  const embedded = view.mode === 'embed'
  const title = viewTitle(view, data.status === 'ready' ? data.dataset : null, language, {
    app: t('app.title'),
    tabs: { network: t('tabs.network'), activities: t('tabs.activities'), projects: t('tabs.projects') },
  })

  useEffect(() => {
    document.documentElement.lang = language
    document.title = title
  }, [language, title])

  // Inside another site's frame every change replaces the entry: the host page's Back button leaves the page,
  // it does not step through the reader's clicks on the map.
  const updateView = useCallback<ViewStore['update']>(
    (change, options) => setView(change, embedded ? { ...options, replace: true } : options),
    [setView, embedded],
  )

  // Back and forward may change the language in the URL; without ?lang the browser decides again.
  useEffect(() => {
    const wanted = pickLanguage(view.lang, navigator.languages)
    if (wanted !== i18n.language) void i18n.changeLanguage(wanted)
  }, [view.lang, i18n])

  const changeLanguage = (next: Language) => {
    void i18n.changeLanguage(next)
    setView({ lang: next })
  }

  if (view.mode === 'present') {
    const loading = <p className="loading" role="status">{t('present.loading')}</p>
    return data.status === 'loading' ? loading : (
      <Suspense fallback={loading}>
        <PresentApp dataset={data.dataset} view={view} onViewChange={setView} />
      </Suspense>
    )
  }

  const content = data.status === 'loading' ? (
    <p className="loading" role="status">{t('app.loading')}</p>
  ) : (
    <>
      <DataProblems issues={data.issues} loadErrors={data.loadErrors} />
      <Explorer dataset={data.dataset} view={view} onViewChange={updateView} layout={embedded ? 'embed' : 'full'} />
    </>
  )
  if (embedded) {
    return (
      <EmbedShell title={title} fullMapHref={viewAddress(view, 'full', window.location)} legend={<EmbedLegend groupLines={view.groupLines} />}>
        {content}
      </EmbedShell>
    )
  }
  // A first visit to the plain first view opens "About this network"; a shared link shows what was shared.
  const firstView = view.town === null && view.activity === null && view.q === null
  const share = (
    <>
      <AboutButton
        dataset={data.status === 'ready' ? data.dataset : null}
        openOnFirstVisit={firstView}
        tourHref={viewAddress({ ...DEFAULT_VIEW, lang: language, mode: 'present' }, 'present', window.location)}
      />
      <ShareButton url={viewAddress(view, 'full', window.location)} title={title} />
      <EmbedButton src={viewAddress(view, 'embed', window.location)} title={title} />
    </>
  )
  const search = <SearchBox records={data.status === 'ready' ? data.dataset : null} query={view.q} onViewChange={setView} />
  return <FullShell tools={search} share={share} end={<LanguageSwitcher language={language} onChange={changeLanguage} />}>{content}</FullShell>
}
