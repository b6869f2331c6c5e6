import { useQuery } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LABEL_HALO } from '../../domain/town-labels'
import { COMPACT_RADIUS_RANGE, firstViewPadding, RADIUS_RANGE, townSymbols } from '../../domain/town-symbols'
import { COUNTRY_COLOURS } from '../../shared/country-palette'
import { LINK_COLOURS, LINK_DASH } from '../../shared/link-palette'
import { basemapQuery } from './basemap-query'
import type { MapDetails, NetworkMapProps } from './network-map'
import { SvgMapDetails } from './svg-map-details'
import { fitProjection, rewound, svgMapLayout } from './svg-map-layout'
import { BORDER, COAST, countryFill, measureLabel, SEA, useBoxSize, useLabelFont } from './svg-map-support'
import { useCompactScreen } from './use-compact-screen'

export type SvgMapProps = Pick<NetworkMapProps,
  'towns' | 'selectedTownId' | 'onSelectTown' | 'links' | 'groups' | 'tiedTowns' | 'emphasised' | 'focusedLink'
  | 'renderLinkDetails' | 'renderGroupDetails' | 'details' | 'coveredBottom' | 'scale' | 'fit'> & {
  /** A town's name as the reader reads it ("Ptuj (Pettau)"): the accessible name of its circle and of its ties. */
  townName?: (id: string) => string
}

const TOWN_INK = '#1a1a2e'
const FADED_INK = '#8a8a99'
const STAR = '#77808c'
const HIGHLIGHT = '#ffd23f'

/** Enter or Space on an element that acts as a button. */
function onActivate(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    action()
  }
}

/**
 * The map drawn as SVG, for a browser without WebGL (or one that lost it): the same basemap files, towns,
 * ties, stars, selection and labels as the full map, in a view fitted to the towns (or to the selection
 * and its partners). Every town and tie is a focusable button; a tie's or star's records open beside the map.
 */
