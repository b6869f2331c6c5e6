import { max } from 'd3'
import { useTranslation } from 'react-i18next'
import { COUNTRIES, type Town } from '../../domain/town-schema'
import { populationRadiusScale } from '../../domain/town-symbols'
import { COUNTRY_COLOURS } from '../../shared/country-palette'

const SAMPLE_POPULATIONS = [2500, 10000, 20000]

export function MapLegend({ towns }: { towns: readonly Town[] }) {
  const { t, i18n } = useTranslation()
  const radius = populationRadiusScale(max(towns, (town) => town.population.value) ?? 1)
  const largest = radius(SAMPLE_POPULATIONS[SAMPLE_POPULATIONS.length - 1] ?? 1)
  const format = new Intl.NumberFormat(i18n.language)
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="visually-hidden">{t('legend.title')}</h2>
      <ul className="legend-countries" aria-label={t('legend.country')}>
        {COUNTRIES.map((country) => (
          <li key={country}>
            <span className="swatch" style={{ background: COUNTRY_COLOURS[country] }} aria-hidden="true" />
            {t(`country.${country}`)}
          </li>
        ))}
      </ul>
      <figure className="legend-sizes">
        <svg width={largest * 2 + 70} height={largest * 2 + 10} role="img" aria-label={t('legend.populationNote')}>
          {SAMPLE_POPULATIONS.map((population) => {
            const r = radius(population)
            const cy = largest * 2 + 9 - r
            return (
              <g key={population}>
                <circle cx={largest + 1} cy={cy} r={r} fill="none" stroke="#555" />
                <line x1={largest + 1} x2={largest * 2 + 8} y1={cy - r} y2={cy - r} stroke="#999" strokeDasharray="2 2" />
                <text x={largest * 2 + 10} y={cy - r + 4} fontSize="11">{format.format(population)}</text>
              </g>
            )
          })}
        </svg>
        <figcaption>{t('legend.population')}</figcaption>
      </figure>
    </section>
  )
}
