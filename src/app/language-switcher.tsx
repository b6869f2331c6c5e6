import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../domain/town-schema'

const LABELS: Record<Language, string> = { sl: 'Slovenščina', de: 'Deutsch', hu: 'Magyar', en: 'English' }

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
          title={LABELS[code]}
          onClick={() => onChange(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
