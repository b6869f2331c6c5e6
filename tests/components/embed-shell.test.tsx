import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { EmbedShell } from '../../src/app/embed-shell'
import { EmbedLegend } from '../../src/features/share/embed-legend'
import { renderWithI18n, uiText } from './test-utils'

afterEach(cleanup)

const FULL = 'https://maps.example.org/?lang=sl&town=ptuj'

describe('EmbedShell', () => {
  it('frames the map with a compact legend and a link to the same view in the full app, in a new tab', () => {
    renderWithI18n(
      <EmbedShell title="Ptuj – Mreža 24 mest" fullMapHref={FULL} legend={<EmbedLegend groupLines={false} />}>
        <div data-testid="map" />
      </EmbedShell>,
      'sl',
    )
    expect(screen.getByRole('main')).toContainElement(screen.getByTestId('map'))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ptuj – Mreža 24 mest')
    expect(screen.queryByRole('banner')).toBeNull()

    const link = screen.getByRole('link', { name: /Odpri celoten zemljevid/ })
    expect(link).toHaveAttribute('href', FULL)
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link).toHaveTextContent('(odpre se v novem zavihku)')

    const countries = screen.getByRole('list', { name: 'Država' })
    expect(within(countries).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Avstrija', 'Slovenija', 'Madžarska'])
    const ties = screen.getByRole('list', { name: 'Povezave' })
    expect(within(ties).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Sporazum ali pobratenje', 'Skupni projekt', 'Skupna dejavnost', uiText('sl', 'embed.groupStar'),
    ])
  })

  it('leaves the star out of the legend when group ties are drawn as lines', () => {
    renderWithI18n(<EmbedLegend groupLines />, 'en')
    const ties = screen.getByRole('list', { name: 'Ties' })
    expect(within(ties).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Agreement or twinning', 'Joint project', 'Joint activity'])
  })
})
