import { useId, useRef } from 'react'
import { useModalDialog } from '../../shared/use-modal-dialog'
import { useTranslation } from 'react-i18next'
import { embedSnippet } from './embed-snippet'
import { useCopy } from './use-copy'

export interface EmbedDialogProps {
  open: boolean
  /** The address of the view in embed mode. */
  src: string
  /** The view's title: the frame's title in the snippet. */
  title: string
  /** Called once the dialog has closed (Escape, the close button, a click outside it). */
  onClose: () => void
}

/**
 * "Embed this map": a modal dialog (the native <dialog>) with the iframe snippet of the current view, a
 * copy button with its confirmation, and a live preview of the frame. The preview loads only while the
 * dialog is open.
 */
export function EmbedDialog({ open, src, title, onClose }: EmbedDialogProps) {
  const { t } = useTranslation()
  const id = useId()
  const codeRef = useRef<HTMLTextAreaElement>(null)
  const copyRef = useRef<HTMLButtonElement>(null)
  const { ref: dialogRef, close, handlers } = useModalDialog(open, copyRef)
  const [copyState, copy, resetCopy] = useCopy()
  const snippet = embedSnippet({ src, title })

  const onCopy = async () => {
    if ((await copy(snippet)) !== 'refused') return
    codeRef.current?.focus()
    codeRef.current?.select()
  }

  return (
    <dialog
      ref={dialogRef}
      className="embed-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        resetCopy()
        onClose()
      }}
      {...handlers}
    >
      {open && (
        <div className="embed-dialog-body">
          <div className="embed-dialog-head">
            <h2 id={`${id}-title`}>{t('embed.title')}</h2>
            <button type="button" className="dialog-close" aria-label={t('embed.close')} onClick={close}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <p className="embed-intro">{t('embed.intro')}</p>
          <label htmlFor={`${id}-code`}>{t('embed.code')}</label>
          <textarea
            ref={codeRef}
            id={`${id}-code`}
            className="embed-code"
            readOnly
            rows={4}
            spellCheck={false}
            value={snippet}
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="embed-copy">
            <button ref={copyRef} type="button" className="embed-copy-button" onClick={() => void onCopy()}>
              {t('embed.copy')}
            </button>
            <span className="embed-copy-status" aria-live="polite" aria-atomic="true">
              {copyState === 'copied' ? t('embed.copied') : copyState === 'refused' ? t('embed.copyRefused') : ''}
            </span>
          </div>
          <h3>{t('embed.preview')}</h3>
          <iframe className="embed-preview" src={src} title={t('embed.previewTitle')} loading="lazy" referrerPolicy="no-referrer" />
        </div>
      )}
    </dialog>
  )
}
