import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { EmbedButton } from '../../src/features/share/embed-button'
import { embedSnippet } from '../../src/features/share/embed-snippet'
import { viewAddress } from '../../src/features/share/view-address'
import { parseView } from '../../src/url-state/view-url'
import { renderWithI18n } from './test-utils'

const PAGE = { origin: 'https://maps.example.org', pathname: '/24-cities/', search: '?lang=de&town=ptuj&tab=network&map=9.2/46.6/15.9&utm_source=x' }
const VIEW = parseView(PAGE.search)
const SRC = viewAddress(VIEW, 'embed', PAGE)
const TITLE = 'Ptuj (Pettau) – Netzwerk der 24 Städte'

// jsdom has no modal dialogs: the little of HTMLDialogElement the component uses, as browsers do it.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype
  if (typeof proto.showModal === 'function') return
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
})

afterEach(cleanup)

/** The iframe the snippet describes, as a browser would parse it from the host page. */
function parseSnippet(snippet: string): HTMLIFrameElement {
  const frames = new DOMParser().parseFromString(snippet, 'text/html').querySelectorAll('iframe')
  expect(frames).toHaveLength(1)
  return frames[0] as HTMLIFrameElement
}

function renderEmbed() {
  const user = userEvent.setup()
  renderWithI18n(<EmbedButton src={SRC} title={TITLE} />, 'de')
  return user
}

describe('viewAddress', () => {
  it('gives the same view with embed=1 for a frame and without it for the full map, keeping the page\'s other parameters', () => {
    expect(SRC).toBe('https://maps.example.org/24-cities/?utm_source=x&lang=de&embed=1&town=ptuj&tab=network&map=9.2/46.6/15.9')
    const embedded = parseView(new URL(SRC).search)
    expect(embedded).toEqual({ ...VIEW, mode: 'embed' })
    const full = viewAddress(embedded, 'full', { ...PAGE, search: new URL(SRC).search })
    expect(full).toBe('https://maps.example.org/24-cities/?utm_source=x&lang=de&town=ptuj&tab=network&map=9.2/46.6/15.9')
    expect(new URL(full).searchParams.has('embed')).toBe(false)
  })
})

describe('embedSnippet', () => {
  it('is one lazy iframe of the address, 100% wide and 480 px high, with a title and no referrer', () => {
    const frame = parseSnippet(embedSnippet({ src: SRC, title: TITLE }))
    expect(frame.getAttribute('src')).toBe(SRC)
    expect(frame.getAttribute('width')).toBe('100%')
    expect(frame.getAttribute('height')).toBe('480')
    expect(frame.getAttribute('title')).toBe(TITLE)
    expect(frame.getAttribute('loading')).toBe('lazy')
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer')
  })

  it('escapes the address and the title as HTML attributes', () => {
    const snippet = embedSnippet({ src: 'https://x.org/?a=1&b="2"', title: 'Say "hi" <b>now</b> & then', height: 360 })
    expect(snippet).toContain('src="https://x.org/?a=1&amp;b=&quot;2&quot;"')
    expect(snippet).not.toContain('<b>')
    const frame = parseSnippet(snippet)
    expect(frame.getAttribute('src')).toBe('https://x.org/?a=1&b="2"')
    expect(frame.getAttribute('title')).toBe('Say "hi" <b>now</b> & then')
    expect(frame.getAttribute('height')).toBe('360')
  })
})

describe('EmbedButton and its dialog', () => {
  it('opens a modal dialog with the snippet of the current view (embed=1), a preview of it, and the focus on Copy', async () => {
    const user = renderEmbed()
    expect(document.querySelector('iframe')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Einbetten' }))
    const dialog = screen.getByRole('dialog', { name: 'Diese Karte einbetten' })
    expect(dialog).toHaveAttribute('open')
    expect(within(dialog).getByRole('button', { name: 'Code kopieren' })).toHaveFocus()

    const code = within(dialog).getByRole('textbox', { name: 'HTML-Code' }) as HTMLTextAreaElement
    expect(code).toHaveAttribute('readonly')
    const frame = parseSnippet(code.value)
    const src = new URL(frame.getAttribute('src') ?? '')
    expect(src.searchParams.get('embed')).toBe('1')
    expect(src.searchParams.get('town')).toBe('ptuj')
    expect(src.searchParams.get('map')).toBe('9.2/46.6/15.9')
    expect(frame.getAttribute('title')).toBe(TITLE)

    const preview = within(dialog).getByTitle('Vorschau der eingebetteten Karte')
    expect(preview.tagName).toBe('IFRAME')
    expect(preview).toHaveAttribute('src', SRC)
    expect(preview).toHaveAttribute('loading', 'lazy')
  })

  it('copies the snippet and confirms it in a live region', async () => {
    const user = renderEmbed()
    const writeText = vi.fn(async () => {})
    await user.click(screen.getByRole('button', { name: 'Einbetten' }))
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true })

    const dialog = screen.getByRole('dialog')
    const status = dialog.querySelector('.embed-copy-status') as HTMLElement
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveTextContent('')
    await user.click(within(dialog).getByRole('button', { name: 'Code kopieren' }))
    expect(writeText).toHaveBeenCalledExactlyOnceWith(embedSnippet({ src: SRC, title: TITLE }))
    expect(status).toHaveTextContent('Code kopiert')
  })

  it('selects the code for copying by hand when the browser refuses the clipboard', async () => {
    const user = renderEmbed()
    await user.click(screen.getByRole('button', { name: 'Einbetten' }))
    Object.defineProperty(window.navigator, 'clipboard', {
      value: { writeText: async () => { throw new DOMException('denied', 'NotAllowedError') } },
      configurable: true,
    })
    await user.click(screen.getByRole('button', { name: 'Code kopieren' }))
    const code = screen.getByRole('textbox', { name: 'HTML-Code' }) as HTMLTextAreaElement
    expect(code).toHaveFocus()
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length])
    expect(screen.getByRole('dialog')).toHaveTextContent('Der Browser hat das Kopieren nicht erlaubt')
  })

  it('closes on Escape (and only itself), gives the focus back to its button, and unloads the preview', async () => {
    const user = renderEmbed()
    const panelEscape = vi.fn()
    const onWindowKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) panelEscape()
    }
    window.addEventListener('keydown', onWindowKey)
    const opener = screen.getByRole('button', { name: 'Einbetten' })
    await user.click(opener)

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.querySelector('dialog')).not.toHaveAttribute('open')
    expect(document.querySelector('iframe')).toBeNull()
    expect(opener).toHaveFocus()
    expect(panelEscape).not.toHaveBeenCalled()
    window.removeEventListener('keydown', onWindowKey)
  })

  it('closes with its close button and with a click on the backdrop, not with a click inside', async () => {
    const user = renderEmbed()
    const opener = screen.getByRole('button', { name: 'Einbetten' })
    await user.click(opener)
    await user.click(screen.getByRole('button', { name: 'Schließen' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()

    await user.click(opener)
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByText('Vorschau'))
    expect(dialog).toHaveAttribute('open')
    await user.click(dialog)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
  })
})
