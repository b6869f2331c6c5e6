// First: before any schema is made (the Content-Security-Policy allows no eval).
import './zod-without-eval'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-ext-400.css'
import '@fontsource/noto-sans/latin-600.css'
import '@fontsource/noto-sans/latin-ext-600.css'
import './app.css'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { pickLanguage } from '../domain/language'
import { createI18n } from '../i18n/i18n'
import { parseView } from '../url-state/view-url'
import { App } from './app'
import { UpdateNotice } from './update-notice'

const language = pickLanguage(parseView(window.location.search).lang, navigator.languages)
const i18n = createI18n(language)
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } })

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <App />
        <UpdateNotice />
      </I18nextProvider>
    </QueryClientProvider>
  </StrictMode>,
)
