import { describe, expect, it } from 'vitest'
import { safeWebUrl } from '../../src/domain/safe-url'

describe('safeWebUrl', () => {
  it('keeps absolute http and https URLs, normalised', () => {
    expect(safeWebUrl('https://www.bad-radkersburg.gv.at')).toBe('https://www.bad-radkersburg.gv.at/')
    expect(safeWebUrl('https://de.wikipedia.org/wiki/Stadtgemeinde_Ptuj')).toBe('https://de.wikipedia.org/wiki/Stadtgemeinde_Ptuj')
    expect(safeWebUrl('http://lendavainfo.com/minulih-deset-let/')).toBe('http://lendavainfo.com/minulih-deset-let/')
    expect(safeWebUrl('HTTPS://Example.ORG/a b?q=1')).toBe('https://example.org/a%20b?q=1')
  })

  it('rejects script and data URLs, also disguised', () => {
    expect(safeWebUrl('javascript:alert(1)')).toBeNull()
    expect(safeWebUrl('JavaScript:alert(document.cookie)')).toBeNull()
    expect(safeWebUrl(' javascript:alert(1)')).toBeNull()
    expect(safeWebUrl('java\tscript:alert(1)')).toBeNull()
    expect(safeWebUrl('data:text/html,<script>alert(1)</script>')).toBeNull()
    expect(safeWebUrl('vbscript:msgbox(1)')).toBeNull()
  })

  it('rejects other schemes', () => {
    expect(safeWebUrl('ftp://example.org/file.pdf')).toBeNull()
    expect(safeWebUrl('mailto:info@example.org')).toBeNull()
    expect(safeWebUrl('file:///etc/passwd')).toBeNull()
  })

  it('rejects relative and malformed URLs', () => {
    expect(safeWebUrl('/relative/path')).toBeNull()
    expect(safeWebUrl('//example.org/no-scheme')).toBeNull()
    expect(safeWebUrl('www.example.org')).toBeNull()
    expect(safeWebUrl('')).toBeNull()
    expect(safeWebUrl('https://')).toBeNull()
  })
})
