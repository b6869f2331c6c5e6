import { max } from 'd3'
import { useTranslation } from 'react-i18next'
import type { Town } from '../../domain/town-schema'
import { COMPACT_RADIUS_RANGE, populationRadiusScale, RADIUS_RANGE } from '../../domain/town-symbols'
import { CountrySwatches, StarSwatch } from '../../shared/legend-swatches'
import { LINK_COLOURS } from '../../shared/link-palette'
import { useCompactScreen } from './use-compact-screen'

const SAMPLE_POPULATIONS = [2500, 10000, 20000]
const LINE = 11

export interface MapLegendProps {
  towns: readonly Town[]
  /** True when group ties are drawn as lines (for analysts) instead of one star per group record. */
  groupLines?: boolean
}

/** What the map draws: countries, circle sizes, and the ties (lines, stars, and what is not drawn). */
export function MapLegend({ towns, groupLines = false }: MapLegendProps) {
  const { t, i18n } = useTranslation()
  const compact = useCompactScreen()
  const radius = populationRadiusScale(max(towns, (town) => town.population.value) ?? 1, compact ? COMPACT_RADIUS_RANGE : RADIUS_RANGE)
  const largest = radius(SAMPLE_POPULATIONS[SAMPLE_POPULATIONS.length - 1] ?? 1)
  const format = new Intl.NumberFormat(i18n.language)
  // Each sample's number beside the top of its circle, at least a line below the next larger one's.
  const samples: { population: number; r: number; cy: number; textY: number }[] = []
  for (const population of [...SAMPLE_POPULATIONS].reverse()) {
    const r = radius(population)
    const cy = largest * 2 + 9 - r
    samples.unshift({ population, r, cy, textY: Math.max(cy - r + 4, (samples[0]?.textY ?? -Infinity) + LINE) })
  }
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="visually-hidden">{t('legend.title')}</h2>
      <CountrySwatches className="legend-countries" />
      <figure className="legend-sizes">
        <svg width={largest * 2 + 70} height={Math.max(largest * 2 + 10, (samples[0]?.textY ?? 0) + 3)} role="img" aria-label={t('legend.populationNote')}>
          {samples.map(({ population, r, cy, textY }) => (
            <g key={population}>
              <circle cx={largest + 1} cy={cy} r={r} fill="none" stroke="#555" />
              <line x1={largest + 1} x2={largest * 2 + 8} y1={cy - r} y2={cy - r} stroke="#999" strokeDasharray="2 2" />
              <text x={largest * 2 + 10} y={textY} fontSize="11">{format.format(population)}</text>
            </g>
          ))}
        </svg>
        <figcaption>{t('legend.population')}</figcaption>
      </figure>
      <ul className="legend-ties" aria-label={t('legend.ties')} data-group-lines={groupLines ? 'true' : 'false'}>
        <li>
          <svg width="30" height="14" aria-hidden="true">
            <path d="M2 11 Q15 -1 28 11" fill="none" stroke={LINK_COLOURS.agreement} strokeWidth="1.5" strokeLinecap="round" />
            <path d="M2 13 Q15 5 28 13" fill="none" stroke={LINK_COLOURS.project} strokeWidth="4" strokeLinecap="round" />
          </svg>
          <span>{t(groupLines ? 'legend.linesWithGroups' : 'legend.lines')}</span>
        </li>
        {!groupLines && (
          <li>
            <StarSwatch width={30} />
            <span>{t('legend.star')}</span>
          </li>
        )}
        <li className="legend-note">{t('legend.networkWide')}</li>
      </ul>
    </section>
  )
}
