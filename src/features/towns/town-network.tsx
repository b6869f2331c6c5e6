import { useTranslation } from 'react-i18next'
import type { EvidenceDetail } from '../../domain/network/evidence-details'
import type { TownProfile } from '../../domain/network/town-profile'
import { formatPeriod } from '../../domain/partial-date-format'
import { projectLabel } from '../../domain/project-label'

export interface TownNetworkProps {
  profile: TownProfile
  townName: (id: string) => string
  onSelectTown: (id: string) => void
  /** A partner's link under the pointer or focus, to highlight it on the map. */
  onFocusLink: (linkKey: string | null) => void
  /** How the records behind a link are shown (the network feature's evidence list, wired by the app). */
  renderEvidence: (evidence: readonly EvidenceDetail[]) => React.ReactNode
}

/** The mayor's view: where the town stands, its partners by strength with the evidence, its projects. */
export function TownNetwork({ profile, townName, onSelectTown, onFocusLink, renderEvidence }: TownNetworkProps) {
  const { t, i18n } = useTranslation()
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 })
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 })
  const strongest = profile.partners[0]?.weight ?? 1
  return (
    <section className="town-network" aria-labelledby="town-network-title">
      <h3 id="town-network-title">{t('profile.standing')}</h3>
      <dl className="standing">
        <div>
          <dt>{t('profile.rank')}</dt>
          <dd>{profile.rank === null ? '–' : t('profile.rankValue', { rank: profile.rank, of: profile.of })}</dd>
        </div>
        <div>
          <dt>{t('profile.partners')}</dt>
          <dd>{profile.partners.length}</dd>
        </div>
        <div>
          <dt>{t('profile.crossBorder')}</dt>
          <dd>{profile.crossBorderShare === null ? '–' : percent.format(profile.crossBorderShare)}</dd>
        </div>
        <div>
          <dt>{t('profile.betweenness')}</dt>
          <dd>
            {decimal.format(profile.betweenness)}
            {profile.betweennessRank !== null && ` (${t('profile.rankValue', { rank: profile.betweennessRank, of: profile.of })})`}
          </dd>
        </div>
      </dl>

      <h3>{t('profile.partnersTitle')}</h3>
      {profile.partners.length === 0 ? (
        <p className="hint">{t('profile.noPartners')}</p>
      ) : (
        <ol className="partners">
          {profile.partners.map((partner) => (
            <li
              key={partner.town}
              data-partner={partner.town}
              onMouseEnter={() => onFocusLink(partner.linkKey)}
              onMouseLeave={() => onFocusLink(null)}
              onFocus={() => onFocusLink(partner.linkKey)}
              onBlur={() => onFocusLink(null)}
            >
              <div className="partner-head">
                <button type="button" className="link-button" onClick={() => onSelectTown(partner.town)}>
                  {townName(partner.town)}
                </button>
                <span className="partner-weight" aria-label={t('network.weight', { count: partner.weight })}>
                  <span className="bar" style={{ width: `${Math.max(2, (partner.weight / strongest) * 52)}px` }} />
                  <span className="value">{partner.weight}</span>
                </span>
              </div>
              {(partner.crossBorder || !partner.direct) && (
                <div className="partner-badges">
                  {partner.crossBorder && <span className="badge">{t('profile.crossBorderBadge')}</span>}
                  {!partner.direct && <span className="badge faint">{t('profile.sharedOnlyBadge')}</span>}
                </div>
              )}
              <details>
                <summary>{t('profile.evidence', { count: partner.evidence.length })}</summary>
                {renderEvidence(partner.evidence)}
              </details>
            </li>
          ))}
        </ol>
      )}

      <h3>{t('profile.projects')}</h3>
      {profile.projects.length === 0 ? (
        <p className="hint">{t('profile.noProjects')}</p>
      ) : (
        <ul className="projects">
          {profile.projects.map((project) => (
            <li key={project.id} data-project={project.id}>
              <span className="project-name" title={project.name}>{projectLabel(project)}</span>
              {formatPeriod(project.period.start, project.period.end, i18n.language) !== null && (
                <span className="project-period"> · {formatPeriod(project.period.start, project.period.end, i18n.language)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {profile.shared.length > 0 && (
        <p className="hint">{t('profile.sharedNote', { count: profile.shared.length })}</p>
      )}
    </section>
  )
}
