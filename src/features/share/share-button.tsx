import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ShareIcon } from './share-icons'
import { useCopy } from './use-copy'

export interface ShareButtonProps {
  /** The address of the view (every part of it is in the URL). */
  url: string
  /** The view's title, for the share sheet. */
  title: string
}

function hasShareSheet(): boolean {
  return typeof navigator.share === 'function'
}

/**
 * Shares the view: the system's share sheet where there is one, otherwise the link goes to the clipboard
 * with a confirmation that is shown and announced. When the browser refuses the clipboard, the link is
 * selected in a small popover for the reader to copy by hand (Escape closes it).
 */
export function ShareButton({ url, title }: ShareButtonProps) {
  const { t } = useTranslation()
  const [copyState, copy, resetCopy] = useCopy()
  const id = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const manual = copyState === 'refused'

  useEffect(() => {
    if (!manual) return
    const input = inputRef.current
    input?.focus()
    input?.select()
    // The whole link is selected; its beginning is what the reader recognises.
    if (input) input.scrollLeft = 0
    // A press anywhere else on the page closes the popover, as a menu would.
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node && rootRef.current?.contains(event.target))) resetCopy()
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [manual, resetCopy])

  const share = async () => {
    const data = { title, url }
    if (hasShareSheet() && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data)
        return
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure: copy the link instead.
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    await copy(url)
  }

  const closeManual = () => {
    resetCopy()
    buttonRef.current?.focus()
  }
  const onPopoverKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    // Handled here: a panel that closes on Escape elsewhere on the page stays open.
    event.preventDefault()
    closeManual()
  }

  return (
    <div className="share" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button share-button"
        title={t(hasShareSheet() ? 'share.hintShare' : 'share.hintCopy')}
        aria-expanded={manual ? true : undefined}
        aria-controls={manual ? `${id}-manual` : undefined}
        onClick={() => void share()}
      >
        <ShareIcon />
        <span className="header-button-text">{t('share.button')}</span>
      </button>
      <span className="share-status" aria-live="polite" aria-atomic="true">{copyState === 'copied' ? t('share.copied') : ''}</span>
      {manual && (
        <div className="share-popover" id={`${id}-manual`} onKeyDown={onPopoverKey}>
          <div className="share-popover-head">
            <label htmlFor={`${id}-link`}>{t('share.manualLabel')}</label>
            <button type="button" className="dialog-close" aria-label={t('share.close')} onClick={closeManual}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <input ref={inputRef} id={`${id}-link`} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
          <p>{t('share.manualHelp')}</p>
        </div>
      )}
    </div>
  )
}
