import { max, scaleBand, scaleLinear } from 'd3'
import { useTranslation } from 'react-i18next'
import type { TownFigures } from '../../domain/network/network-metrics'
import type { Country } from '../../domain/town-schema'
import { COUNTRY_COLOURS } from '../../shared/country-palette'

export interface DegreeChartProps {
  ranked: readonly TownFigures[]
  townName: (id: string) => string
  countryOf: (id: string) => Country | undefined
  onSelectTown: (id: string) => void
}

const WIDTH = 300
const ROW = 18
const LABEL = 118

/** Towns ranked by weighted degree: d3 computes the scales, React draws the bars and their numbers. */
export function DegreeChart({ ranked, townName, countryOf, onSelectTown }: DegreeChartProps) {
  const { t } = useTranslation()
  const height = ranked.length * ROW
  const x = scaleLinear().domain([0, max(ranked, (town) => town.weightedDegree) ?? 1]).range([0, WIDTH - LABEL - 34])
  const y = scaleBand().domain(ranked.map((town) => town.id)).range([0, height]).padding(0.2)
  return (
    <figure className="degree-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-labelledby="degree-chart-caption">
        {ranked.map((town) => {
          const top = y(town.id) ?? 0
          const country = countryOf(town.id)
          return (
            <g
              key={town.id}
              transform={`translate(0, ${top})`}
              className="degree-row"
              role="button"
              tabIndex={0}
              aria-label={`${townName(town.id)}: ${town.weightedDegree}`}
              onClick={() => onSelectTown(town.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  onSelectTown(town.id)
                }
              }}
            >
              <text x={LABEL - 6} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize="11">{townName(town.id)}</text>
              <rect x={LABEL} width={x(town.weightedDegree)} height={y.bandwidth()} fill={country ? COUNTRY_COLOURS[country] : '#888'} rx="2" />
              <text x={LABEL + x(town.weightedDegree) + 4} y={y.bandwidth() / 2} dy="0.35em" fontSize="11" className="degree-value">
                {town.weightedDegree}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption id="degree-chart-caption">{t('network.degreeCaption')}</figcaption>
    </figure>
  )
}
