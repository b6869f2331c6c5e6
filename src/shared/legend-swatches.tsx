import { useTranslation } from 'react-i18next'
import { COUNTRIES } from '../domain/town-schema'
import type { LinkCategory } from '../domain/network/link-geometry'
import { COUNTRY_COLOURS } from './country-palette'
import { LINK_COLOURS, LINK_DASH } from './link-palette'

/** The star of a group record as the map draws it (features/map/group-layers.ts): a white hub, dotted grey spokes. */
export const STAR_COLOUR = '#77808c'

/** A tie's line as the map draws it: colour and dash by kind of record. */
export function TieSwatch({ category, width = 28 }: { category: LinkCategory; width?: number }) {
  return (
    <svg width={width} height="10" aria-hidden="true">
      <line
        x1="2" y1="5" x2={width - 2} y2="5"
        stroke={LINK_COLOURS[category]}
        strokeWidth="3"
        strokeLinecap="round"
        strokeDasharray={LINK_DASH[category]?.map((value) => value * 3).join(' ')}
      />
    </svg>
  )
}

/** A group record's star as the map draws it, `width` wide. */
export function StarSwatch({ width = 28 }: { width?: number }) {
  const height = Math.round(width * 0.64)
  const [cx, cy] = [width / 2, height / 2]
  const spokes = [[0.1, 0.17], [0.9, 0.22], [0.18, 0.9], [0.82, 0.84]].map(([x, y]) => [(x ?? 0) * width, (y ?? 0) * height])
  return (
    <svg width={width} height={height} aria-hidden="true">
      {spokes.map(([x, y]) => (
        <line key={`${x},${y}`} x1={cx} y1={cy} x2={x} y2={y} stroke={STAR_COLOUR} strokeWidth="2" strokeLinecap="round" strokeDasharray="0.1 3.5" />
      ))}
      <circle cx={cx} cy={cy} r={width / 8} fill="#fff" stroke={STAR_COLOUR} strokeWidth="2" />
    </svg>
  )
}

/** The three countries with their colours, as a list. */
export function CountrySwatches({ className }: { className?: string }) {
  const { t } = useTranslation()
  return (
    <ul className={className} aria-label={t('legend.country')}>
      {COUNTRIES.map((country) => (
        <li key={country}>
          <span className="swatch" style={{ background: COUNTRY_COLOURS[country] }} aria-hidden="true" />
          {t(`country.${country}`)}
        </li>
      ))}
    </ul>
  )
}
