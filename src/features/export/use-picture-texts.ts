import { useTranslation } from 'react-i18next'
import { filterSummary } from '../../domain/export/export-names'
import { LINK_CATEGORIES } from '../../domain/network/link-geometry'
import type { NetworkFilter } from '../../domain/network/network-filter'
import { projectLabel } from '../../domain/project-label'
import type { Project } from '../../domain/project-schema'
import { intlLocale } from '../../domain/language'
import { COUNTRIES, type Language } from '../../domain/town-schema'
import { COUNTRY_COLOURS } from '../../shared/country-palette'
import { STAR_COLOUR } from '../../shared/legend-swatches'
import { LINK_COLOURS, LINK_DASH } from '../../shared/link-palette'
import type { PictureTexts } from './compose-picture'

export interface PictureSubject {
  title: string
  filter: NetworkFilter
  groupLines: boolean
  projects: readonly Pick<Project, 'id' | 'name'>[]
}

/** The filter in the reader's words ("All records" when nothing is narrowed). */
export function useFilterText(filter: NetworkFilter, projects: readonly Pick<Project, 'id' | 'name'>[]): string {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  return filterSummary(filter, {
    country: (country) => t(`country.${country}`),
    kind: (kind) => t(`kind.${kind}`),
    project: (id) => {
      const project = projects.find((candidate) => candidate.id === id)
      return project ? projectLabel(project, language) : id
    },
    since: (date) => t('filters.since', { date }),
    until: (date) => t('filters.until', { date }),
    all: t('download.allRecords'),
  }, intlLocale(language))
}

/** The words and colours of a picture of the view, in the reader's language, dated when it is made. */
export function usePictureTexts({ title, filter, groupLines, projects }: PictureSubject): () => PictureTexts {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const filterText = useFilterText(filter, projects)
  return () => {
    const date = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(new Date())
    return {
      title,
      filter: filterText,
      footer: [t('download.exported', { date }), t('map.attribution'), t('download.dataSource')].join(' · '),
      legend: {
        countries: COUNTRIES.map((country) => ({ label: t(`country.${country}`), colour: COUNTRY_COLOURS[country] })),
        ties: LINK_CATEGORIES.map((category) => ({ label: t(`network.category.${category}`), colour: LINK_COLOURS[category], dash: LINK_DASH[category] })),
        star: groupLines ? null : { label: t('embed.groupStar'), colour: STAR_COLOUR },
      },
    }
  }
}
