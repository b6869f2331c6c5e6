import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface GroupDetailsProps {
  /** The towns of the star, by name. */
  towns: readonly string[]
  /** How many records name exactly these towns. */
  records: number
  /** The records themselves, as the app shows records elsewhere. */
  children?: ReactNode
}

/** A star's popup: a group record (or several naming the same towns), its towns, and its records. */
export function GroupDetails({ towns, records, children }: GroupDetailsProps) {
  const { t } = useTranslation()
  return (
    <div className="link-evidence group-details" data-tie="group">
      <h3>{t('map.group.title', { count: towns.length })}</h3>
      <p className="group-members">{towns.join(', ')}</p>
      <p className="link-weight">{t('map.group.records', { count: records })}</p>
      {children}
    </div>
  )
}
