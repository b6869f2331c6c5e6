import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Network } from '../../domain/network/build-network'
import { saveFile } from '../../shared/save-file'
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, exportNetwork, type ExportFormat } from '../../domain/network/export-network'

/**
 * Downloads the network of the current filter (every tie, direct, group and network-wide, with its
 * kind, weight, dates and records) as GEXF, GraphML, CSV or JSON, made by the same domain code as the CLI.
 */
export function ExportMenu({ network }: { network: Network }) {
  const { t } = useTranslation()
  const [format, setFormat] = useState<ExportFormat>('gexf')
  const download = () => {
    saveFile(new Blob([exportNetwork(network, format)], { type: EXPORT_MEDIA_TYPES[format] }), `24-cities-network.${format}`)
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
