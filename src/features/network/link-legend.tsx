import { useTranslation } from 'react-i18next'
import { LINK_CATEGORIES } from '../../domain/network/link-geometry'
import { LINK_COLOURS, LINK_DASH } from '../../shared/link-palette'

/** The star of a group record as the map draws it (features/map/group-layers.ts): a white hub, dotted grey spokes. */
const STAR_COLOUR = '#77808c'

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
      {!groupLines && (
        <li data-legend="group-star">
          <svg width="28" height="18" aria-hidden="true">
            {[[3, 3], [25, 4], [5, 16], [23, 15]].map(([x, y]) => (
              <line key={`${x},${y}`} x1="14" y1="9" x2={x} y2={y} stroke={STAR_COLOUR} strokeWidth="2" strokeLinecap="round" strokeDasharray="0.1 3.5" />
            ))}
            <circle cx="14" cy="9" r="3.5" fill="#fff" stroke={STAR_COLOUR} strokeWidth="2" />
          </svg>
          {t('network.groupStar')}
        </li>
      )}
      <li className="link-legend-width">{t('network.widthNote')}</li>
    </ul>
  )
}
