import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataset } from '../data-loading/use-dataset'
import { pickLanguage } from '../domain/language'
import type { Language } from '../domain/town-schema'
import { MapLegend } from '../features/map/map-legend'
import { NetworkMap } from '../features/map/network-map'
import { TownList } from '../features/towns/town-list'
import { TownPanel } from '../features/towns/town-panel'
import { DataProblems } from './data-problems'
import { LanguageSwitcher } from './language-switcher'
import { useViewState } from './use-view-state'

export function App() {
  const { t, i18n } = useTranslation()
  const [view, setView] = useViewState()
  const data = useDataset()
  const language = i18n.language as Language

  useEffect(() => {
    document.documentElement.lang = language
    document.title = t('app.title')
  }, [language, t])

  // Back and forward may change the language in the URL; without ?lang the browser decides again.
  useEffect(() => {
    const wanted = pickLanguage(view.lang, navigator.languages)
    if (wanted !== i18n.language) void i18n.changeLanguage(wanted)
  }, [view.lang, i18n])

  // Closing the panel hands the keyboard focus back to the town's button in the list.
  const closeTown = useCallback(() => {
    if (view.town === null) return
    setView({ town: null })
    document.querySelector<HTMLButtonElement>(`.town-button[data-town="${CSS.escape(view.town)}"]`)?.focus()
  }, [setView, view.town])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeTown()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [closeTown])

  const changeLanguage = (next: Language) => {
    void i18n.changeLanguage(next)
    setView({ lang: next })
  }

  const towns = data.status === 'ready' ? data.dataset.towns : []
  const selected = towns.find((town) => town.id === view.town) ?? null

  return (
    <div className="app">
      <a className="skip-link" href="#town-list">{t('app.skipToList')}</a>
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitcher language={language} onChange={changeLanguage} />
      </header>
      {data.status === 'loading' ? (
        <p className="loading" role="status">{t('app.loading')}</p>
      ) : (
        <main className="layout">
          <DataProblems issues={data.issues} loadErrors={data.loadErrors} />
          <div className="map-area">
            <NetworkMap towns={towns} selectedTownId={selected?.id ?? null} onSelectTown={(town) => setView({ town })} />
          </div>
          <div className="side">
            <div className="sidebar">
              <MapLegend towns={towns} />
              <TownList towns={towns} selectedTownId={selected?.id ?? null} onSelectTown={(town) => setView({ town })} />
            </div>
            {selected !== null && <TownPanel town={selected} onClose={closeTown} />}
          </div>
        </main>
      )}
    </div>
  )
}
