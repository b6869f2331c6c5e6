import { useTranslation } from 'react-i18next'
import { LINK_CATEGORIES } from '../../domain/network/link-geometry'
import { CountrySwatches, StarSwatch, TieSwatch } from '../../shared/legend-swatches'

/**
 * The embedded map's legend, in one or two lines: the countries' colours and the kinds of ties (lines by
 * kind of record, and the stars of group records unless group ties are drawn as lines).
 */
export function EmbedLegend({ groupLines }: { groupLines: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="embed-legend">
      <CountrySwatches />
      <ul aria-label={t('legend.ties')}>
        {LINK_CATEGORIES.map((category) => (
          <li key={category}>
            <TieSwatch category={category} width={22} />
            {t(`network.category.${category}`)}
          </li>
        ))}
        {!groupLines && (
          <li>
            <StarSwatch width={18} />
            {t('embed.groupStar')}
          </li>
        )}
      </ul>
    </div>
  )
}
