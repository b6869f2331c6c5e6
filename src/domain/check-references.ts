import { ALL_TOWNS } from './activity-schema'
import { closestId } from './closest-id'
import type { DataIssue } from './data-issue'
import { DATA_FILES, type DataFileKey, type Dataset, type RejectedIds } from './dataset'
import { isOrderedPeriod } from './partial-date'

type Kind = 'town' | 'organisation' | 'project'

/**
 * What the schemas of single records cannot see: ids unique within a file, every reference to a town,
 * organisation or project resolving (an umbrella's parts and a project's beneficiary towns too), periods
 * and links that do not end before they start. A reference to a record
 * that exists but was rejected as invalid (`rejected`) is not reported again.
 */
export function checkReferences(dataset: Dataset, rejected: RejectedIds = {}): DataIssue[] {
  const issues: DataIssue[] = []
  const ids = (key: 'towns' | 'organisations' | 'projects') =>
    new Set([...dataset[key].map((record) => record.id), ...(rejected[key] ?? [])])
  const known: Record<Kind, Set<string>> = { town: ids('towns'), organisation: ids('organisations'), project: ids('projects') }

  const report = (key: DataFileKey, id: string, field: string, message: string) =>
    issues.push({ file: DATA_FILES[key], record: JSON.stringify(id), field, message })

  const reference = (key: DataFileKey, id: string, field: string, value: string | null, kind: Kind) => {
    if (value === null || known[kind].has(value)) return
    const hint = closestId(value, known[kind])
    report(key, id, field, `unknown ${kind} "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}`)
  }

  const period = (key: DataFileKey, id: string, field: string, start: string | null, end: string | null) => {
    if (end === null) return
    if (start === null) report(key, id, field, `has an end "${end}" but no start`)
    else if (!isOrderedPeriod(start, end)) report(key, id, field, `"${end}" is before the start "${start}"`)
  }

  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const seen = new Set<string>()
    for (const record of dataset[key]) {
      if (seen.has(record.id)) report(key, record.id, 'id', `duplicate id "${record.id}"`)
      seen.add(record.id)
    }
  }

  for (const organisation of dataset.organisations) {
    reference('organisations', organisation.id, 'seatTown', organisation.seatTown, 'town')
    organisation.represents.forEach((town, index) =>
      reference('organisations', organisation.id, `represents[${index}]`, town, 'town'),
    )
  }

  for (const project of dataset.projects) {
    reference('projects', project.id, 'leadPartner', project.leadPartner, 'organisation')
    if (project.leadPartner !== null && project.partners.length > 0
      && !project.partners.some((partner) => partner.organisation === project.leadPartner)) {
      report('projects', project.id, 'leadPartner', `"${project.leadPartner}" is not one of the project's partners`)
    }
    project.partners.forEach((partner, index) => {
      reference('projects', project.id, `partners[${index}].organisation`, partner.organisation, 'organisation')
      partner.towns.forEach((town, townIndex) =>
        reference('projects', project.id, `partners[${index}].towns[${townIndex}]`, town, 'town'),
      )
    })
    period('projects', project.id, 'period.end', project.period.start, project.period.end)
    project.parts?.forEach((part, index) => {
      if (part === project.id) report('projects', project.id, `parts[${index}]`, 'a project is not a part of itself')
      else reference('projects', project.id, `parts[${index}]`, part, 'project')
    })
    if (project.parts !== undefined && project.parts.length > 0 && project.role !== 'umbrella') {
      report('projects', project.id, 'parts', `only an umbrella project has parts, this one is "${project.role}"`)
    }
    const partnerTowns = new Set(project.partners.flatMap((partner) => partner.towns))
    project.beneficiaries?.forEach((beneficiary, index) =>
      beneficiary.towns.forEach((town, townIndex) => {
        const field = `beneficiaries[${index}].towns[${townIndex}]`
        if (partnerTowns.has(town)) report('projects', project.id, field, `"${town}" is represented by a partner, not only a beneficiary`)
        else reference('projects', project.id, field, town, 'town')
      }),
    )
  }

  for (const activity of dataset.activities) {
    const wholeNetwork = activity.towns.includes(ALL_TOWNS)
    if (wholeNetwork && activity.towns.length > 1) {
      report('activities', activity.id, 'towns', `"${ALL_TOWNS}" stands for all towns and must stand alone`)
    }
    activity.towns.forEach((town, index) => {
      if (town !== ALL_TOWNS) reference('activities', activity.id, `towns[${index}]`, town, 'town')
    })
    reference('activities', activity.id, 'hostTown', activity.hostTown, 'town')
    if (activity.hostTown !== null && !wholeNetwork && known.town.has(activity.hostTown)
      && !activity.towns.includes(activity.hostTown)) {
      report('activities', activity.id, 'hostTown', `"${activity.hostTown}" is not in the activity's towns`)
    }
    reference('activities', activity.id, 'project', activity.project, 'project')
    period('activities', activity.id, 'end', activity.start, activity.end)
  }

  for (const link of dataset.links) {
    reference('links', link.id, 'from', link.from, 'town')
    reference('links', link.id, 'to', link.to, 'town')
    if (link.from === link.to) report('links', link.id, 'to', `a link joins two different towns, both are "${link.to}"`)
    reference('links', link.id, 'project', link.project, 'project')
    if (link.kind === 'joint-project' && link.project === null) {
      report('links', link.id, 'project', 'a joint-project link names its project')
    }
    // A link may be known to have ended without a known start; only an order is checked.
    if (link.since !== null && link.until !== null && !isOrderedPeriod(link.since, link.until)) {
      report('links', link.id, 'until', `"${link.until}" is before the start "${link.since}"`)
    }
  }
  return issues
}
