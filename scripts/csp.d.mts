/** Types of scripts/csp.mjs (the policy of the built app). */
export type CspDirectives = Readonly<Record<string, readonly string[]>>
export const CSP_DIRECTIVES: CspDirectives
export function serialisePolicy(directives: CspDirectives): string
export function contentSecurityPolicy(options?: { frameAncestors?: string }): string
