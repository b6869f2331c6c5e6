import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react'
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
  const dialogRef = useRef<HTMLDialogElement>(null)
  const codeRef = useRef<HTMLTextAreaElement>(null)
  const copyRef = useRef<HTMLButtonElement>(null)
  const pressedOutside = useRef(false)
  const [copyState, copy, resetCopy] = useCopy()
  const snippet = embedSnippet({ src, title })

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      copyRef.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])

  const close = () => dialogRef.current?.close()
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    // The dialog closes itself, and nothing else on the page takes this Escape for its own.
    event.preventDefault()
    close()
  }
  // A click on the backdrop (the <dialog> itself, outside its content) closes it; a drag that merely ends
  // there (selecting the code) does not.
  const onMouseDown = (event: MouseEvent) => {
    pressedOutside.current = event.target === event.currentTarget
  }
  const onClick = (event: MouseEvent) => {
    if (pressedOutside.current && event.target === event.currentTarget) close()
    pressedOutside.current = false
  }
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
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onClick={onClick}
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
