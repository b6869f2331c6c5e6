import { max, scaleSequential } from 'd3'
import { interpolateBlues } from 'd3'
import { useTranslation } from 'react-i18next'
import type { CountryMatrix as Matrix } from '../../domain/network/network-metrics'
import { COUNTRIES } from '../../domain/town-schema'

/** Links between and within the three countries, as a table with a colour scale and a caption. */
export function CountryMatrix({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation()
  const highest = max(COUNTRIES.flatMap((row) => COUNTRIES.map((column) => matrix[row][column]))) ?? 0
  const colour = scaleSequential(interpolateBlues).domain([0, Math.max(1, highest)])
  return (
    <table className="country-matrix">
      <caption>{t('network.matrixCaption')}</caption>
      <thead>
        <tr>
          <td />
          {COUNTRIES.map((country) => (
            <th key={country} scope="col" title={t(`country.${country}`)}>{country}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {COUNTRIES.map((row) => (
          <tr key={row}>
            <th scope="row" title={t(`country.${row}`)}>{row}</th>
            {COUNTRIES.map((column) => {
              const value = matrix[row][column]
              return (
                <td
                  key={column}
                  data-cell={`${row}-${column}`}
                  style={{ background: colour(value), color: value > highest * 0.55 ? '#fff' : '#1a1a2e' }}
                >
                  {value}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
