import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { EvidenceDetail } from '../../domain/network/evidence-details'
import type { DirectPartner, TownProfile } from '../../domain/network/town-profile'
import { TownProjects } from './town-projects'

export interface TownNetworkProps {
  profile: TownProfile
  townName: (id: string) => string
  organisationName: (id: string) => string
  onSelectTown: (id: string) => void
  /** A partner's link under the pointer or focus, to highlight it on the map. */
  onFocusLink: (linkKey: string | null) => void
  /** How records are shown (the network feature's evidence list, wired by the app). */
  renderEvidence: (evidence: readonly EvidenceDetail[]) => ReactNode
}

function TownButtons({ towns, townName, onSelectTown }: { towns: readonly string[]; townName: (id: string) => string; onSelectTown: (id: string) => void }) {
  return (
    <ul className="inline-list">
      {towns.map((town) => (
        <li key={town}><button type="button" className="link-button" onClick={() => onSelectTown(town)}>{townName(town)}</button></li>
      ))}
    </ul>
  )
}

/** The town's standing: strength with its rank (shared where towns tie), member since, and what it counts. */
function Standing({ profile }: { profile: TownProfile }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 })
  const rank = profile.rank === null
    ? '–'
    : [t('profile.rankValue', { count: profile.rank, of: profile.of, ordinal: true }), profile.sharedRank > 1 ? t('profile.tiedWith', { count: profile.sharedRank - 1 }) : null]
        .filter((part) => part !== null).join(', ')
  return (
    <>
      <dl className="standing">
        <div>
          <dt>{t('profile.strength')}</dt>
          <dd data-strength={profile.strength}>{t('profile.strengthValue', { count: profile.strength, value: number.format(profile.strength) })}</dd>
        </div>
        <div>
          <dt>{t('profile.memberSince')}</dt>
          <dd>{profile.memberSince === null ? '–' : t('profile.memberSinceValue', { year: profile.memberSince })}</dd>
        </div>
        <div className="wide">
          <dt>{t('profile.rank')}</dt>
          <dd data-rank={profile.rank ?? ''}>{rank}</dd>
        </div>
      </dl>
      <p className="hint caveat">{t('profile.caveat')}</p>
      <details className="rule">
        <summary>{t('profile.ruleTitle')}</summary>
        <p className="hint">{t('profile.rule')}</p>
      </details>
    </>
  )
}

function PartnerItem({ partner, most, props }: { partner: DirectPartner; most: number; props: TownNetworkProps }) {
  const { t } = useTranslation()
  const { townName, onSelectTown, onFocusLink, renderEvidence } = props
  const count = partner.records.length
  return (
    <li
      data-partner={partner.town}
      onMouseEnter={() => onFocusLink(partner.linkKey)}
      onMouseLeave={() => onFocusLink(null)}
      onFocus={() => onFocusLink(partner.linkKey)}
      onBlur={() => onFocusLink(null)}
    >
      <div className="partner-head">
        <button type="button" className="link-button" onClick={() => onSelectTown(partner.town)}>{townName(partner.town)}</button>
        <span className="partner-weight" role="img" aria-label={t('profile.partnerRecords', { count })}>
          <span className="bar" style={{ width: `${Math.max(2, (count / most) * 52)}px` }} />
          <span className="value">{count}</span>
        </span>
      </div>
      {partner.crossBorder && (
        <div className="partner-badges"><span className="badge">{t('profile.crossBorderBadge')}</span></div>
      )}
      <details>
        <summary>{t('profile.evidence', { count })}</summary>
        {renderEvidence(partner.records)}
      </details>
    </li>
  )
}

/**
 * The mayor's view: the town's strength and rank, its direct partners (a record names just the two),
 * the groups it belongs to (records of 3 to 8 towns), the network-wide records, and its projects.
 */
export function TownNetwork(props: TownNetworkProps) {
  const { profile, townName, organisationName, onSelectTown, renderEvidence } = props
  const { t } = useTranslation()
  const most = Math.max(1, ...profile.direct.map((partner) => partner.records.length))
  return (
    <section className="town-network" aria-labelledby="town-network-title">
      <h3 id="town-network-title">{t('profile.standing')}</h3>
      <Standing profile={profile} />

      <h3 id="town-direct-title" data-count={profile.direct.length}>{t('profile.direct', { count: profile.direct.length })}</h3>
      <p className="hint">{t('profile.directIntro')}</p>
      {profile.direct.length === 0 ? (
        <p className="hint empty">{t('profile.noDirect')}</p>
      ) : (
        <ol className="partners" aria-labelledby="town-direct-title">
          {profile.direct.map((partner) => <PartnerItem key={partner.town} partner={partner} most={most} props={props} />)}
        </ol>
      )}

      <h3 id="town-groups-title" data-count={profile.groups.length}>{t('profile.groups', { count: profile.groups.length })}</h3>
      <p className="hint">{t('profile.groupsIntro')}</p>
      {profile.groups.length === 0 ? (
        <p className="hint empty">{t('profile.noGroups')}</p>
      ) : (
        <ol className="groups" aria-labelledby="town-groups-title">
          {profile.groups.map((group) => (
            <li key={group.record.id} data-group={group.record.id}>
              {renderEvidence([group.record])}
              <div className="group-towns">
                <span className="hint">{t('profile.groupTowns')}:</span>
                <TownButtons towns={group.towns} townName={townName} onSelectTown={onSelectTown} />
              </div>
            </li>
          ))}
        </ol>
      )}

      <details className="network-wide" data-count={profile.networkWide.length}>
        <summary>{t('profile.networkWide', { count: profile.networkWide.length })}</summary>
        <p className="hint">{t('profile.networkWideIntro')}</p>
        {renderEvidence(profile.networkWide)}
      </details>

      <TownProjects projects={profile.projects} organisationName={organisationName} />
    </section>
  )
}
