import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../domain/town-schema'
import { LANGUAGE_NAMES } from '../shared/language-names'


export function LanguageSwitcher({ language, onChange }: { language: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation()
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === language}
          title={LANGUAGE_NAMES[code]}
          onClick={() => onChange(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
