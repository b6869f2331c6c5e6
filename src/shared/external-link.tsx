import type { ReactNode } from 'react'
import { safeWebUrl } from '../domain/safe-url'

/** A link from data: only http(s), opened in a new tab without access to this page. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const url = safeWebUrl(href)
  if (url === null) return <span className="unsafe-link">{children}</span>
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}
