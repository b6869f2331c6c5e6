import { useState, type ElementType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { languageName } from '../domain/language'
import { shownText, type Language, type LocalizedText } from '../domain/localized-text'

export interface DataTextParts {
  /** The words to show: the reader's version, or the source's own words while the reader asks for them. */
  words: ReactNode
  /** The language of the words, for the element's `lang`. */
  lang: Language
  /** For a translation: the button marking it and showing the original in its place; else null. */
  mark: ReactNode
}

/**
 * A text from the data as the reader sees it: their language's version with its `lang`; a translation
 * comes with a mark ("Translated from German") that swaps in the source's own words and back. For a
 * heading or a row that places the mark apart from the words; otherwise use <DataText>.
 */
export function useDataText(value: LocalizedText): DataTextParts {
  const { t, i18n } = useTranslation()
  const reader = i18n.language as Language
  const shown = shownText(value, reader)
  const [showOriginal, setShowOriginal] = useState(false)
  if (shown.translatedFrom === null) return { words: shown.text, lang: shown.lang, mark: null }
  const language = languageName(shown.translatedFrom, reader)
  const original = showOriginal
  const words = original
    ? shown.originals.map((item, position) => (
        <span key={item.lang} lang={item.lang}>
          {position > 0 && ' / '}
          {item.text}
        </span>
      ))
    : shown.text
  const mark = (
    <button type="button" className="translation-mark" aria-pressed={original} onClick={() => setShowOriginal((value) => !value)}>
      {original ? `${t('dataText.original', { language })} · ${t('dataText.showTranslation')}` : t('dataText.translated', { language })}
      {!original && <span className="visually-hidden"> · {t('dataText.showOriginal')}</span>}
    </button>
  )
  return { words, lang: original ? (shown.originals[0]?.lang ?? shown.lang) : shown.lang, mark }
}

interface DataTextProps {
  value: LocalizedText
  /** The element holding the words: a paragraph for descriptions and notes, a span inside a line. */
  as?: ElementType
  className?: string
  /**
   * Whether to mark a translation and offer the original (default true). Off where the text sits inside
   * a button or link, or repeats a title marked nearby (lists, options).
   */
  marked?: boolean
}

/** A text from the data in the reader's language; a translation marked, its original one click away. Never HTML. */
export function DataText({ value, as: Tag = 'span', className, marked = true }: DataTextProps) {
  const { words, lang, mark } = useDataText(value)
  return (
    <>
      <Tag className={className} lang={lang}>{words}</Tag>
      {marked && mark}
    </>
  )
}
