import { parseFilterState, serialiseFilterState, type FilterState } from '../url-state/filter-params'
import { parseViewState, serialiseViewState, type ViewState } from '../url-state/view-state'
import { useUrlState } from './use-url-state'

/** Language and selected town, in the URL (`?lang=&town=`). */
export function useViewState(): [ViewState, (change: Partial<ViewState>, options?: { replace?: boolean }) => void] {
  return useUrlState(parseViewState, serialiseViewState)
}

/** The network's filters, in the URL (`?kinds=&project=&country=&from=&to=&shared=`). */
export function useFilterState(): [FilterState, (change: Partial<FilterState>, options?: { replace?: boolean }) => void] {
  return useUrlState(parseFilterState, serialiseFilterState)
}
