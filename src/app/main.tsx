import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-ext-400.css'
import '@fontsource/noto-sans/latin-600.css'
import '@fontsource/noto-sans/latin-ext-600.css'
import './app.css'
import './export.css'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { pickLanguage } from '../domain/language'
import { prefetchDataset } from '../data-loading/use-dataset'
import { readerI18n } from '../i18n/reader-i18n'
import { parseView } from '../url-state/view-url'
import { App } from './app'
import { UpdateNotice } from './update-notice'

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } })
// The data files are fetched (and checked) while the translations load and React renders, not after.
prefetchDataset(queryClient)
const language = pickLanguage(parseView(window.location.search).lang, navigator.languages)
// Only the reader's language (and English) is loaded before the first view: the others are chunks of their own.
const i18n = await readerI18n(language)

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
