import { useRef } from 'react'
import { useTranslation } from 'react-i18next'

/** "Preview a data file": the same as dropping one, for the keyboard and for phones. */
export function PreviewFileButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button type="button" className="header-button preview-file-button" title={t('preview.hint')} onClick={() => input.current?.click()}>
        <svg className="header-button-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <path d="M14 3H6.5A1.5 1.5 0 0 0 5 4.5v15A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V8z" />
            <path d="M14 3v5h5" />
            <circle cx="11.5" cy="14" r="2.6" />
            <path d="m13.4 15.9 2.1 2.1" />
          </g>
        </svg>
        <span className="header-button-text">{t('preview.button')}</span>
      </button>
      <input
        ref={input}
        type="file"
        className="preview-file-input"
        accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json"
        multiple
        hidden
        aria-label={t('preview.button')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          // The same file chosen again (after fixing it) must change the input too.
          event.target.value = ''
          onFiles(files)
        }}
      />
    </>
  )
}
