import { useTranslation } from 'react-i18next'
import type { TownProject } from '../../domain/network/town-profile'
import { formatPeriod } from '../../domain/partial-date-format'
import { projectLabel } from '../../domain/project-label'
import { ExternalLink } from '../../shared/external-link'
import { sourceLabel } from './town-panel'
import { textIn, type Language } from '../../domain/localized-text'
import { DataText } from '../../shared/data-text'

export interface TownProjectsProps {
  projects: readonly TownProject[]
  organisationName: (id: string) => string
}

/**
 * The town's projects: those a partner organisation represents it in, and those whose outputs name it as
 * a beneficiary (with the output and the sources that name it). Projects outside City Cooperation say so.
 */
export function TownProjects({ projects, organisationName }: TownProjectsProps) {
  const { t, i18n } = useTranslation()
  return (
    <>
      <h3>{t('profile.projects')}</h3>
      {projects.length === 0 ? (
        <p className="hint">{t('profile.noProjects')}</p>
      ) : (
        <ul className="projects">
          {projects.map(({ project, as, organisations, beneficiaryOf }) => {
            const period = formatPeriod(project.period.start, project.period.end, i18n.language)
            return (
              <li key={project.id} data-project={project.id} data-as={as}>
                <span className="project-name" title={textIn(project.name, i18n.language as Language)}>{projectLabel(project, i18n.language as Language)}</span>
                {period !== null && <span className="project-period"> · {period}</span>}
                {(as === 'beneficiary' || project.role === 'related') && (
                  <span className="partner-badges">
                    {as === 'beneficiary' && <span className="badge beneficiary">{t('profile.beneficiaryBadge')}</span>}
                    {project.role === 'related' && <span className="badge faint outside">{t('evidence.outside')}</span>}
                  </span>
                )}
                {organisations.length > 0 && (
                  <span className="hint represented"> {t('profile.representedBy', { organisations: organisations.map(organisationName).join(', ') })}</span>
                )}
                {beneficiaryOf.map((entry, position) => (
                  <span key={position} className="hint beneficiary-of">
                    {t('profile.beneficiaryIn')} <DataText value={entry.output} />{' '}
                    {entry.sources.map((source) => <ExternalLink key={source} href={source}>{sourceLabel(source)}</ExternalLink>)}
                  </span>
                ))}
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
