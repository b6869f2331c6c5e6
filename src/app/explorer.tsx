import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset } from '../domain/dataset'
import { MapLegend } from '../features/map/map-legend'
import { NetworkMap } from '../features/map/network-map'
import { EvidenceList } from '../features/network/link-evidence'
import { TownList } from '../features/towns/town-list'
import { TownNetwork } from '../features/towns/town-network'
import { TownPanel } from '../features/towns/town-panel'
import { LinkDetails } from './link-details'
import { NetworkTab } from './network-tab'
import { useNames } from './use-names'
import { useNetwork } from './use-network'
import { useFilterState } from './use-view-state'

type Tab = 'towns' | 'network'

interface ExplorerProps {
  dataset: Dataset
  selectedTownId: string | null
  onSelectTown: (town: string | null) => void
}

/** Map, list, network dashboard and town profile over one dataset; the only place they meet. */
export function Explorer({ dataset, selectedTownId, onSelectTown }: ExplorerProps) {
  const { t } = useTranslation()
  const [filterState, setFilterState] = useFilterState()
  const [tab, setTab] = useState<Tab>('towns')
  const [focusedLink, setFocusedLink] = useState<string | null>(null)
  const [sharedHighlight, setSharedHighlight] = useState<readonly string[] | null>(null)
  const towns = dataset.towns
  const selected = towns.find((town) => town.id === selectedTownId) ?? null
  const { network, linkGraph, figures, index, links, profile } = useNetwork(dataset, filterState, selected?.id ?? null)
  const names = useNames(towns)

  // Closing the panel hands the keyboard focus back to the town's button in the list.
  const closeTown = useCallback(() => {
    if (selectedTownId === null) return
    onSelectTown(null)
    document.querySelector<HTMLButtonElement>(`.town-button[data-town="${CSS.escape(selectedTownId)}"]`)?.focus()
  }, [onSelectTown, selectedTownId])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeTown()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [closeTown])

  // What the map shows at full strength: the selected town and its partners, or the members of a
  // highlighted shared record, or (with a country filter) the towns still in the network.
  const emphasised = profile !== null
    ? [profile.town, ...profile.partners.map((partner) => partner.town)]
    : sharedHighlight ?? (filterState.filter.countries === null ? null : network.graph.nodes())

  return (
    <>
      <div className="map-area">
        <NetworkMap
          towns={towns}
          selectedTownId={selected?.id ?? null}
          onSelectTown={onSelectTown}
          links={links}
          emphasised={emphasised}
          focusedLink={focusedLink}
          renderLinkDetails={(key) => <LinkDetails graph={linkGraph} linkKey={key} index={index} townName={names.display} />}
        />
      </div>
      <div className="side">
        <div className="tabs" role="tablist" aria-label={t('tabs.label')}>
          {(['towns', 'network'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="tab"
              id={`tab-${value}`}
              aria-selected={tab === value}
              aria-controls={`tabpanel-${value}`}
              onClick={() => setTab(value)}
            >
              {t(`tabs.${value}`)}
            </button>
          ))}
        </div>
        <div className="sidebar" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'towns' ? (
            <>
              <MapLegend towns={towns} />
              <TownList towns={towns} selectedTownId={selected?.id ?? null} onSelectTown={onSelectTown} />
            </>
          ) : (
            <NetworkTab
              dataset={dataset}
              filterState={filterState}
              onFilterStateChange={setFilterState}
              network={network}
              figures={figures}
              names={names}
              onSelectTown={onSelectTown}
              onHighlightShared={setSharedHighlight}
            />
          )}
        </div>
        {selected !== null && profile !== null && (
          <TownPanel town={selected} onClose={closeTown}>
            <TownNetwork
              profile={profile}
              townName={names.display}
              onSelectTown={onSelectTown}
              onFocusLink={setFocusedLink}
              renderEvidence={(evidence) => <EvidenceList evidence={evidence} />}
            />
          </TownPanel>
        )}
      </div>
    </>
  )
}
