import { useTranslation } from 'react-i18next'
import type { LoadError } from '../data-loading/use-dataset'
import { formatIssue, type DataIssue } from '../domain/data-issue'

/** Problems in data/, each naming file, record and field: shown instead of failing silently. */
export function DataProblems({ issues, loadErrors }: { issues: readonly DataIssue[]; loadErrors: readonly LoadError[] }) {
  const { t } = useTranslation()
  if (issues.length === 0 && loadErrors.length === 0) return null
  return (
    <section className="data-problems" role="alert" aria-labelledby="data-problems-title">
      <h2 id="data-problems-title">{t('dataProblems.title')}</h2>
      <p>{t('dataProblems.intro')}</p>
      <ul>
        {loadErrors.map(({ file, message }) => (
          <li key={`${file}:${message}`}>
            <code>{file === '' ? message : t('dataProblems.loadFailed', { file, message })}</code>
          </li>
        ))}
        {issues.map((issue, index) => (
          <li key={index}><code>{formatIssue(issue)}</code></li>
        ))}
      </ul>
    </section>
  )
}
