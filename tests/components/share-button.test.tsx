import { act, cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareButton } from '../../src/features/share/share-button'
import { renderWithI18n } from './test-utils'

const URL_OF_VIEW = 'http://127.0.0.1:4173/?lang=hu&town=szentgotthard&map=9.5/46.9/16.3'
const TITLE = 'Szentgotthárd – A 24 város hálózata'

/** The browser's clipboard as this test wants it: a writeText that resolves, rejects, or none at all. */
function setClipboard(writeText: ((text: string) => Promise<void>) | null) {
  Object.defineProperty(window.navigator, 'clipboard', { value: writeText === null ? undefined : { writeText }, configurable: true })
}

/** A system share sheet (navigator.share), or none. */
function setShareSheet(share: ((data: ShareData) => Promise<void>) | null) {
  if (share === null) Reflect.deleteProperty(window.navigator, 'share')
  else Object.defineProperty(window.navigator, 'share', { value: share, configurable: true })
}

function renderButton(language: 'en' | 'de' = 'en') {
  const user = userEvent.setup()
  renderWithI18n(<ShareButton url={URL_OF_VIEW} title={TITLE} />, language)
  return user
}

/** The live region that announces the confirmation. */
const liveRegion = () => document.querySelector('.share-status') as HTMLElement

afterEach(() => {
  cleanup()
  setShareSheet(null)
  vi.useRealTimers()
})

describe('ShareButton', () => {
  it('opens the system share sheet with the view\'s title and address where there is one, and copies nothing', async () => {
    const user = renderButton()
    const share = vi.fn(async () => {})
    const writeText = vi.fn(async () => {})
    setShareSheet(share)
    setClipboard(writeText)

    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(share).toHaveBeenCalledExactlyOnceWith({ title: TITLE, url: URL_OF_VIEW })
    expect(writeText).not.toHaveBeenCalled()
    expect(liveRegion()).toHaveTextContent('')
  })

  it('does nothing more when the reader closes the share sheet', async () => {
    const user = renderButton()
    const writeText = vi.fn(async () => {})
    setShareSheet(vi.fn(async () => { throw new DOMException('closed', 'AbortError') }))
    setClipboard(writeText)

    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(writeText).not.toHaveBeenCalled()
    expect(liveRegion()).toHaveTextContent('')
  })

  it('copies the link when the share sheet fails for another reason', async () => {
    const user = renderButton()
    const writeText = vi.fn(async () => {})
    setShareSheet(vi.fn(async () => { throw new DOMException('no', 'NotAllowedError') }))
    setClipboard(writeText)

    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(writeText).toHaveBeenCalledExactlyOnceWith(URL_OF_VIEW)
    expect(liveRegion()).toHaveTextContent('Link copied')
  })

  it('without a share sheet copies the address and says so in a live region, for a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderWithI18n(<ShareButton url={URL_OF_VIEW} title={TITLE} />, 'de')
    const writeText = vi.fn(async () => {})
    setClipboard(writeText)

    const button = screen.getByRole('button', { name: 'Teilen' })
    expect(button).toHaveAttribute('title', 'Einen Link zu dieser Ansicht kopieren')
    await user.click(button)
    expect(writeText).toHaveBeenCalledExactlyOnceWith(URL_OF_VIEW)
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite')
    expect(liveRegion()).toHaveTextContent('Link kopiert')
    expect(screen.queryByRole('textbox')).toBeNull()

    await act(async () => {
      vi.advanceTimersByTime(5000)
    })
    expect(liveRegion()).toHaveTextContent('')
  })

  it('when the browser refuses the clipboard, selects the link in a popover; Escape closes it and gives the focus back', async () => {
    const user = renderButton()
    setClipboard(vi.fn(async () => { throw new DOMException('denied', 'NotAllowedError') }))
    const panelEscape = vi.fn()
    const onWindowKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) panelEscape()
    }
    window.addEventListener('keydown', onWindowKey)

    const button = screen.getByRole('button', { name: 'Share' })
    await user.click(button)
    const input = screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLInputElement
    expect(input.value).toBe(URL_OF_VIEW)
    expect(input).toHaveFocus()
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, URL_OF_VIEW.length])
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(liveRegion()).toHaveTextContent('')

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(button).toHaveFocus()
    expect(panelEscape).not.toHaveBeenCalled()
    window.removeEventListener('keydown', onWindowKey)
  })

  it('offers the link to copy by hand where there is no clipboard API at all; a press elsewhere closes it', async () => {
    const user = renderButton()
    setClipboard(null)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(URL_OF_VIEW)

    await user.click(document.body)
    expect(screen.queryByRole('textbox')).toBeNull()
  })
})
