/** Types of scripts/check-csp.mjs (a build checked against the Content-Security-Policy). */
import type { CspDirectives } from './csp.mjs'

export function sourcesFor(directives: CspDirectives, directive: string): readonly string[] | null
export function allowsUrl(sources: readonly string[] | null, url: string): boolean
export function checkCsp(dir: string, directives?: CspDirectives): string[]
