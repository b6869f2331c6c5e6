import { useTranslation } from 'react-i18next'
import type { Evidence } from '../../domain/network/evidence'
import { rankByWeightedDegree, type NetworkFigures } from '../../domain/network/network-metrics'
import type { Country } from '../../domain/town-schema'
import { CountryMatrix } from './country-matrix'
import { DegreeChart } from './degree-chart'
import { LinkLegend } from './link-legend'

export interface NetworkDashboardProps {
  figures: NetworkFigures
  shared: readonly Evidence[]
  sharedLines: boolean
  onSharedLinesChange: (value: boolean) => void
  /** A shared record under the pointer or focus: its member towns are emphasised on the map. */
  onHighlightShared: (towns: readonly string[] | null) => void
  recordTitle: (evidence: Evidence) => string
  townName: (id: string) => string
  countryOf: (id: string) => Country | undefined
  onSelectTown: (id: string) => void
}

/** The network at a glance: headline figures, the country matrix, the ranking, communities, the shared layer. */
export function NetworkDashboard(props: NetworkDashboardProps) {
  const { figures, shared, townName } = props
  const { t, i18n } = useTranslation()
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 })
  const headline: [string, string][] = [
    [t('network.towns'), String(figures.towns)],
    [t('network.links'), String(figures.links)],
    [t('network.density'), percent.format(figures.density)],
    [t('network.crossBorder'), figures.crossBorderShare === null ? '–' : percent.format(figures.crossBorderShare)],
  ]
  return (
    <section className="network-dashboard" aria-labelledby="network-title">
      <h2 id="network-title">{t('network.title')}</h2>
      <dl className="headline-figures">
        {headline.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <LinkLegend />
      <CountryMatrix matrix={figures.matrix} />

      <h3>{t('network.ranking')}</h3>
      <DegreeChart
        ranked={rankByWeightedDegree(figures.perTown).filter((town) => town.degree > 0)}
        townName={townName}
        countryOf={props.countryOf}
        onSelectTown={props.onSelectTown}
      />

      <h3>{t('network.communities', { count: figures.communities.filter((group) => group.length > 1).length })}</h3>
      <ol className="communities">
        {figures.communities.filter((group) => group.length > 1).map((group) => (
          <li key={group.join()}>{group.map(townName).join(', ')}</li>
        ))}
      </ol>

      <h3>{t('network.sharedTitle')}</h3>
      <p className="hint">{t('network.sharedIntro')}</p>
      <label className="toggle">
        <input type="checkbox" checked={props.sharedLines} onChange={(event) => props.onSharedLinesChange(event.target.checked)} />
        {t('network.sharedLines')}
      </label>
      <ul className="shared-records">
        {shared.map((record) => (
          <li
            key={`${record.type}:${record.id}`}
            tabIndex={0}
            data-shared={record.id}
            onMouseEnter={() => props.onHighlightShared(record.towns)}
            onMouseLeave={() => props.onHighlightShared(null)}
            onFocus={() => props.onHighlightShared(record.towns)}
            onBlur={() => props.onHighlightShared(null)}
          >
            <span className="shared-count">{t('network.townCount', { count: record.towns.length })}</span>
            {props.recordTitle(record)}
          </li>
        ))}
      </ul>
    </section>
  )
}
