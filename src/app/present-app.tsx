import { useTranslation } from 'react-i18next'
import type { Dataset } from '../domain/dataset'
import { formatIssue } from '../domain/data-issue'
import { useTour } from '../features/tour/use-tour'
import type { ViewStore } from '../url-state/view-store'
import type { View } from '../url-state/view-url'
import { PresentShell } from './present-shell'
import { PresenterWindow } from './presenter-window'

export interface PresentAppProps {
  dataset: Dataset
  view: View
  onViewChange: ViewStore['update']
}

/**
 * `?present=1`: the tour of data/tour.json on a projector, or (with `&notes=1`) the presenter's window.
 * Loaded only when a presentation is asked for: the explorer's first view does not carry it.
 */
export default function PresentApp({ dataset, view, onViewChange }: PresentAppProps) {
  const { t } = useTranslation()
  const state = useTour(dataset)
  if (state.status === 'loading') return <p className="loading" role="status">{t('present.loading')}</p>
  if (state.status === 'failed') return <p className="part-failed" role="alert">{t('present.failed', { message: state.message })}</p>
  const problems = state.issues.length > 0 && (
    <details className="present-problems">
      <summary>{t('dataProblems.title')}</summary>
      <ul>{state.issues.map((issue) => <li key={formatIssue(issue)}>{formatIssue(issue)}</li>)}</ul>
    </details>
  )
  return (
    <>
      {view.presenter
        ? <PresenterWindow tour={state.tour} figures={state.figures} view={view} onViewChange={onViewChange} />
        : <PresentShell dataset={dataset} tour={state.tour} figures={state.figures} view={view} onViewChange={onViewChange} />}
      {problems}
    </>
  )
}
