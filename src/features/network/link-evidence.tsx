import { useTranslation } from 'react-i18next'
import type { EvidenceDetail } from '../../domain/network/evidence-details'
import { formatPeriod } from '../../domain/partial-date-format'
import { ExternalLink } from '../../shared/external-link'
import { englishTitle } from '../../domain/activity-title'

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

/** The records behind a link, each with its kind, title, dates and sources. */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceDetail[] }) {
  const { t, i18n } = useTranslation()
  return (
    <ul className="evidence-list">
      {evidence.map((item) => {
        const period = formatPeriod(item.start, item.end, i18n.language)
        const title = item.title
        const translated = i18n.language === 'en' && item.title !== null ? englishTitle({ title: item.title, titleEn: item.titleEn }) : null
        return (
          <li key={`${item.type}:${item.id}`} data-evidence={item.id}>
            <span className="evidence-kind">{t(`kind.${item.kind}`)}</span>
            {title !== null && <span className="evidence-title">{title}</span>}
            {translated !== null && <span className="evidence-translation"> ({translated})</span>}
            {period !== null && <span className="evidence-date"> · {item.type === 'link' ? t('network.since', { date: period }) : period}</span>}
            {item.description !== null && <span className="evidence-description">{item.description}</span>}
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
  weight: number
  evidence: readonly EvidenceDetail[]
}

/** A link explained: which towns, how strong, and every record behind it. */
export function LinkEvidence({ names, weight, evidence }: LinkEvidenceProps) {
  const { t } = useTranslation()
  return (
    <div className="link-evidence">
      <h3>{names[0]} – {names[1]}</h3>
      <p className="link-weight">{t('network.weight', { count: weight })}</p>
      <EvidenceList evidence={evidence} />
    </div>
  )
}
