import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRegisterSW } from 'virtual:pwa-register/react'

/**
 * Registers the service worker that keeps the app working offline (vite.config.ts) and, when a new version
 * has been deployed, offers to reload: a small notice, not a dialog, that the reader may also dismiss (the new
 * version then takes over once every tab of the app is closed). Rendered beside <App/> from main.tsx, so that
 * tests of the app need no service worker.
 */
export function UpdateNotice() {
  const { t } = useTranslation()
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW()
  // workbox-window may report the same waiting version twice (when it is installed and 200 ms later): once
  // dismissed, the notice stays away until the next page load.
  const [dismissed, setDismissed] = useState(false)

  // The live region is always there, so that screen readers announce the notice when it appears.
  return (
    <div className="update-notice-region" role="status">
      {needRefresh && !dismissed && (
        <div className="update-notice">
          <span>{t('update.available')}</span>
          <button type="button" className="update-reload" onClick={() => void updateServiceWorker(true)}>
            {t('update.reload')}
          </button>
          <button type="button" className="update-dismiss" aria-label={t('update.dismiss')} title={t('update.dismiss')} onClick={() => setDismissed(true)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  )
}
