import type { SearchKind } from '../../domain/search'
import type { View } from '../../url-state/view-url'

/**
 * What choosing a search result does, as one change of the view (one history entry), the search text
 * being done with: a town is selected; an activity's card opens in the Activities tab; a project narrows
 * everything to itself and opens the Projects tab, out from under any open panel.
 */
export function viewForChoice(kind: SearchKind, id: string): (view: View) => Partial<View> {
  if (kind === 'town') return () => ({ town: id, activity: null, q: null })
  if (kind === 'activity') return () => ({ activity: id, town: null, tab: 'activities', q: null })
  return (view) => ({ filter: { ...view.filter, project: id }, tab: 'projects', town: null, activity: null, q: null })
}
