import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../domain/town-schema'
import { languageLabel } from '../domain/language'
import { usePhoneLayout } from './use-phone-layout'

/**
 * The four languages: a button each, or on a phone one compact control (the current code, opening the
 * system's list of the languages by name), so that the search box keeps the header's width.
 */
export function LanguageSwitcher({ language, onChange }: { language: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation()
  const compact = usePhoneLayout()
  if (compact) {
    return (
      <label className="language-select">
        <span className="visually-hidden">{t('language.label')}</span>
        <span className="language-select-face" aria-hidden="true">
          {language.toUpperCase()}
          <svg width="10" height="10" viewBox="0 0 10 10" focusable="false"><path d="M1.5 3.5 5 7l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" /></svg>
        </span>
        <select value={language} onChange={(event) => onChange(event.target.value as Language)}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>{languageLabel(code, code)}</option>
          ))}
        </select>
      </label>
    )
  }
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === language}
          title={languageLabel(code, code)}
          onClick={() => onChange(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
