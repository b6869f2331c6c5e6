import { max, scaleBand, scaleLinear } from 'd3'
import { useTranslation } from 'react-i18next'
import { sharedRank, type TownFigures } from '../../domain/network/network-metrics'
import type { Country } from '../../domain/town-schema'
import { COUNTRY_COLOURS } from '../../shared/country-palette'

export interface DegreeChartProps {
  /** Towns ranked by strength (rankByStrength), strongest first. */
  ranked: readonly TownFigures[]
  /** The name a reader knows the town by ("Ptuj (Pettau)"): for the bar's accessible name and tooltip. */
  townName: (id: string) => string
  /** The short name on the bar (the official name); cut with an ellipsis when it does not fit. */
  label: (id: string) => string
  countryOf: (id: string) => Country | undefined
  onSelectTown: (id: string) => void
}

const WIDTH = 340
const HEAD = 16
const ROW = 18
const RANK = 22
const LABEL = 136
const VALUE = 34
const BETWEENNESS = 52
/** About as many characters as fit between the rank and the bar at 11 px. */
const LABEL_CHARS = 20

function shorten(name: string): string {
  return name.length <= LABEL_CHARS ? name : `${name.slice(0, LABEL_CHARS - 1).trimEnd()}…`
}

/**
 * Towns ranked by strength (the number of records each takes part in), with shared ranks for equal
 * strengths, and their betweenness in a second column. d3 computes the scales, React draws.
 */
export function DegreeChart({ ranked, townName, label, countryOf, onSelectTown }: DegreeChartProps) {
  const { t, i18n } = useTranslation()
  // Whole records show as whole numbers; a filter can leave a share of a record (up to 2 decimals).
  const strength = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 })
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 })
  const all = ranked.map((town) => town.strength)
  const height = HEAD + ranked.length * ROW
  const barEnd = WIDTH - BETWEENNESS - VALUE
  const x = scaleLinear().domain([0, max(all) ?? 1]).range([0, barEnd - LABEL])
  const y = scaleBand().domain(ranked.map((town) => town.id)).range([HEAD, height]).padding(0.2)
  return (
    <figure className="degree-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-labelledby="degree-chart-caption">
        <g className="degree-head" fontSize="10" aria-hidden="true">
          <text x={LABEL} y={10}>{t('network.strengthColumn')}</text>
          <text x={WIDTH} y={10} textAnchor="end">{t('network.betweennessColumn')}</text>
        </g>
        {ranked.map((town) => {
          const top = y(town.id) ?? 0
          const country = countryOf(town.id)
          const { rank, shared } = sharedRank(town.strength, all)
          const rankText = shared > 1 ? t('network.rankShared', { rank }) : String(rank)
          const value = strength.format(town.strength)
          const between = percent.format(town.betweenness)
          return (
            // The row answers a click anywhere on it; the button in it is the town's name and bar, so that its visible
            // text (the name) is in its accessible name (WCAG 2.5.3); the numbers beside it are in that name too.
            <g key={town.id} transform={`translate(0, ${top})`} className="degree-row" data-town={town.id} onClick={() => onSelectTown(town.id)}>
              <text x={RANK - 4} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize="10" className="degree-rank" aria-hidden="true">{rankText}</text>
              <g
                className="degree-button"
                role="button"
                tabIndex={0}
                aria-label={t('network.barLabel', { town: townName(town.id), rank: rankText, strength: value, betweenness: between })}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault()
                    onSelectTown(town.id)
                  }
                }}
              >
                <title>{townName(town.id)}</title>
                <text x={LABEL - 6} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize="11" className="degree-label">{shorten(label(town.id))}</text>
                <rect x={LABEL} width={x(town.strength)} height={y.bandwidth()} fill={country ? COUNTRY_COLOURS[country] : '#888'} rx="2" />
              </g>
              <text x={LABEL + x(town.strength) + 4} y={y.bandwidth() / 2} dy="0.35em" fontSize="11" className="degree-value" aria-hidden="true">{value}</text>
              <text x={WIDTH} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize="11" className="betweenness-value" aria-hidden="true">{between}</text>
            </g>
          )
        })}
      </svg>
      <figcaption id="degree-chart-caption">
        <span>{t('network.strengthCaption')}</span> <span>{t('network.betweennessCaption')}</span>
      </figcaption>
    </figure>
  )
}
