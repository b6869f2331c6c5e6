import { textIn, type Language } from './localized-text'
import type { Project } from './project-schema'

const PROGRAMME_SUFFIX: Record<string, string> = { 'si-at': 'SI–AT', 'at-hu': 'AT–HU' }

/**
 * A project's short name for lists, in the reader's language: the name up to its first " – " (the rest
 * is the long official title), with the programme when two projects share a name ("City Cooperation (I) · SI–AT").
 */
export function projectLabel(project: Pick<Project, 'id' | 'name'>, language: Language): string {
  const name = textIn(project.name, language)
  // A dash inside parentheses belongs to the short name ("SKUPAJ (bilateral project Gornja Radgona – Bad Radkersburg)").
  const short = name.split(/ – (?![^()]*\))/)[0]?.trim() ?? name
  const suffix = /-(si-at|at-hu)$/.exec(project.id)?.[1]
  return suffix ? `${short} · ${PROGRAMME_SUFFIX[suffix]}` : short
}
