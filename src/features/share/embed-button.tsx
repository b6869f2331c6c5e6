import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmbedDialog } from './embed-dialog'
import { EmbedIcon } from './share-icons'

export interface EmbedButtonProps {
  /** The address of the view in embed mode. */
  src: string
  /** The view's title. */
  title: string
}

/** Opens "Embed this map"; the focus comes back here when the dialog closes. */
export function EmbedButton({ src, title }: EmbedButtonProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="header-button embed-button"
        title={t('embed.hint')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <EmbedIcon />
        <span className="header-button-text">{t('embed.button')}</span>
      </button>
      <EmbedDialog
        open={open}
        src={src}
        title={title}
        onClose={() => {
          setOpen(false)
          buttonRef.current?.focus()
        }}
      />
    </>
  )
}
