import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EDGE_KINDS } from '../../domain/network/evidence'
import { isFiltered, NO_FILTER, type NetworkFilter } from '../../domain/network/network-filter'
import { COUNTRIES } from '../../domain/town-schema'

export interface NetworkFiltersProps {
  filter: NetworkFilter
  onChange: (filter: NetworkFilter) => void
  projects: readonly { id: string; label: string }[]
}

/** Ticks or unticks one box; the last ticked box stays ticked (an empty choice would show nothing). */
function toggle<T>(list: readonly T[] | null, all: readonly T[], item: T): T[] | null {
  const current = list ?? all
  const next = current.includes(item) ? current.filter((value) => value !== item) : [...current, item]
  if (next.length === 0) return list === null ? null : [...list]
  return next.length === all.length ? null : all.filter((value) => next.includes(value))
}

interface CheckGroupProps<T extends string> {
  legend: string
  name: string
  all: readonly T[]
  /** null: all chosen (no narrowing). */
  chosen: readonly T[] | null
  label: (value: T) => string
  onChange: (chosen: T[] | null) => void
}

/** A fieldset of checkboxes where "all ticked" means no filter. */
function CheckGroup<T extends string>({ legend, name, all, chosen, label, onChange }: CheckGroupProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {all.map((value) => (
        <label key={value} className="check">
          <input
            type="checkbox"
            name={name}
            value={value}
            checked={chosen === null || chosen.includes(value)}
            disabled={chosen !== null && chosen.length === 1 && chosen[0] === value}
            onChange={() => onChange(toggle(chosen, all, value))}
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  )
}

/** Filters by kind of link, project, country and period; each lives in the URL. */
export function NetworkFilters({ filter, onChange, projects }: NetworkFiltersProps) {
  const { t } = useTranslation()
  const set = (change: Partial<NetworkFilter>) => onChange({ ...filter, ...change })
  // Open when a link arrives with filters; afterwards the reader opens and closes it.
  const [open, setOpen] = useState(() => isFiltered(filter))
  return (
    <details className="filters-box" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('filters.title')}
        {isFiltered(filter) && <span className="active-count"> · {t('filters.active')}</span>}
      </summary>
    <form className="network-filters" aria-label={t('filters.title')} onSubmit={(event) => event.preventDefault()}>
      <CheckGroup
        legend={t('filters.kinds')}
        name="kind"
        all={EDGE_KINDS}
        chosen={filter.kinds}
        label={(kind) => t(`kind.${kind}`)}
        onChange={(kinds) => set({ kinds })}
      />
      <CheckGroup
        legend={t('filters.countries')}
        name="country"
        all={COUNTRIES}
        chosen={filter.countries}
        label={(country) => t(`country.${country}`)}
        onChange={(countries) => set({ countries })}
      />
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
