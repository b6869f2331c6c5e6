import type { Project } from './project-schema'

const PROGRAMME_SUFFIX: Record<string, string> = { 'si-at': 'SI–AT', 'at-hu': 'AT–HU' }

/**
 * A project's short name for lists: the name up to its first " – " (the rest is the long official
 * title), with the programme when two projects share a name ("City Cooperation (I) · SI–AT").
 */
export function projectLabel(project: Pick<Project, 'id' | 'name'>): string {
  // A dash inside parentheses belongs to the short name ("SKUPAJ (bilateral project Gornja Radgona – Bad Radkersburg)").
  const short = project.name.split(/ – (?![^()]*\))/)[0]?.trim() ?? project.name
  const suffix = /-(si-at|at-hu)$/.exec(project.id)?.[1]
  return suffix ? `${short} · ${PROGRAMME_SUFFIX[suffix]}` : short
}
