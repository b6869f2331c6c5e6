import {
  ACTIVITY_FIELDS,
  BENEFICIARY_FIELDS,
  CONFLICT_FIELDS,
  columnsOf,
  type FieldSpec,
  LINK_FIELDS,
  OUTPUT_FIELDS,
  PARTNER_FIELDS,
  PROJECT_FIELDS,
  TOWN_FIELDS,
} from './sheet-columns'

/** The sheets: one per data file, and one per list of objects in a project (partners, outputs, beneficiaries, conflicts). */
export const SHEET_KINDS = [
  'towns',
  'projects',
  'activities',
  'links',
  'project-partners',
  'project-outputs',
  'project-beneficiaries',
  'project-conflicts',
] as const

export type SheetKind = (typeof SHEET_KINDS)[number]

/** The sheets that fill a list of a project, by the project's field they fill. */
export const PROJECT_LIST_SHEETS = {
  'project-partners': 'partners',
  'project-outputs': 'outputs',
  'project-beneficiaries': 'beneficiaries',
  'project-conflicts': 'conflicts',
} as const

export type ProjectListKind = keyof typeof PROJECT_LIST_SHEETS

export function isProjectListKind(kind: SheetKind): kind is ProjectListKind {
  return kind in PROJECT_LIST_SHEETS
}

export const SHEET_FIELDS: Record<SheetKind, readonly FieldSpec[]> = {
  towns: TOWN_FIELDS,
  projects: PROJECT_FIELDS,
  activities: ACTIVITY_FIELDS,
  links: LINK_FIELDS,
  'project-partners': PARTNER_FIELDS,
  'project-outputs': OUTPUT_FIELDS,
  'project-beneficiaries': BENEFICIARY_FIELDS,
  'project-conflicts': CONFLICT_FIELDS,
}

/** The header of a sheet, in order. */
export function sheetColumns(kind: SheetKind): string[] {
  return SHEET_FIELDS[kind].flatMap(columnsOf)
}

/** The file name the templates and data:to-csv give a sheet ("project-partners.csv"). */
export function sheetFileName(kind: SheetKind): string {
  return `${kind}.csv`
}

/**
 * The kind of a sheet from its header: the kind whose columns it shares most (at least half of the
 * columns of both), or null when no kind is near enough.
 */
export function detectSheetKind(header: readonly string[]): SheetKind | null {
  const given = new Set(header.map((column) => column.trim()).filter((column) => column !== ''))
  let best: SheetKind | null = null
  let bestScore = 0
  for (const kind of SHEET_KINDS) {
    const columns = new Set(sheetColumns(kind))
    const shared = [...given].filter((column) => columns.has(column)).length
    const score = shared / (given.size + columns.size - shared)
    if (score > bestScore) {
      best = kind
      bestScore = score
    }
  }
  return bestScore >= 0.5 ? best : null
}

/** The kind a file name names ("activities.csv", "Activities (2).csv", "project-partners-2024.csv"), or null. */
export function sheetKindFromFileName(name: string): SheetKind | null {
  const base = (name.split(/[\\/]/).pop() ?? name).toLowerCase()
  // The longest name first: "project-partners" before "projects".
  const byLength = [...SHEET_KINDS].sort((a, b) => b.length - a.length)
  return byLength.find((kind) => base.startsWith(kind)) ?? null
}
