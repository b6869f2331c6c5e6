import { useTranslation } from 'react-i18next'
import { useFileDrop } from './use-file-drop'

/** While files are dragged over the page: the whole page is the drop target, and says what a drop does. */
export function PreviewDropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation()
  const dragging = useFileDrop(onFiles)
  if (!dragging) return null
  return (
    <div className="preview-drop" aria-hidden="true">
      <div className="preview-drop-box">
        <p className="preview-drop-title">{t('preview.dropTitle')}</p>
        <p>{t('preview.dropNote')}</p>
      </div>
    </div>
  )
}
