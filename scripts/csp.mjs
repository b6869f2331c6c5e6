/**
 * The Content-Security-Policy of the built app: the one source of the policy that `vite preview` sends
 * (vite.config.ts, `npm start`, `npm run present`, the end-to-end tests), that scripts/check-csp.mjs checks
 * a build against, and that README ("Host it") tells a web server to send. The app needs nothing from
 * another site, runs no inline script or style and evaluates no strings as code, so each directive
 * allows the app's own origin and no more.
 *
 * `node scripts/csp.mjs` prints the header's value.
 */
import { fileURLToPath } from 'node:url'

/**
 * Each directive with its sources and why the app needs them (README "Host it" lists the same reasons).
 * Directives that are absent fall back to `default-src 'none'`, except base-uri and form-action, which never
 * fall back and are therefore set on their own (and frame-ancestors, left out on purpose: see below).
 */
export const CSP_DIRECTIVES = Object.freeze({
  'default-src': ["'none'"], // whatever is not named below: nothing (no objects, media, prefetch)
  'script-src': ["'self'"], // the hashed chunks in assets/, sw.js and workbox-*.js; no inline script, no eval
  'style-src': ["'self'"], // the one stylesheet in assets/ (styles set from script go through the CSSOM)
  'img-src': ["'self'", 'data:'], // icon.svg, and MapLibre's control icons, SVG data: URLs in its CSS
  'font-src': ["'self'"], // Noto Sans (woff2, woff) in assets/, for the page and for the map's labels
  'connect-src': ["'self'"], // fetch(): the data, the basemap GeoJSON, the fonts for the map, the precache
  'worker-src': ["'self'"], // MapLibre's worker (assets/maplibre-gl-worker-*.mjs) and the service worker
  'manifest-src': ["'self'"], // manifest.webmanifest (install as an app)
  'frame-src': ["'self'"], // the live preview in the Embed dialog: the app itself with embed=1
  'base-uri': ["'none'"], // no <base> may redirect the relative addresses
  'form-action': ["'none'"], // no form is ever sent (the filters' form only holds controls)
  // No frame-ancestors: any page may frame the app (?embed=1), also one written by script (about:blank),
  // which `frame-ancestors *` would refuse. A host narrows it with contentSecurityPolicy({ frameAncestors }).
})

/** A policy's header value: `name source source; name source ...`. */
export function serialisePolicy(directives) {
  return Object.entries(directives).map(([name, sources]) => [name, ...sources].join(' ')).join('; ')
}

/**
 * The header value, with `frame-ancestors` replaced when given (e.g. `"'self' https://www.ptuj.si"`):
 * the only directive a host is expected to choose.
 */
export function contentSecurityPolicy({ frameAncestors } = {}) {
  const directives = { ...CSP_DIRECTIVES }
  if (frameAncestors !== undefined) directives['frame-ancestors'] = frameAncestors.trim().split(/\s+/)
  return serialisePolicy(directives)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(contentSecurityPolicy())
