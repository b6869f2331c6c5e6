import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DATA_FILES } from '../../domain/dataset'
import { serialiseDataFile } from '../../domain/preview/data-file-records'
import { formatPreviewProblem } from '../../domain/preview/preview-problem'
import type { DataPreviewState } from './use-data-preview'
import { saveFile } from '../../shared/save-file'

/**
 * The mark of a preview above the map: which files, what they add and change, their problems (by sheet,
 * row and column, or by file, record and field), a download of each merged data file, and the way out.
 */
export function PreviewBar({ state }: { state: DataPreviewState }) {
  const { t } = useTranslation()
  const { preview, names, error, reading, end } = state
  const heading = useRef<HTMLHeadingElement>(null)
  const files = names.join(', ')
  // The reader learns what the preview did: the focus goes to its summary (and a screen reader reads it).
  const summary = preview === null ? null : t('preview.summary', {
    files,
    added: t('preview.added', { count: preview.added }),
    changed: t('preview.changed', { count: preview.changed }),
    problems: t('preview.problems', { count: preview.problems.length }),
  })
  // Ending the preview gives the focus back to where it was when the preview opened ("Preview data").
  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (summary === null) return
    if (opener.current === null && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) {
      opener.current = document.activeElement
    }
    heading.current?.focus()
  }, [summary])
  const endPreview = () => {
    end()
    if (opener.current?.isConnected) opener.current.focus()
  }
  if (preview === null && error === null && !reading) return null
  return (
    <section className="data-preview" aria-labelledby="data-preview-title">
      <div className="data-preview-head">
        <h2 id="data-preview-title" ref={heading} tabIndex={-1}>
          {summary ?? (reading ? t('preview.reading', { files }) : t('preview.failed', { files, message: error }))}
        </h2>
        <div className="data-preview-actions">
          {preview?.changedFiles.map((key) => {
            const name = DATA_FILES[key].replace(/^data\//, '')
            return (
              <button
                key={key}
                type="button"
                onClick={() => saveFile(new Blob([serialiseDataFile(preview.raw[key])], { type: key === 'towns' ? 'application/geo+json' : 'application/json' }), name)}
              >
                {t('preview.download', { file: name })}
              </button>
            )
          })}
          <button type="button" className="data-preview-end" onClick={endPreview}>{t('preview.end')}</button>
        </div>
      </div>
      <p className="data-preview-note">{t('preview.note')}</p>
      {preview !== null && preview.problems.length > 0 && (
        <ul className="data-preview-problems">
          {preview.problems.map((problem, index) => (
            <li key={index}><code>{formatPreviewProblem(problem)}</code></li>
          ))}
        </ul>
      )}
    </section>
  )
}
