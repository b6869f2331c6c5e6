import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataset } from '../data-loading/use-dataset'
import { pickLanguage } from '../domain/language'
import type { Language } from '../domain/town-schema'
import { viewTitle } from '../domain/view-title'
import { exportBaseName } from '../domain/export/export-names'
import { DownloadMenu } from '../features/export/download-menu'
import { createMapSnapshotSlot, MapSnapshotContext } from '../shared/map-snapshot'
import { PrintTown } from './print-town'
import { SearchBox } from '../features/search/search-box'
import { AboutButton } from '../features/tour/about-button'
import { EmbedButton } from '../features/share/embed-button'
import { EmbedLegend } from '../features/share/embed-legend'
import { PreviewBar } from '../features/preview/preview-bar'
import { PreviewDropZone } from '../features/preview/preview-drop-zone'
import { PreviewFileButton } from '../features/preview/preview-file-button'
import { useDataPreview, withPreview } from '../features/preview/use-data-preview'
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
  // A data file dropped or chosen to preview stands in for its file of data/ until the preview ends.
  const dataPreview = useDataPreview()
  const data = withPreview(useDataset(), dataPreview.preview)
  const language = i18n.language as Language
  const embedded = view.mode === 'embed'
  const [snapshotSlot] = useState(createMapSnapshotSlot)
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
      {dataPreview.active && !embedded ? (
        <div className="data-notices">
          <PreviewBar state={dataPreview} />
          <DataProblems issues={data.issues} loadErrors={data.loadErrors} />
        </div>
      ) : <DataProblems issues={data.issues} loadErrors={data.loadErrors} />}
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
      <DownloadMenu
        dataset={data.status === 'ready' ? data.dataset : null}
        filter={view.filter}
        title={title}
        groupLines={view.groupLines}
        baseName={exportBaseName(view)}
      />
      <PreviewFileButton onFiles={dataPreview.open} />
    </>
  )
  const search = <SearchBox records={data.status === 'ready' ? data.dataset : null} query={view.q} onViewChange={setView} />
  // The MapLibre map offers pictures of itself to the Download menu through the snapshot slot.
  return (
    <MapSnapshotContext value={snapshotSlot}>
      <FullShell tools={search} share={share} end={<LanguageSwitcher language={language} onChange={changeLanguage} />}>
        {content}
        {data.status === 'ready' && view.town !== null && <PrintTown dataset={data.dataset} view={view} address={viewAddress(view, 'full', window.location)} />}
        <PreviewDropZone onFiles={dataPreview.open} />
      </FullShell>
    </MapSnapshotContext>
  )
}
