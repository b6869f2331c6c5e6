import { useTranslation } from 'react-i18next'
import type { Conflict } from '../../domain/common-schemas'
import type { EvidenceDetail } from '../../domain/network/evidence-details'
import type { TieKind } from '../../domain/network/evidence'
import { formatPeriod } from '../../domain/partial-date-format'
import { ConflictValueText, useConflictField } from '../../shared/conflict-value'
import { DataText } from '../../shared/data-text'
import { ExternalLink } from '../../shared/external-link'

/** "keep.eu/project/19810/…" for a source link: short, but says where it leads. */
export function sourceLabel(url: string): string {
  try {
    const parsed = new URL(url)
    const path = decodeURIComponent(parsed.pathname).replace(/\/$/, '')
    return `${parsed.host}${path.length > 28 ? `${path.slice(0, 27)}…` : path}`
  } catch {
    return url
  }
}

/** When the record holds: "since 1967 · no end date known" for an open link, the period otherwise. */
function RecordDate({ item }: { item: EvidenceDetail }) {
  const { t, i18n } = useTranslation()
  const period = formatPeriod(item.start, item.end, i18n.language)
  // After a title the date follows on the same line; a link has none, so its date starts the line.
  const lead = item.title === null ? '' : ' · '
  if (item.type === 'link' && item.end === null) {
    return (
      <span className="evidence-date">
        {lead}{item.start === null ? t('evidence.undated') : t('evidence.since', { date: period })}
        {' · '}<span className="no-end">{t('evidence.noEnd')}</span>
      </span>
    )
  }
  return <span className="evidence-date">{lead}{period ?? t('evidence.undated')}</span>
}

/** What makes a record less than a plain bilateral City Cooperation fact: its tie, confidence, inferred date, outside. */
function RecordMarks({ item }: { item: EvidenceDetail }) {
  const { t } = useTranslation()
  const marks = [
    item.tie === 'group' ? ['tie', t('evidence.groupOf', { count: item.towns.length })] : null,
    item.tie === 'network' ? ['tie', t('evidence.networkOf', { count: item.towns.length })] : null,
    item.confidence === 'medium' || item.confidence === 'low' ? ['confidence', t(`evidence.confidence.${item.confidence}`)] : null,
    item.dateInferred ? ['inferred', t('evidence.dateInferred')] : null,
    item.cityCooperation ? null : ['outside', t('evidence.outside')],
  ].filter((mark) => mark !== null)
  if (marks.length === 0) return null
  return (
    <span className="evidence-marks">
      {marks.map(([name, text]) => <span key={name} className={`badge mark-${name}`} data-mark={name}>{text}</span>)}
    </span>
  )
}

/** Every value the sources give where they disagree, each with its sources. */
export function ConflictList({ conflicts }: { conflicts: readonly Conflict[] }) {
  const { t } = useTranslation()
  const field = useConflictField()
  return (
    <ul className="evidence-conflicts">
      {conflicts.map((conflict) => (
        <li key={conflict.field}>
          {t('evidence.conflict', { field: field(conflict.field) })}{' '}
          {conflict.values.map((value, position) => (
            <span key={position} className="conflict-value">
              {position > 0 && ' / '}
              <ConflictValueText field={conflict.field} value={value} />{' '}
              {value.sources.map((source) => <ExternalLink key={source} href={source}>{sourceLabel(source)}</ExternalLink>)}
            </span>
          ))}
        </li>
      ))}
    </ul>
  )
}

/**
 * The records behind a tie, each with its kind, title, dates, what makes it uncertain or special, the
 * notes of the sources (folded, they are long) and its source links. Text from data is shown as text.
 */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceDetail[] }) {
  const { t } = useTranslation()
  return (
    <ul className="evidence-list">
      {evidence.map((item) => {
        // An activity's description says what happened; a link's words and a project's goals are research notes.
        const shown = item.type === 'activity' ? item.description : null
        const notes = [item.type === 'activity' ? null : item.description, item.notes].filter((text) => text !== null)
        return (
          <li key={`${item.type}:${item.id}`} data-evidence={item.id} data-tie={item.tie}>
            <span className="evidence-kind">{t(`kind.${item.kind}`)}</span>
            {item.title !== null && <DataText className="evidence-title" value={item.title} />}
            <RecordDate item={item} />
            <RecordMarks item={item} />
            {shown !== null && <DataText className="evidence-description" value={shown} />}
            {item.conflicts.length > 0 && <ConflictList conflicts={item.conflicts} />}
            {notes.length > 0 && (
              <details className="evidence-notes">
                <summary>{t('evidence.notes')}</summary>
                {notes.map((text, position) => <DataText key={position} as="p" value={text} />)}
              </details>
            )}
            <span className="evidence-sources">
              {item.sources.map((source) => (
                <ExternalLink key={source} href={source}>{sourceLabel(source)}</ExternalLink>
              ))}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

export interface LinkEvidenceProps {
  names: [string, string]
  /** The closest kind among the tie's records. */
  tie: TieKind
  weight: number
  evidence: readonly EvidenceDetail[]
}

/** A tie explained: which towns, how close and how strong, and every record behind it. */
export function LinkEvidence({ names, tie, weight, evidence }: LinkEvidenceProps) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 })
  return (
    <div className="link-evidence" data-tie={tie}>
      <h3>{names[0]} – {names[1]}</h3>
      <p className="link-tie">{t(`evidence.tieOfLink.${tie}`)}</p>
      <p className="link-weight">{t('evidence.weight', { count: evidence.length, value: number.format(weight) })}</p>
      <EvidenceList evidence={evidence} />
    </div>
  )
}
