import { useQuery } from '@tanstack/react-query'
import type { FeatureCollection, Point } from 'geojson'
import { useMemo } from 'react'
import { LABEL_HALO } from '../../domain/town-labels'
import { townSymbols, type TownSymbolProperties } from '../../domain/town-symbols'
import { COUNTRY_COLOURS } from '../../shared/country-palette'
import { STAR_COLOUR } from '../../shared/legend-swatches'
import { LINK_COLOURS, LINK_DASH } from '../../shared/link-palette'
import { basemapQuery } from './basemap-query'
import type { NetworkMapProps } from './network-map'
import { fitProjection, rewound, svgMapLayout } from './svg-map-layout'
import { BORDER, COAST, countryFill, measureLabel, SEA } from './svg-map-support'

export type PrintMapProps = Pick<NetworkMapProps, 'towns' | 'links' | 'groups' | 'tiedTowns'> & {
  /** The town the page is about. */
  townId: string
  /** Its accessible description: "Map of Ptuj's ties". */
  label: string
}

/** The ring around the page's town, outside its circle: its label is placed clear of the ring too. */
const RING = 5.5

function withRing(symbols: FeatureCollection<Point, TownSymbolProperties>, townId: string): FeatureCollection<Point, TownSymbolProperties> {
  return {
    ...symbols,
    features: symbols.features.map((feature) =>
      feature.properties.id === townId ? { ...feature, properties: { ...feature.properties, radius: feature.properties.radius + RING } } : feature),
  }
}

/** A printed page's map: wide and low, drawn at this size and scaled to the column by the viewBox. */
const SIZE = { width: 720, height: 290 }
const PADDING = { top: 32, right: 90, bottom: 30, left: 90 }
/** Circles a little smaller than on screen: the map is small on paper. */
const RADII: readonly [number, number] = [0, 16]
const INK = '#1a1a2e'

/**
 * The map of one town's ties for print (a WebGL canvas prints badly): an SVG from the same basemap, drawn
 * as the simpler map draws it (d3-geo), fitted to the town and the towns it shares direct and group ties
 * with (all towns for one without), its direct ties as lines, its groups as stars, the other towns as small faint dots.
 * Static: nothing on it is a control.
 */
export function PrintMap({ towns, links, groups, tiedTowns, townId, label }: PrintMapProps) {
  const basemap = useQuery(basemapQuery)
  const layout = useMemo(() => {
    const shown = towns.filter((town) => town.id === townId || tiedTowns.includes(town.id))
    // A town without direct or group ties is shown among all the towns, not alone on a blank map.
    const inView = shown.length > 1 ? shown : towns
    const projection = fitProjection(inView.map((town) => [town.lon, town.lat]), SIZE, PADDING)
    const own = (key: string) => key.split('|').includes(townId)
    const drawn = svgMapLayout({
      projection,
      size: SIZE,
      symbols: withRing(townSymbols(shown, RADII), townId),
      links: { ...links, features: links.features.filter((feature) => own(feature.properties.key)) },
      groups: { ...groups, features: groups.features.filter((feature) => own(feature.properties.key)) },
      measure: measureLabel,
    })
    const others = towns.filter((town) => !shown.includes(town)).map((town) => projection([town.lon, town.lat]) ?? [NaN, NaN])
    return { ...drawn, others }
  }, [towns, links, groups, tiedTowns, townId])
  const land = useMemo(() => (basemap.data?.countries.features ?? []).map(rewound), [basemap.data])

  return (
    <svg className="print-map" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={label} data-ready={basemap.isPending ? 'false' : 'true'}>
      <rect width={SIZE.width} height={SIZE.height} fill={SEA} />
      {land.map((feature, index) => (
        <path key={feature.properties?.iso ?? index} d={layout.path(feature)} fill={countryFill(feature.properties?.iso)} />
      ))}
      {basemap.data && <path d={layout.path(basemap.data.coast)} fill="none" stroke={COAST} strokeWidth={1} />}
      {basemap.data && <path d={layout.path(basemap.data.borders)} fill="none" stroke={BORDER} strokeWidth={1.2} strokeDasharray="3.6 2.4" />}
      {layout.others.map(([x, y], index) => <circle key={index} cx={x} cy={y} r={2.5} fill="#8a8a99" fillOpacity={0.6} />)}
      {layout.groups.map((group) => (
        <g key={group.key}>
          {group.spokes.map((d, index) => (
            <path key={index} d={d} fill="none" stroke={STAR_COLOUR} strokeWidth={2} strokeDasharray="0 5" strokeLinecap="round" />
          ))}
          {group.hub && <circle cx={group.hub[0]} cy={group.hub[1]} r={3 + Math.min(group.count, 4)} fill="#ffffff" stroke={STAR_COLOUR} strokeWidth={2} />}
        </g>
      ))}
      {layout.links.map(({ properties: link, d }) => {
        const dash = LINK_DASH[link.category]
        return (
          <path
            key={link.key} d={d} fill="none" stroke={LINK_COLOURS[link.category]} strokeWidth={link.width} strokeLinecap="round"
            strokeDasharray={dash ? dash.map((part) => part * link.width).join(' ') : undefined}
          />
        )
      })}
      {layout.towns.map((town) => (
        <g key={town.id}>
          <circle cx={town.x} cy={town.y} r={town.radius - (town.id === townId ? RING : 0)} fill={COUNTRY_COLOURS[town.country]} fillOpacity={0.85} stroke="#ffffff" strokeWidth={1.5} />
          {town.id === townId && <circle cx={town.x} cy={town.y} r={town.radius - 1.5} fill="none" stroke={INK} strokeWidth={3} />}
          {town.place?.leader && (
            <line x1={town.place.leader[0][0]} y1={town.place.leader[0][1]} x2={town.place.leader[1][0]} y2={town.place.leader[1][1]} stroke={INK} strokeWidth={0.8} />
          )}
          {town.place && (
            <text
              x={(town.place.box.x0 + town.place.box.x1) / 2} y={(town.place.box.y0 + town.place.box.y1) / 2}
              fontFamily="'Noto Sans', sans-serif" fontSize={layout.labelSize} fontWeight={town.id === townId ? 700 : 600} fill={INK}
              textAnchor="middle" dominantBaseline="central" paintOrder="stroke" strokeLinejoin="round"
              stroke="rgba(255,255,255,0.92)" strokeWidth={LABEL_HALO * 2}
            >
              {town.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  )
}
