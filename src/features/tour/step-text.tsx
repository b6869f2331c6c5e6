import { useTranslation } from 'react-i18next'
import type { Language } from '../../domain/localized-text'
import type { NetworkCounts } from '../../domain/network/network-counts'
import { fillFigures, type TourStep } from '../../url-state/tour-schema'

/** A step's words in the reader's language, its figures filled in from the data. */
export function useStepWords(figures: NetworkCounts): (step: TourStep, part: 'title' | 'text' | 'notes') => string | null {
  const { i18n } = useTranslation()
  const language = i18n.language as Language
  return (step, part) => {
    const words = step[part]
    return words === undefined ? null : fillFigures(words[language], figures, language)
  }
}
