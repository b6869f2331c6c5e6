import { useTranslation } from 'react-i18next'
import { LINK_CATEGORIES } from '../../domain/network/link-geometry'
import { LINK_COLOURS, LINK_DASH } from '../../shared/link-palette'

/** What the lines on the map mean: colour and dash by kind, width by the number of records. */
export function LinkLegend() {
  const { t } = useTranslation()
  return (
    <ul className="link-legend" aria-label={t('network.legendTitle')}>
      {LINK_CATEGORIES.map((category) => (
        <li key={category}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="2" y1="5" x2="26" y2="5"
              stroke={LINK_COLOURS[category]}
              strokeWidth="3"
              strokeLinecap="round"
              strokeDasharray={LINK_DASH[category]?.map((value) => value * 3).join(' ')}
            />
          </svg>
          {t(`network.category.${category}`)}
        </li>
      ))}
      <li className="link-legend-width">{t('network.widthNote')}</li>
    </ul>
  )
}
