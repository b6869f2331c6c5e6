import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { search, searchEntries } from '../../domain/search'
import type { Language } from '../../domain/town-schema'
import { useMediaQuery } from '../../shared/use-media-query'
import type { ViewStore } from '../../url-state/view-store'
import { DEFAULT_VIEW, parseView, serialiseView } from '../../url-state/view-url'
import { viewForChoice } from './search-choice'
import { searchOptions, type SearchOption, type SearchRecords } from './search-options'

export interface SearchBoxProps {
  /** What can be found; null while the data loads (the box is disabled). */
  records: SearchRecords | null
  /** The search text of the URL (`?q=`). */
  query: string | null
  onViewChange: ViewStore['update']
}

const LIMIT = 12
/** As long as the URL keeps a search text. */
const MAX_LENGTH = 200
/** The result count is announced once typing pauses, not at every key. */
const ANNOUNCE_DELAY = 450

/** The text as the URL keeps it (trimmed; empty is none), through the one parse and serialise. */
const asQuery = (text: string) => parseView(serialiseView({ ...DEFAULT_VIEW, q: text })).q

/**
 * One search over towns (by any of their names, in any language, with or without diacritics), projects
 * and activities: an ARIA 1.2 combobox. Arrows move through the results, Enter chooses, Escape closes
 * the list and then clears the text; Home, End and the side arrows edit the text. The text lives in the
 * URL (replacing the entry while typing); choosing a result is one history entry.
 */
export function SearchBox({ records, query, onViewChange }: SearchBoxProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const id = useId()
  const listId = `${id}-list`
  const input = useRef<HTMLInputElement>(null)
  // A narrow box (a phone's header) has room for one word of hint; its label says the rest.
  const narrow = useMediaQuery('(max-width: 760px)')
  const [text, setText] = useState(query ?? '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  // Back, Forward or a link may change the text of the URL: the box follows (its own typing it keeps as typed).
  const [seen, setSeen] = useState(query)
  if (query !== seen) {
    setSeen(query)
    if (asQuery(text) !== query) {
      setText(query ?? '')
      setOpen(false)
      setActive(-1)
    }
  }

  const entries = useMemo(() => (records === null ? [] : searchEntries(records)), [records])
  const groups = useMemo(
    () => (records === null ? [] : searchOptions(search(entries, text, LIMIT), records, language, text)),
    [entries, records, language, text],
  )
  const options = groups.flatMap((group) => group.options)
  const searching = records !== null && asQuery(text) !== null
  const expanded = open && options.length > 0
  const optionId = (option: SearchOption) => `${id}-${option.kind}-${option.id}`
  const activeOption = expanded ? options[active] : undefined

  const message = !searching ? '' : options.length === 0 ? t('search.none') : t('search.results', { count: options.length })
  const [announced, setAnnounced] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(open ? message : ''), ANNOUNCE_DELAY)
    return () => clearTimeout(timer)
  }, [open, message])

  useEffect(() => {
    if (activeOption) document.getElementById(optionId(activeOption))?.scrollIntoView?.({ block: 'nearest' })
  })

  const type = (next: string) => {
    setText(next)
    setOpen(next !== '')
    setActive(-1)
    onViewChange({ q: next === '' ? null : next }, { replace: true })
  }
  const close = () => {
    setOpen(false)
    setActive(-1)
  }
  const choose = (option: SearchOption) => {
    close()
    setText('')
    onViewChange(viewForChoice(option.kind, option.id))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return
        event.preventDefault()
        const down = event.key === 'ArrowDown'
        if (event.altKey) return down ? setOpen(true) : close()
        setOpen(true)
        if (!expanded || active === -1) return setActive(down ? 0 : count - 1)
        return setActive((active + (down ? 1 : count - 1)) % count)
      }
      case 'Enter': {
        if (count === 0) return
        event.preventDefault()
        // With the list closed (a link's text, or after Escape) Enter shows the results first.
        if (!expanded) return setOpen(true)
        const chosen = options[active === -1 ? 0 : active]
        if (chosen) choose(chosen)
        return
      }
      case 'Escape':
        // Handled here, it does not also close a panel (panels ignore a handled Escape).
        if (expanded) {
          event.preventDefault()
          return close()
        }
        if (text !== '') {
          event.preventDefault()
          type('')
          return close()
        }
        return
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // The caret moves in the text: the cursor leaves the list, the list stays.
        return setActive(-1)
    }
  }

  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>{t('search.label')}</label>
      <svg className="search-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        id={`${id}-input`}
        className="search-input"
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={MAX_LENGTH}
        placeholder={records === null ? t('search.loading') : t(narrow ? 'search.placeholderShort' : 'search.placeholder')}
        disabled={records === null}
        value={text}
        onChange={(event) => type(event.target.value)}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(text !== '')}
        onBlur={close}
      />
      {text !== '' && records !== null && (
        <button
          type="button"
          className="search-clear"
          aria-label={t('search.clear')}
          onClick={() => {
            type('')
            close()
            input.current?.focus()
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      <div role="listbox" id={listId} className="search-list" aria-label={t('search.resultsLabel')} hidden={!expanded}>
        {groups.map((group) => (
          <ul key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
            <li role="presentation" id={`${id}-${group.kind}`} className="search-group">{t(`search.kind.${group.kind}`)}</li>
            {group.options.map((option) => {
              const detail = option.country !== null ? t(`country.${option.country}`) : option.when
              return (
                <li
                  key={option.id}
                  id={optionId(option)}
                  role="option"
                  aria-selected={option === activeOption}
                  className="search-option"
                  data-kind={option.kind}
                  data-id={option.id}
                  // The input keeps the focus: a press on a result must not blur it (that would close the list).
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                >
                  <span className="search-option-name">
                    {option.label}
                    {option.matched !== null && <span className="search-option-matched"> — {option.matched}</span>}
                  </span>
                  {detail !== null && (
                    <span className="search-option-detail"><span className="visually-hidden">, </span>{detail}</span>
                  )}
                </li>
              )
            })}
          </ul>
        ))}
      </div>
      {open && searching && options.length === 0 && (
        <p className="search-none">{t('search.noneFor', { query: text.trim() })}</p>
      )}
      <div className="visually-hidden search-status" aria-live="polite" aria-atomic="true">{announced}</div>
    </div>
  )
}
