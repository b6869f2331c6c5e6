import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ExternalLink } from '../../src/shared/external-link'

afterEach(cleanup)

describe('ExternalLink', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/x',
    'not a url',
    '',
  ])('renders no <a> for %j, only its text', (href) => {
    const { container } = render(<ExternalLink href={href}>Source</ExternalLink>)
    expect(container.querySelector('a')).toBeNull()
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText('Source')).toBeInTheDocument()
    expect(container.querySelector('[href]')).toBeNull()
  })

  it.each([
    ['https://www.ptuj.si', 'https://www.ptuj.si/'],
    ['http://lendavainfo.com/a-b/', 'http://lendavainfo.com/a-b/'],
    ['https://de.wikipedia.org/wiki/Ormo%C5%BE', 'https://de.wikipedia.org/wiki/Ormo%C5%BE'],
  ])('renders %s as a link to a new tab, without opener or referrer', (href, expected) => {
    render(<ExternalLink href={href}>Source</ExternalLink>)
    const link = screen.getByRole('link', { name: 'Source' })
    expect(link).toHaveAttribute('href', expected)
    expect(link).toHaveAttribute('target', '_blank')
    const rel = (link.getAttribute('rel') ?? '').split(/\s+/)
    expect(rel).toContain('noopener')
    expect(rel).toContain('noreferrer')
  })
})
