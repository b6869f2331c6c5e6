import { useTranslation } from 'react-i18next'
import type { Evidence } from '../../domain/network/evidence'
import { rankByStrength, type NetworkFigures } from '../../domain/network/network-metrics'
import { formatPeriod } from '../../domain/partial-date-format'
import type { Country } from '../../domain/town-schema'
import { CountryMatrix } from './country-matrix'
import { DegreeChart } from './degree-chart'
import { LinkLegend } from './link-legend'

export interface NetworkDashboardProps {
  figures: NetworkFigures
  /** Records of 3 to 8 towns in the filter: one star each on the map. */
  groups: readonly Evidence[]
  /** Records of more than 8 towns in the filter: listed, not drawn. */
  networkWide: readonly Evidence[]
  /** `?groups=lines`: group ties drawn as lines, one per pair. */
  groupLines: boolean
  onGroupLinesChange: (value: boolean) => void
  /** A record under the pointer or focus: its towns are emphasised on the map (null: none). */
  onHighlightTowns: (towns: readonly string[] | null) => void
  recordTitle: (evidence: Evidence) => string
  townName: (id: string) => string
  /** The town's official name, short enough for a bar of the ranking. */
  officialName: (id: string) => string
  countryOf: (id: string) => Country | undefined
  onSelectTown: (id: string) => void
}

interface RecordListProps {
  records: readonly Evidence[]
  name: 'group' | 'network'
  recordTitle: (evidence: Evidence) => string
  onHighlightTowns: (towns: readonly string[] | null) => void
}

/** Oldest first; undated records last. */
function byStart(a: Evidence, b: Evidence): number {
  if (a.start === b.start) return a.id.localeCompare(b.id)
  if (a.start === null) return 1
  if (b.start === null) return -1
  return a.start.localeCompare(b.start)
}

/** Records with their town counts; pointing at one (or focusing it) highlights its towns on the map. */
function RecordList({ records, name, recordTitle, onHighlightTowns }: RecordListProps) {
  const { t, i18n } = useTranslation()
  if (records.length === 0) return <p className="hint" data-records={name}>{t('network.noRecords')}</p>
  return (
    <ul className="record-list" data-records={name}>
      {[...records].sort(byStart).map((record) => {
        const period = formatPeriod(record.start, record.end, i18n.language)
        return (
          <li
            key={`${record.type}:${record.id}`}
            tabIndex={0}
            data-record={record.id}
            onMouseEnter={() => onHighlightTowns(record.towns)}
            onMouseLeave={() => onHighlightTowns(null)}
            onFocus={() => onHighlightTowns(record.towns)}
            onBlur={() => onHighlightTowns(null)}
          >
            <span className="record-count">{t('network.townCount', { count: record.towns.length })}</span>
            {recordTitle(record)}
            {period !== null && <span className="record-period"> · {period}</span>}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * The network at a glance: ties by kind and the weighting rule, the map's legend, the country matrix,
 * towns by strength (with betweenness), communities, and the group and network-wide records.
 */
export function NetworkDashboard(props: NetworkDashboardProps) {
  const { figures, townName } = props
  const { t, i18n } = useTranslation()
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 })
  // The ties by kind in the first row, then the towns and the figures of direct and group ties.
  const headline: [string, string, string][] = [
    ['direct', t('network.ties.direct'), String(figures.ties.direct)],
    ['group', t('network.ties.group'), String(figures.ties.group)],
    ['network', t('network.ties.network'), String(figures.ties.network)],
    ['towns', t('network.towns'), String(figures.towns)],
    ['density', t('network.density'), percent.format(figures.density)],
    ['cross-border', t('network.crossBorder'), figures.crossBorderShare === null ? '–' : percent.format(figures.crossBorderShare)],
  ]
  const communities = figures.communities.filter((group) => group.length > 1)
  return (
    <section className="network-dashboard" aria-labelledby="network-title">
      <h2 id="network-title">{t('network.title')}</h2>
      <dl className="headline-figures">
        {headline.map(([key, label, value]) => (
          <div key={key} data-figure={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('network.tiesNote')} {t('network.figuresNote')}</p>
      <p className="weight-rule">{t('network.rule')}</p>
      <LinkLegend groupLines={props.groupLines} />
      <CountryMatrix matrix={figures.matrix} />

      <h3>{t('network.ranking')}</h3>
      <DegreeChart
        ranked={rankByStrength(figures.perTown).filter((town) => town.strength > 0)}
        townName={townName}
        label={props.officialName}
        countryOf={props.countryOf}
        onSelectTown={props.onSelectTown}
      />

      <h3>{t('network.communities', { count: communities.length })}</h3>
      <p className="hint">{t('network.communitiesNote')}</p>
      <ol className="communities">
        {communities.map((group) => (
          <li key={group.join()}>{group.map(townName).join(', ')}</li>
        ))}
      </ol>

      <h3>{t('network.groupsTitle')}</h3>
      <p className="hint">{t('network.groupsIntro')}</p>
      <label className="toggle">
        <input type="checkbox" name="group-lines" checked={props.groupLines} onChange={(event) => props.onGroupLinesChange(event.target.checked)} />
        {t('network.groupLines')}
      </label>
      <RecordList records={props.groups} name="group" recordTitle={props.recordTitle} onHighlightTowns={props.onHighlightTowns} />

      <h3>{t('network.networkWideTitle')}</h3>
      <p className="hint">{t('network.networkWideIntro')}</p>
      <RecordList records={props.networkWide} name="network" recordTitle={props.recordTitle} onHighlightTowns={props.onHighlightTowns} />
    </section>
  )
}
