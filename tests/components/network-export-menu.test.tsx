import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildNetwork } from '../../src/domain/network/build-network'
import { exportNetwork } from '../../src/domain/network/export-network'
import { NO_FILTER } from '../../src/domain/network/network-filter'
import { ExportMenu } from '../../src/features/network/export-menu'
import { tinyDataset } from '../domain/network/tiny-dataset'
import { renderWithI18n } from './test-utils'

let blobs: Blob[] = []
let downloads: string[] = []

beforeEach(() => {
  blobs = []
  downloads = []
  // jsdom has no object URLs and does not download: record what would be downloaded instead.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob)
    return `blob:test/${blobs.length}`
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download)
  })
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('ExportMenu', () => {
  it('downloads the network of the current filter, made by exportNetwork from the Network', async () => {
    const user = userEvent.setup()
    const network = buildNetwork(tinyDataset(), { filter: { ...NO_FILTER, project: 'p-trio' } })
    renderWithI18n(<ExportMenu network={network} />, 'en')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'csv')
    await user.click(screen.getByRole('button', { name: 'Download' }))
    expect(downloads).toEqual(['24-cities-network.csv'])
    expect(blobs[0]?.type).toBe('text/csv')
    const text = await blobs[0]!.text()
    expect(text).toBe(exportNetwork(network, 'csv'))
    expect(text.split('\r\n').slice(0, 2)).toEqual(['source,target,tie,weight,first,last,open,kinds,evidence', 'at-b,si-b,group,0.5,2017-03,2020-02,false,project,p-trio'])
  })

  it('offers GEXF first, then GraphML, CSV and JSON, and says what the file holds', async () => {
    const user = userEvent.setup()
    const network = buildNetwork(tinyDataset())
    renderWithI18n(<ExportMenu network={network} />, 'en')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['GEXF', 'GRAPHML', 'CSV', 'JSON'])
    expect(screen.getByText(/^Every tie with its kind \(direct, group or network-wide\), weight, first and last date and records/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Download' }))
    expect(downloads).toEqual(['24-cities-network.gexf'])
    expect(await blobs[0]!.text()).toBe(exportNetwork(network, 'gexf'))
  })
})
