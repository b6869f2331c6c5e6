import type { Activity } from './activity-schema'
import { readerTitle } from './activity-title'
import { projectLabel } from './project-label'
import type { Project } from './project-schema'
import { formatTownName } from './town-names'
import type { Language, Town } from './town-schema'

/** What names a view: the parts of the URL's view state a title is made of. */
export interface TitledView {
  town: string | null
  activity: string | null
  tab: string | null
  filter: { project: string | null }
}

/** The records a title can name. */
export interface TitledRecords {
  towns: readonly Pick<Town, 'id' | 'names'>[]
  activities: readonly Pick<Activity, 'id' | 'title'>[]
  projects: readonly Pick<Project, 'id' | 'name'>[]
}

/** The words of the title in the reader's language. */
export interface ViewTitleTexts {
  /** The app's name: "24 Cities network". */
  app: string
  /** The names of the tabs that name a view ("Network"); a tab without one here (the first view's) adds nothing. */
  tabs: Readonly<Partial<Record<string, string>>>
}

/** Between what the view shows and the app's name, as in "Szentgotthárd – 24 Cities network". */
export const TITLE_SEPARATOR = ' – '

/**
 * What the view shows, in a few words, or null for the first view: the open activity's title, else the
 * open town's name (official, and the reader's own beside it), else the project everything is narrowed
 * to, else the open tab. Ids the data does not know name nothing.
 */
export function viewSubject(view: TitledView, records: TitledRecords, language: Language, texts: ViewTitleTexts): string | null {
  const activity = view.activity === null ? undefined : records.activities.find((candidate) => candidate.id === view.activity)
  if (activity) return readerTitle(activity, language)
  const town = view.town === null ? undefined : records.towns.find((candidate) => candidate.id === view.town)
  if (town) return formatTownName(town, language)
  const project = view.filter.project === null ? undefined : records.projects.find((candidate) => candidate.id === view.filter.project)
  if (project) return projectLabel(project, language)
  return (view.tab === null ? undefined : texts.tabs[view.tab]) ?? null
}

/** The page title of a view: "Szentgotthárd – 24 Cities network", or the app's name alone for the first view. */
export function viewTitle(view: TitledView, records: TitledRecords | null, language: Language, texts: ViewTitleTexts): string {
  const subject = records === null ? null : viewSubject(view, records, language, texts)
  return subject === null ? texts.app : `${subject}${TITLE_SEPARATOR}${texts.app}`
}
