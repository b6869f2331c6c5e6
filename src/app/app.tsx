import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataset } from '../data-loading/use-dataset'
import { pickLanguage } from '../domain/language'
import type { Language } from '../domain/town-schema'
import { DataProblems } from './data-problems'
import { Explorer } from './explorer'
import { FullShell } from './full-shell'
import { LanguageSwitcher } from './language-switcher'
import { useView } from './use-view'

export function App() {
  const { t, i18n } = useTranslation()
  const [view, setView] = useView()
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

  const changeLanguage = (next: Language) => {
    void i18n.changeLanguage(next)
    setView({ lang: next })
  }

  const content = data.status === 'loading' ? (
    <p className="loading" role="status">{t('app.loading')}</p>
  ) : (
    <>
      <DataProblems issues={data.issues} loadErrors={data.loadErrors} />
      <Explorer dataset={data.dataset} view={view} onViewChange={setView} />
    </>
  )
  return <FullShell end={<LanguageSwitcher language={language} onChange={changeLanguage} />}>{content}</FullShell>
}
