import { serialiseView, type Mode, type View } from '../../url-state/view-url'

/** Where the page is: its origin, path and query (the page's own location). */
export interface PageAddress {
  origin: string
  pathname: string
  search: string
}

/**
 * The full address of a view in a mode ("full" for a link to share, "embed" for a frame): the same page,
 * the view's parameters, and the page's other parameters as they are.
 */
export function viewAddress(view: View, mode: Mode, page: PageAddress): string {
  const search = serialiseView({ ...view, mode, step: mode === 'present' ? view.step : null }, page.search)
  return `${page.origin}${page.pathname}${search}`
}
