import { useTranslation } from 'react-i18next'
import type { Organisation } from '../../domain/organisation-schema'
import { intlLocale } from '../../domain/language'
import type { Language } from '../../domain/localized-text'
import { formatPeriod } from '../../domain/partial-date-format'
import { projectLabel } from '../../domain/project-label'
import type { Project } from '../../domain/project-schema'
import { DataText } from '../../shared/data-text'
import { ExternalLink } from '../../shared/external-link'
import { ConflictValueText, useConflictField } from '../../shared/conflict-value'

function sourceHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

export interface ProjectsPanelProps {
  projects: readonly Project[]
  organisations: ReadonlyMap<string, Organisation>
  townName: (id: string) => string
  activeProject: string | null
  onFilterProject: (id: string | null) => void
}

/**
 * The projects, their texts in the reader's language: programme, period, money, goals, partners and the towns they represent, towns named as
 * beneficiaries, outputs, notes, sources, conflicts. An umbrella record lists its parts; a part names its
 * umbrella; a related project is marked as outside City Cooperation.
 */
export function ProjectsPanel({ projects, organisations, townName, activeProject, onFilterProject }: ProjectsPanelProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const euro = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
  const fieldLabel = useConflictField()
  const organisationName = (id: string | null) => (id === null ? t('panel.unknown') : organisations.get(id)?.name ?? id)
  const byId = new Map(projects.map((project) => [project.id, project]))
  const umbrellaOf = new Map(projects.flatMap((project) => (project.role === 'umbrella' ? (project.parts ?? []).map((part) => [part, project] as const) : [])))
  return (
    <div className="projects-panel">
      {projects.map((project) => (
        <article key={project.id} className="project-card" data-project={project.id} data-role={project.role} aria-labelledby={`project-${project.id}`}>
          <h2 id={`project-${project.id}`} lang={language}>{projectLabel(project, language)}</h2>
          <DataText as="p" className="project-full-name" value={project.name} />
          {project.role === 'related' && <p className="evidence-marks"><span className="badge faint mark-outside" data-mark="outside">{t('evidence.outside')}</span></p>}
          {umbrellaOf.has(project.id) && <p className="hint part-of">{t('projects.partOf', { project: projectLabel(umbrellaOf.get(project.id) as Project, language) })}</p>}
          {project.role === 'umbrella' && (project.parts ?? []).length > 0 && (
            <div className="umbrella-parts">
              <p className="hint">{t('projects.umbrella')}</p>
              <ul>
                {(project.parts ?? []).map((part) => (
                  <li key={part} data-part={part}>
                    <a href={`#project-${part}`}>{byId.has(part) ? projectLabel(byId.get(part) as Project, language) : part}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <dl>
            <dt>{t('projects.programme')}</dt>
            <dd><DataText value={project.programme} /></dd>
            <dt>{t('projects.period')}</dt>
            <dd>{formatPeriod(project.period.start, project.period.end, i18n.language) ?? t('panel.unknown')}</dd>
            <dt>{t('projects.budget')}</dt>
            <dd>{project.budgetEur === null ? t('panel.unknown') : euro.format(project.budgetEur)}</dd>
            <dt>{t('projects.erdf')}</dt>
            <dd>{project.erdfEur === null ? t('panel.unknown') : euro.format(project.erdfEur)}</dd>
            <dt>{t('projects.lead')}</dt>
            <dd>{organisationName(project.leadPartner)}</dd>
          </dl>
          {project.goals && <div className="project-goals"><DataText as="p" value={project.goals} /></div>}
          {(project.conflicts ?? []).length > 0 && (
            <div className="conflicts" role="note">
              <strong>{t('projects.conflicts')}</strong>
              <ul>
                {(project.conflicts ?? []).map((conflict) => (
                  <li key={conflict.field}>
                    {t('projects.conflictField', { field: fieldLabel(conflict.field) })}
                    <ul>
                      {conflict.values.map((value, position) => (
                        <li key={position}>
                          <ConflictValueText field={conflict.field} value={value} />{' '}
                          {value.sources.map((source) => (
                            <ExternalLink key={source} href={source}>{sourceHost(source)}</ExternalLink>
                          ))}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              <p className="hint">{t('projects.shownValue')}</p>
            </div>
          )}
          {project.partners.length > 0 && (
            <>
              <h3>{t('projects.partners')}</h3>
              <ul className="project-partners">
                {project.partners.map((partner) => (
                  <li key={partner.organisation}>
                    <span className="partner-name">{organisationName(partner.organisation)}</span>
                    {partner.role === 'lead' && <span className="badge">{t('projects.leadBadge')}</span>}
                    {partner.towns.length > 0 && <span className="hint"> · {partner.towns.map(townName).join(', ')}</span>}
                    {partner.budgetEur !== null && <span className="hint"> · {euro.format(partner.budgetEur)}</span>}
                    {partner.description && <span className="hint"> · <DataText value={partner.description} /></span>}
                    {partner.notes && <span className="hint"> · <DataText value={partner.notes} /></span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {(project.beneficiaries ?? []).length > 0 && (
            <>
              <h3>{t('projects.beneficiaries')}</h3>
              <ul className="project-beneficiaries">
                {(project.beneficiaries ?? []).map((entry, position) => (
                  <li key={position}>
                    <span className="partner-name">{entry.towns.map(townName).join(', ')}</span>
                    <span className="hint"> · <DataText value={entry.output} /> </span>
                    {entry.sources.map((source) => <ExternalLink key={source} href={source}>{sourceHost(source)}</ExternalLink>)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {project.outputs.length > 0 && (
            <details>
              <summary>{t('projects.outputs', { count: project.outputs.length })}</summary>
              <ul>{project.outputs.map((output, position) => <li key={position}><DataText value={output} /></li>)}</ul>
            </details>
          )}
          {project.notes && (
            <details className="evidence-notes">
              <summary>{t('evidence.notes')}</summary>
              <DataText as="p" value={project.notes} />
            </details>
          )}
          <details>
            <summary>{t('projects.sources', { count: project.sources.length })}</summary>
            <ul className="sources">
              {project.sources.map((source) => (
                <li key={source}><ExternalLink href={source}>{source.replace(/^https?:\/\//, '')}</ExternalLink></li>
              ))}
            </ul>
          </details>
          <button
            type="button"
            className="reset"
            aria-pressed={activeProject === project.id}
            onClick={() => onFilterProject(activeProject === project.id ? null : project.id)}
          >
            {activeProject === project.id ? t('projects.unfilter') : t('projects.filter')}
          </button>
        </article>
      ))}
    </div>
  )
}
