import { useTranslation } from 'react-i18next'
import { LINK_CATEGORIES } from '../../domain/network/link-geometry'
import { StarSwatch, TieSwatch } from '../../shared/legend-swatches'

/**
 * What the map draws: direct ties as lines (colour and dash by kind of record, width by weight), each
 * group record as one star around its towns, or, with `?groups=lines`, group ties as lines too.
 */
export function LinkLegend({ groupLines }: { groupLines: boolean }) {
  const { t } = useTranslation()
  return (
    <ul className="link-legend" aria-label={t('network.legendTitle')}>
      <li className="link-legend-note">{t(groupLines ? 'network.legendLinesGroups' : 'network.legendLines')}</li>
      {LINK_CATEGORIES.map((category) => (
        <li key={category}>
          <TieSwatch category={category} />
          {t(`network.category.${category}`)}
        </li>
      ))}
      {!groupLines && (
        <li data-legend="group-star">
          <StarSwatch />
          {t('network.groupStar')}
        </li>
      )}
      <li className="link-legend-width">{t('network.widthNote')}</li>
    </ul>
  )
}
