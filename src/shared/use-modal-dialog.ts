import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type RefObject } from 'react'

export interface ModalDialog {
  ref: RefObject<HTMLDialogElement | null>
  close: () => void
  /** Spread on the <dialog>: Escape and a click on the backdrop close it. */
  handlers: {
    onKeyDown: (event: KeyboardEvent) => void
    onMouseDown: (event: MouseEvent) => void
    onClick: (event: MouseEvent) => void
  }
}

/**
 * A native modal <dialog> that follows `open`: shown with showModal (then `focus` gets the focus), closed
 * by Escape, by a click on its backdrop (a drag that merely ends there does not count) or by close().
 * Its `onClose` event says when it has closed, whichever way.
 */
export function useModalDialog(open: boolean, focus?: RefObject<HTMLElement | null>): ModalDialog {
  const ref = useRef<HTMLDialogElement>(null)
  const pressedOutside = useRef(false)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      focus?.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open, focus])
  const close = () => ref.current?.close()
  return {
    ref,
    close,
    handlers: {
      onKeyDown: (event) => {
        if (event.key !== 'Escape') return
        // The dialog closes itself, and nothing else on the page takes this Escape for its own.
        event.preventDefault()
        close()
      },
      onMouseDown: (event) => {
        pressedOutside.current = event.target === event.currentTarget
      },
      onClick: (event) => {
        if (pressedOutside.current && event.target === event.currentTarget) close()
        pressedOutside.current = false
      },
    },
  }
}
