import { useTranslation } from 'react-i18next'
import { EDGE_KINDS, type EdgeKind } from '../../domain/network/evidence'
import { isFiltered, NO_FILTER, type NetworkFilter } from '../../domain/network/network-filter'
import { COUNTRIES, type Country } from '../../domain/town-schema'

export interface NetworkFiltersProps {
  filter: NetworkFilter
  onChange: (filter: NetworkFilter) => void
  projects: readonly { id: string; label: string }[]
}

function toggle<T>(list: readonly T[] | null, all: readonly T[], item: T): T[] | null {
  const current = list ?? all
  const next = current.includes(item) ? current.filter((value) => value !== item) : [...current, item]
  return next.length === all.length ? null : all.filter((value) => next.includes(value))
}

/** Filters by kind of link, project, country and period; each lives in the URL. */
export function NetworkFilters({ filter, onChange, projects }: NetworkFiltersProps) {
  const { t } = useTranslation()
  const set = (change: Partial<NetworkFilter>) => onChange({ ...filter, ...change })
  return (
    <details className="filters-box" open={isFiltered(filter) || undefined}>
      <summary>
        {t('filters.title')}
        {isFiltered(filter) && <span className="active-count"> · {t('filters.active')}</span>}
      </summary>
    <form className="network-filters" aria-label={t('filters.title')} onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('filters.kinds')}</legend>
        {EDGE_KINDS.map((kind: EdgeKind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              name="kind"
              value={kind}
              checked={filter.kinds === null || filter.kinds.includes(kind)}
              onChange={() => set({ kinds: toggle(filter.kinds, EDGE_KINDS, kind) })}
            />
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.countries')}</legend>
        {COUNTRIES.map((country: Country) => (
          <label key={country} className="check">
            <input
              type="checkbox"
              name="country"
              value={country}
              checked={filter.countries === null || filter.countries.includes(country)}
              onChange={() => set({ countries: toggle(filter.countries, COUNTRIES, country) })}
            />
            {t(`country.${country}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('filters.project')}
        <select name="project" value={filter.project ?? ''} onChange={(event) => set({ project: event.target.value === '' ? null : event.target.value })}>
          <option value="">{t('filters.allProjects')}</option>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>{project.label}</option>
          ))}
        </select>
      </label>
      <div className="period">
        <label className="field">
          {t('filters.from')}
          <input type="date" name="from" value={filter.from ?? ''} onChange={(event) => set({ from: event.target.value === '' ? null : event.target.value })} />
        </label>
        <label className="field">
          {t('filters.to')}
          <input type="date" name="to" value={filter.to ?? ''} onChange={(event) => set({ to: event.target.value === '' ? null : event.target.value })} />
        </label>
      </div>
      {isFiltered(filter) && (
        <button type="button" className="reset" onClick={() => onChange(NO_FILTER)}>{t('filters.reset')}</button>
      )}
    </form>
    </details>
  )
}
