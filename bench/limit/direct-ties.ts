/**
 * The reference page's ties: the pairs of towns that a record of exactly two towns names (a link, a project
 * or an activity), each pair once, as the app draws its direct ties, with a filter of countries (a tie is
 * kept when one of its towns is in them) and of a period. Plain JavaScript over the records of data/, no
 * validation, no graph: what a page that only draws the ties has to compute.
 */

export interface TieFilter {
  countries: readonly string[] | null
  /** Inclusive ISO days (YYYY-MM-DD). */
  from: string | null
  to: string | null
}

type Category = 'agreement' | 'project' | 'activity'

export interface Tie {
  source: string
  target: string
  weight: number
  category: Category
}

/** The records as the files of data/ hold them, with only the fields read here. */
export interface TieFiles {
  towns: readonly { id: string; country: string }[]
  links: readonly { from: string; to: string; kind: string; since: string | null; until: string | null; project: string | null }[]
  projects: readonly {
    id: string
    role: string
    period: { start: string | null; end: string | null }
    partners: readonly { towns: readonly string[] }[]
    beneficiaries?: readonly { towns: readonly string[] }[]
  }[]
  activities: readonly { towns: readonly string[]; start: string | null; end: string | null }[]
}

interface PairRecord {
  pair: [string, string]
  start: string | null
  end: string | null
  category: Category
}

export const NO_TIE_FILTER: TieFilter = { countries: null, from: null, to: null }

/** The first and last day of a partial date (YYYY, YYYY-MM or YYYY-MM-DD), as sortable strings. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date)
const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date)

/** A record's span overlaps the filter's period (a link without an end is still in force; an undated record is left out). */
function inPeriod(start: string | null, end: string | null, filter: TieFilter): boolean {
  if (filter.from === null && filter.to === null) return true
  if (start === null) return false
  return (filter.to === null || firstDay(start) <= filter.to) && (filter.from === null || lastDay(end ?? start) >= filter.from)
}

/** The towns of the records that name exactly two towns of the network, with their span and category. */
function pairRecords({ towns, links, projects, activities }: TieFiles): PairRecord[] {
  const known = new Set(towns.map((town) => town.id))
  const two = (ids: readonly string[]): [string, string] | null => {
    const [a, b, ...more] = [...new Set(ids)].filter((id) => known.has(id))
    return a !== undefined && b !== undefined && more.length === 0 ? [a, b] : null
  }
  const projectEnd = new Map(projects.map((project) => [project.id, project.period.end]))
  const records: PairRecord[] = []
  for (const link of links) {
    const pair = two([link.from, link.to])
    const end = link.until ?? (link.project === null ? '9999' : projectEnd.get(link.project) ?? '9999')
    if (pair) records.push({ pair, start: link.since, end, category: link.kind === 'joint-project' ? 'project' : 'agreement' })
  }
  for (const project of projects) {
    if (project.role === 'umbrella') continue
    const pair = two([...project.partners, ...(project.beneficiaries ?? [])].flatMap((partner) => partner.towns))
    if (pair) records.push({ pair, start: project.period.start, end: project.period.end ?? project.period.start, category: 'project' })
  }
  for (const activity of activities) {
    const pair = activity.towns.includes('all-24') ? null : two(activity.towns)
    if (pair) records.push({ pair, start: activity.start, end: activity.end ?? activity.start, category: 'activity' })
  }
  return records
}

const RANK: Record<Category, number> = { agreement: 0, project: 1, activity: 2 }

/**
 * The ties to draw for a filter: one per pair, its weight the number of its records, its category the
 * strongest of theirs (an agreement before a project before an activity), lighter ties first.
 */
export function directTies(files: TieFiles, filter: TieFilter = NO_TIE_FILTER): Tie[] {
  const country = new Map(files.towns.map((town) => [town.id, town.country]))
  const chosen = (id: string) => filter.countries === null || filter.countries.includes(country.get(id) ?? '')
  const ties = new Map<string, Tie>()
  for (const { pair, start, end, category } of pairRecords(files)) {
    if (!inPeriod(start, end, filter) || !(chosen(pair[0]) || chosen(pair[1]))) continue
    const [source, target] = pair[0] < pair[1] ? pair : [pair[1], pair[0]]
    const key = `${source}|${target}`
    const tie = ties.get(key) ?? { source, target, weight: 0, category }
    tie.weight += 1
    if (RANK[category] < RANK[tie.category]) tie.category = category
    ties.set(key, tie)
  }
  return [...ties.values()].sort((a, b) => a.weight - b.weight)
}
