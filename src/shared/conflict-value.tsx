import { useTranslation } from 'react-i18next'
import type { Conflict } from '../domain/common-schemas'
import { intlLocale } from '../domain/language'
import { DataText } from './data-text'

/** The label of a field the sources disagree on, in the reader's language. */
export function useConflictField(): (name: string) => string {
  const { t } = useTranslation()
  return (name) =>
    ({ period: t('projects.period'), 'period.start': t('projects.periodStart'), 'period.end': t('projects.periodEnd'), budgetEur: t('projects.budget'), erdfEur: t('projects.erdf') })[name] ?? name
}

/** One value a source gives: an amount in euros in the reader's format, or the source's words in the reader's language, and its note. */
export function ConflictValueText({ field, value }: { field: string; value: Conflict['values'][number] }) {
  const { i18n } = useTranslation()
  const format = field.endsWith('Eur')
    ? new Intl.NumberFormat(intlLocale(i18n.language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
    : new Intl.NumberFormat(intlLocale(i18n.language))
  return (
    <>
      {typeof value.value === 'number' ? format.format(value.value) : <DataText value={value.value} />}
      {value.note !== undefined && <span className="hint"> (<DataText value={value.note} />)</span>}
    </>
  )
}