export function SvgMap(props: SvgMapProps) {
  const { towns, selectedTownId, onSelectTown, links, groups, tiedTowns, emphasised, focusedLink, renderLinkDetails, renderGroupDetails } = props
  const { details, coveredBottom = 0, scale = 1, fit = null, townName = (id: string) => towns.find((town) => town.id === id)?.names.official ?? id } = props
  const { t } = useTranslation()
  const boxRef = useRef<HTMLDivElement>(null)
  const size = useBoxSize(boxRef)
  const fontLoaded = useLabelFont()
  const compact = useCompactScreen()
  const basemap = useQuery(basemapQuery)
  // The open tie's or star's details, and the element that opened them (the focus goes back to it).
  const [popup, setPopup] = useState<(MapDetails & { opener: SVGElement | null }) | null>(null)
  const shown = details ? details.open : popup
  // The note on the simpler mode sits over the map's bottom: the view keeps its towns above it.
  const noteRef = useRef<HTMLParagraphElement>(null)
  const [noteHeight, setNoteHeight] = useState(0)
  useLayoutEffect(() => setNoteHeight(noteRef.current?.offsetHeight ?? 0), [size, t])

  const symbols = useMemo(() => {
    const [smallest, largest] = compact ? COMPACT_RADIUS_RANGE : RADIUS_RANGE
    return townSymbols(towns, [smallest * Math.sqrt(scale), largest * Math.sqrt(scale)])
  }, [towns, compact, scale])
  const layout = useMemo(() => {
    // A selection with partners: the town and its partners, as the full map flies to them; else all towns.
    const group = towns.filter((town) => town.id === selectedTownId || (selectedTownId !== null && tiedTowns.includes(town.id)))
    // A presentation's step shows its own towns, with room for its caption.
    const stepTowns = fit?.towns ? towns.filter((town) => fit.towns?.includes(town.id)) : towns
    const inView = fit ? stepTowns : group.length > 1 ? group : towns
    const padding = { ...firstViewPadding(typeof window === 'undefined' ? size.width : window.innerWidth), ...fit?.padding }
    const projection = fitProjection(inView.map((town) => [town.lon, town.lat]), size, { ...padding, bottom: Math.max(padding.bottom, noteHeight + 16) + coveredBottom })
    // As on the full map, labels keep out from under a presentation's caption (its padding less a margin).
    const coveredLeft = fit === null ? 0 : Math.max(0, (fit.padding.left ?? 0) - 24)
    return svgMapLayout({ projection, size, symbols, links, groups, measure: measureLabel, scale, coveredLeft })
    // The font only changes the labels' widths.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [towns, selectedTownId, tiedTowns, fit, size, coveredBottom, noteHeight, symbols, links, groups, scale, fontLoaded])
  const land = useMemo(() => (basemap.data?.countries.features ?? []).map(rewound), [basemap.data])

  const ready = !basemap.isPending && fontLoaded
  const marked = useRef(false)
  useEffect(() => {
    if (!ready || marked.current) return
    marked.current = true
    performance.mark('map-idle')
  }, [ready])

  const open = (next: MapDetails | null, opener: SVGElement | null = null) => {
    if (details) {
      details.onChange(next)
      return
    }
    setPopup(next && { ...next, opener })
  }
  const closePopup = () => {
    popup?.opener?.focus()
    setPopup(null)
  }
  const selectTown = (id: string | null) => {
    open(null)
    onSelectTown(id)
  }
  const viewBox = `0 0 ${size.width} ${size.height}`
  const bright = (id: string) => emphasised === null || emphasised.includes(id)
  const linkOpacity = (source: string, target: string) =>
    (selectedTownId === null ? 0.75 : source === selectedTownId || target === selectedTownId ? 0.95 : 0.1)
  const groupOpacity = (key: string) => (selectedTownId === null || `|${key}|`.includes(`|${selectedTownId}|`) ? 1 : 0.25)
  const highlightedLink = shown?.kind === 'link' ? shown.key : focusedLink

  return (
    <div className="map svg-map" ref={boxRef} data-map-ready={ready ? 'true' : 'false'} role="group" aria-label={t('map.label')}>
      {/* Towns and labels over the ties, yet first in the tab order: their own layer, stacked above by CSS. */}
      <svg className="svg-map-towns" viewBox={viewBox} preserveAspectRatio="xMidYMid meet">
        {layout.towns.map((town) => {
          const strong = bright(town.id)
          const place = town.place
          return (
            <g
              key={town.id}
              className="svg-town"
              data-town={town.id}
              role="button"
              tabIndex={0}
              aria-label={townName(town.id)}
              aria-current={town.id === selectedTownId ? 'true' : undefined}
              onClick={() => selectTown(town.id)}
              onKeyDown={onActivate(() => selectTown(town.id))}
            >
              <circle className="svg-town-focus" cx={town.x} cy={town.y} r={town.radius + 7} />
              <circle
                cx={town.x} cy={town.y} r={town.radius}
                fill={COUNTRY_COLOURS[town.country]} fillOpacity={strong ? 0.85 : 0.25}
                stroke="#ffffff" strokeWidth={1.5} strokeOpacity={strong ? 1 : 0.3}
              />
              {town.id === selectedTownId && <circle cx={town.x} cy={town.y} r={town.radius + 4} fill="none" stroke={TOWN_INK} strokeWidth={3} />}
              {place?.leader && (
                <line x1={place.leader[0][0]} y1={place.leader[0][1]} x2={place.leader[1][0]} y2={place.leader[1][1]}
                  stroke={TOWN_INK} strokeWidth={0.8} strokeOpacity={strong ? 0.7 : 0.25} />
              )}
              {place && (
                <text
                  className="svg-town-label" aria-hidden="true"
                  x={(place.box.x0 + place.box.x1) / 2} y={(place.box.y0 + place.box.y1) / 2}
                  fontSize={layout.labelSize} fill={strong ? TOWN_INK : FADED_INK}
                  stroke="rgba(255,255,255,0.92)" strokeWidth={LABEL_HALO * 2}
                >
                  {town.label}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <svg className="svg-map-ground" viewBox={viewBox} preserveAspectRatio="xMidYMid meet" onClick={() => selectTown(null)}>
        <rect width={size.width} height={size.height} fill={SEA} />
        <g aria-hidden="true">
          {land.map((feature, index) => (
            <path key={feature.properties?.iso ?? index} d={layout.path(feature)} fill={countryFill(feature.properties?.iso)} />
          ))}
          {basemap.data && <path d={layout.path(basemap.data.coast)} fill="none" stroke={COAST} strokeWidth={1} />}
          {basemap.data && <path d={layout.path(basemap.data.borders)} fill="none" stroke="#ffffff" strokeOpacity={0.8} strokeWidth={3.5} strokeLinejoin="round" />}
          {basemap.data && <path d={layout.path(basemap.data.borders)} fill="none" stroke={BORDER} strokeWidth={1.2} strokeDasharray="3.6 2.4" strokeLinejoin="round" />}
        </g>
        {layout.groups.map((group) => {
          const members = group.key.split('|').map(townName)
          const lit = shown?.kind === 'group' && shown.key === group.key
          const opacity = groupOpacity(group.key)
          return (
            <g
              key={group.key} className="svg-group" data-group={group.key} role="button" tabIndex={0}
              aria-label={t('map.svg.group', { count: group.size, towns: members.join(', ') })} aria-expanded={lit}
              onClick={(event) => {
                event.stopPropagation()
                open({ kind: 'group', key: group.key }, event.currentTarget)
              }}
              onKeyDown={onActivate(() => open({ kind: 'group', key: group.key }, document.activeElement as SVGElement))}
            >
              {group.spokes.map((d, index) => (
                <g key={index}>
                  <path className="svg-halo" d={d} data-lit={lit} stroke={HIGHLIGHT} strokeWidth={6} fill="none" strokeLinecap="round" />
                  <path d={d} fill="none" stroke={STAR} strokeWidth={2} strokeOpacity={0.8 * opacity} strokeDasharray="0 5" strokeLinecap="round" />
                  <path className="svg-hit" d={d} fill="none" strokeWidth={10} />
                </g>
              ))}
              {group.hub && (
                <circle cx={group.hub[0]} cy={group.hub[1]} r={3 + Math.min(group.count, 4)}
                  fill="#ffffff" fillOpacity={0.95 * opacity} stroke={lit ? HIGHLIGHT : STAR} strokeWidth={lit ? 4 : 2} strokeOpacity={opacity} />
              )}
            </g>
          )
        })}
        {layout.links.map(({ properties: link, d }) => {
          const lit = highlightedLink === link.key
          const dash = LINK_DASH[link.category]
          return (
            <g
              key={link.key} className="svg-tie" data-link={link.key} role="button" tabIndex={0}
              aria-label={t('map.svg.tie', { a: townName(link.source), b: townName(link.target) })}
              aria-expanded={shown?.kind === 'link' && shown.key === link.key}
              onClick={(event) => {
                event.stopPropagation()
                open({ kind: 'link', key: link.key }, event.currentTarget)
              }}
              onKeyDown={onActivate(() => open({ kind: 'link', key: link.key }, document.activeElement as SVGElement))}
            >
              <path className="svg-halo" d={d} data-lit={lit} fill="none" stroke={HIGHLIGHT} strokeWidth={link.width + 6} strokeLinecap="round" />
              <path
                d={d} fill="none" stroke={LINK_COLOURS[link.category]} strokeWidth={link.width} strokeOpacity={linkOpacity(link.source, link.target)}
                strokeLinecap="round" strokeLinejoin="round" strokeDasharray={dash ? dash.map((part) => part * link.width).join(' ') : undefined}
              />
              <path className="svg-hit" d={d} fill="none" strokeWidth={Math.max(12, link.width + 8)} />
            </g>
          )
        })}
      </svg>
      <p ref={noteRef} className="svg-map-note" role="status" style={coveredBottom > 0 ? { bottom: coveredBottom + 8 } : undefined}>{t('map.svg.note')}</p>
      <p className="svg-map-attribution">{t('map.attribution')}</p>
      {popup && !details && (
        <SvgMapDetails key={`${popup.kind}:${popup.key}`} onClose={closePopup}>
          {popup.kind === 'link' ? renderLinkDetails(popup.key) : renderGroupDetails(popup.key)}
        </SvgMapDetails>
      )}
    </div>
  )
}
