import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Network } from '../../domain/network/build-network'
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, exportNetwork, type ExportFormat } from '../../domain/network/export-network'

/**
 * Downloads the network of the current filter (every tie, direct, group and network-wide, with its
 * kind, weight, dates and records) as GEXF, GraphML, CSV or JSON, made by the same domain code as the CLI.
 */
export function ExportMenu({ network }: { network: Network }) {
  const { t } = useTranslation()
  const [format, setFormat] = useState<ExportFormat>('gexf')
  const download = () => {
    const blob = new Blob([exportNetwork(network, format)], { type: EXPORT_MEDIA_TYPES[format] })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `24-cities-network.${format}`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return (
    <>
      <p className="hint">{t('export.note')}</p>
      <div className="export-menu">
        <label className="field">
          {t('export.format')}
          <select value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((value) => (
              <option key={value} value={value}>{value.toUpperCase()}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={download}>{t('export.download')}</button>
      </div>
    </>
  )
}
