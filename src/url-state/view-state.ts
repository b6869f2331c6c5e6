import { isLanguage } from '../domain/language'
import type { Language } from '../domain/town-schema'

/** The view state a link can carry: language, selected town, open activity card. */
export interface ViewState {
  lang: Language | null
  town: string | null
  activity: string | null
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  const slug = (value: string | null) => (value !== null && SLUG.test(value) ? value : null)
  return {
    lang: isLanguage(lang) ? lang : null,
    town: slug(params.get('town')),
    activity: slug(params.get('activity')),
  }
}

/** Writes the view state into existing search params, keeping any parameter it does not own. */
export function serialiseViewState(state: ViewState, base = ''): string {
  const params = new URLSearchParams(base)
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value))
  set('lang', state.lang)
  set('town', state.town)
  set('activity', state.activity)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}
