/**
 * Checks a build directory against the Content-Security-Policy (scripts/csp.mjs) and names everything in
 * it that the policy would refuse, each as `file: what needs directive 'source': the offending text`:
 *
 * - HTML: an inline <script>, an inline event handler (on...=), a javascript: address, a <style> block or
 *   a style attribute; and the address of every element that loads something (script, stylesheet, icon,
 *   manifest, preload, img, iframe, media, object, base, form action) against its directive;
 * - CSS: every url() (fonts in @font-face against font-src, the rest against img-src) and @import;
 * - JavaScript: the literal targets of fetch, workers, the service worker, importScripts, import() and
 *   static imports, WebSocket, EventSource and sendBeacon; eval(, new Function(, a string given to
 *   setTimeout or setInterval, and WebAssembly compiled from bytes.
 * - the web app manifest: its icons against img-src.
 *
 * An address with no scheme is the app's own; one with a scheme (https://, //, data:) is matched against
 * the directive's sources. Text that is only text (the data's source links, the Open Graph tags, a link
 * <a href>) loads nothing and is left alone. A dependency that reaches eval through another name (zod's
 * probe, `Function` kept in a variable) escapes this reading; tests/e2e/csp.test.mjs runs the app under the
 * policy and catches it.
 *
 * `node scripts/check-csp.mjs [dir]` (dist/ by default) prints each problem and exits 1 when there is one.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CSP_DIRECTIVES } from './csp.mjs'

/** Where a directive that is absent takes its sources from (CSP Level 3). */
const FALLBACK = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
  'frame-src': ['child-src', 'default-src'],
}
/** Directives that never fall back to default-src: absent, they allow everything. */
const NO_FALLBACK = new Set(['base-uri', 'form-action', 'frame-ancestors'])

/** The sources that govern `directive`, or null when nothing restricts it. */
export function sourcesFor(directives, directive) {
  const chain = [directive, ...(FALLBACK[directive] ?? (NO_FALLBACK.has(directive) ? [] : ['default-src']))]
  const found = chain.find((name) => directives[name] !== undefined)
  return found === undefined ? null : directives[found]
}

/**
 * The directive to name in a report: the one the policy sets for it (`style-src` for `style-src-elem`),
 * or the directive itself where only default-src (or nothing) covers it.
 */
function governing(directives, directive) {
  const chain = [directive, ...(FALLBACK[directive] ?? [])]
  const found = chain.find((name) => directives[name] !== undefined)
  return found === undefined || found === 'default-src' ? directive : found
}

/** Whether `sources` let the page load `url` (relative: the app's own; any scheme: another origin). */
export function allowsUrl(sources, url) {
  if (sources === null) return true
  const address = url.trim()
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase()
  if (scheme === undefined && !address.startsWith('//')) return sources.includes("'self'") || sources.includes('*')
  if (scheme !== undefined && !['http', 'https', 'ws', 'wss'].includes(scheme)) return sources.includes(`${scheme}:`)
  const parsed = new URL(address, 'https://the-app.invalid/')
  return sources.some((source) => source === '*' || source === `${parsed.protocol}` || hostSourceMatches(source, parsed))
}

/** A host source (`https://*.example.org:443/path`) against a URL of another origin. */
function hostSourceMatches(source, url) {
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([a-z0-9.-]+|\*)(?::(\d+|\*))?(\/.*)?$/i.exec(source)
  if (match === null || source.startsWith("'")) return false
  const [, scheme, wildcard, host, port, path] = match
  if (scheme !== undefined && `${scheme.toLowerCase()}:` !== url.protocol) return false
  const hostname = url.hostname.toLowerCase()
  const hostOk = host === '*' || (wildcard ? hostname.endsWith(`.${host.toLowerCase()}`) : hostname === host.toLowerCase())
  const portOk = port === undefined ? url.port === '' : port === '*' || port === url.port
  const pathOk = path === undefined || (path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path)
  return hostOk && portOk && pathOk
}

/** Whether `sources` run inline code or style `text` (by 'unsafe-inline', or by its hash without a nonce). */
function allowsInline(sources, text) {
  if (sources === null) return true
  const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  if (sources.includes(hash)) return true
  const pinned = sources.some((source) => /^'(nonce|sha256|sha384|sha512)-/.test(source))
  return sources.includes("'unsafe-inline'") && !pinned
}

const clip = (text) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 100 ? `${line.slice(0, 97)}...` : line
}

/** The attributes of a tag's source text, names in lower case. */
function attributesOf(text) {
  const attributes = new Map()
  for (const [, name, double, single, bare] of text.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '')
  }
  return attributes
}

/** The directive that governs what `<link rel=...>` loads, or null when it loads nothing. */
function linkDirective(attributes) {
  const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
  if (rel.includes('stylesheet')) return 'style-src-elem'
  if (rel.includes('modulepreload')) return 'script-src-elem'
  if (rel.includes('manifest')) return 'manifest-src'
  if (rel.some((value) => ['icon', 'apple-touch-icon', 'mask-icon'].includes(value))) return 'img-src'
  if (rel.includes('preload') || rel.includes('prefetch')) {
    const as = attributes.get('as') ?? ''
    return { script: 'script-src-elem', style: 'style-src-elem', font: 'font-src', image: 'img-src', fetch: 'connect-src', worker: 'worker-src' }[as] ?? 'default-src'
  }
  return null
}

/** The addresses an element loads, each with its directive. */
function loadsOf(tag, attributes) {
  const loads = []
  const add = (directive, ...names) => {
    for (const name of names) {
      const value = attributes.get(name)
      if (value === undefined || value === '') continue
      const urls = name.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value]
      for (const url of urls) if (url) loads.push({ directive, url, attribute: name })
    }
  }
  if (tag === 'script') add('script-src-elem', 'src')
  else if (tag === 'link') {
    const directive = linkDirective(attributes)
    if (directive !== null) add(directive, 'href', 'imagesrcset')
  } else if (tag === 'img') add('img-src', 'src', 'srcset')
  else if (tag === 'source') {
    add('media-src', 'src')
    add('img-src', 'srcset')
  } else if (tag === 'video') {
    add('media-src', 'src')
    add('img-src', 'poster')
  } else if (tag === 'audio' || tag === 'track') add('media-src', 'src')
  else if (tag === 'iframe' || tag === 'frame') add('frame-src', 'src')
  else if (tag === 'object') add('object-src', 'data')
  else if (tag === 'embed') add('object-src', 'src')
  else if (tag === 'base') add('base-uri', 'href')
  else if (tag === 'form') add('form-action', 'action')
  else if (tag === 'input' || tag === 'button') add('form-action', 'formaction')
  return loads
}

function checkHtml(text, directives, report) {
  const html = text.replace(/<!--[\s\S]*?-->/g, '')
  for (const [whole, attributeText, body] of html.matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = attributesOf(attributeText)
    const type = (attributes.get('type') ?? '').toLowerCase()
    const runs = type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript')
    if (runs && !attributes.has('src') && body.trim() !== '' && !allowsInline(sourcesFor(directives, 'script-src-elem'), body)) {
      report('an inline script', 'script-src-elem', "'unsafe-inline'", whole)
    }
  }
  for (const [whole, body] of html.matchAll(/<style\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/style\s*>/gi)) {
    if (!allowsInline(sourcesFor(directives, 'style-src-elem'), body)) report('a <style> block', 'style-src-elem', "'unsafe-inline'", whole)
  }
  for (const [whole, name, attributeText] of html.matchAll(/<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const tag = name.toLowerCase()
    const attributes = attributesOf(attributeText)
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]+$/.test(attribute) && !allowsInline(sourcesFor(directives, 'script-src-attr'), value)) {
        report(`an inline event handler (${attribute}=)`, 'script-src-attr', "'unsafe-inline'", whole)
      }
      if (['href', 'src', 'action', 'formaction'].includes(attribute) && /^\s*javascript:/i.test(value) && !allowsInline(sourcesFor(directives, 'script-src-elem'), value)) {
        report('a javascript: address', 'script-src', "'unsafe-inline'", whole)
      }
    }
    if (attributes.has('style') && !allowsInline(sourcesFor(directives, 'style-src-attr'), attributes.get('style'))) {
      report('a style attribute', 'style-src-attr', "'unsafe-inline'", whole)
    }
    for (const { directive, url } of loadsOf(tag, attributes)) {
      if (!allowsUrl(sourcesFor(directives, directive), url)) report(`<${tag}> loads ${url}`, directive, sourceFor(url), whole)
    }
  }
}

/** The source a directive would need to allow `url`. */
function sourceFor(url) {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase()
  if (scheme === undefined && !url.trim().startsWith('//')) return "'self'"
  if (scheme !== undefined && !['http', 'https', 'ws', 'wss'].includes(scheme)) return `${scheme}:`
  return new URL(url.trim(), 'https://the-app.invalid/').origin
}

function checkCss(text, directives, report) {
  const css = text.replace(/\/\*[\s\S]*?\*\//g, '')
  const fontFaces = [...css.matchAll(/@font-face\s*\{[^}]*\}/gi)].map((match) => [match.index, match.index + match[0].length])
  for (const match of css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/gi)) {
    if (!allowsUrl(sourcesFor(directives, 'style-src-elem'), match[2])) report(`@import of ${match[2]}`, 'style-src-elem', sourceFor(match[2]), match[0])
  }
  for (const match of css.matchAll(/url\(\s*(["']?)((?:(?!\1\s*\)).)*)\1\s*\)/gi)) {
    const url = match[2].trim()
    if (url === '' || url.startsWith('#') || /@import\s+url\($/i.test(css.slice(Math.max(0, match.index - 12), match.index + 4))) continue
    const inFontFace = fontFaces.some(([start, end]) => match.index > start && match.index < end)
    const directive = inFontFace ? 'font-src' : 'img-src'
    if (!allowsUrl(sourcesFor(directives, directive), url)) report(`url(${clip(url).slice(0, 60)})`, directive, sourceFor(url), match[0])
  }
}

/** Calls whose first argument is an address, with the directive that governs it. */
const JS_LOADS = [
  [/(?<![\w$.])fetch\(\s*/g, 'connect-src', 'fetch'],
  [/\bnew\s+(?:WebSocket|EventSource)\(\s*/g, 'connect-src', 'a connection to'],
  [/\.sendBeacon\(\s*/g, 'connect-src', 'sendBeacon'],
  [/\bnew\s+(?:Shared)?Worker\(\s*/g, 'worker-src', 'a worker from'],
  [/\bserviceWorker\.register\(\s*/g, 'worker-src', 'a service worker from'],
  [/(?<![\w$.])importScripts\(\s*/g, 'script-src', 'importScripts'],
  [/(?<![\w$.])import\(\s*/g, 'script-src', 'import()'],
  [/(?<![\w$.])(?:import|from)\s*(?=["'`])/g, 'script-src', 'an import of'],
]

/**
 * The string literal at the start of `text`: its static part (up to its first `${` for a template) and its
 * source text.
 */
function leadingLiteral(text) {
  const match = /^(["'`])((?:\\.|(?!\1)[^\\])*?)(?:\1|\$\{)/.exec(text)
  return match === null || (match[1] !== '`' && match[0].endsWith('${')) ? null : { value: match[2], raw: match[0] }
}

function checkJs(text, directives, report) {
  for (const [pattern, directive, what] of JS_LOADS) {
    for (const match of text.matchAll(pattern)) {
      const literal = leadingLiteral(text.slice(match.index + match[0].length, match.index + match[0].length + 300))
      const url = literal?.value ?? ''
      if (!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue
      if (!allowsUrl(sourcesFor(directives, directive), url)) report(`${what} ${url}`, directive, sourceFor(url), `${match[0]}${literal.raw}`)
    }
  }
  const scriptSources = sourcesFor(directives, 'script-src') ?? ["'unsafe-eval'"]
  if (!scriptSources.includes("'unsafe-eval'")) {
    const evals = /(?<![\w$.])eval\(|\bnew\s+Function\(|(?<![\w$.])set(?:Timeout|Interval)\(\s*["'`]/g
    for (const match of text.matchAll(evals)) report('code from a string', 'script-src', "'unsafe-eval'", text.slice(Math.max(0, match.index - 30), match.index + 40))
    if (!scriptSources.includes("'wasm-unsafe-eval'")) {
      for (const match of text.matchAll(/\bWebAssembly\.(?:instantiate|compile|instantiateStreaming|compileStreaming)\(|\bnew\s+WebAssembly\.Module\(/g)) {
        report('WebAssembly', 'script-src', "'wasm-unsafe-eval'", text.slice(Math.max(0, match.index - 30), match.index + 40))
      }
    }
  }
}

function checkManifest(text, directives, report) {
  let manifest
  try {
    manifest = JSON.parse(text)
  } catch {
    return
  }
  for (const icon of [...(manifest.icons ?? []), ...(manifest.screenshots ?? [])]) {
    if (typeof icon?.src === 'string' && !allowsUrl(sourcesFor(directives, 'img-src'), icon.src)) {
      report(`the manifest's image ${icon.src}`, 'img-src', sourceFor(icon.src), JSON.stringify(icon))
    }
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort()
}

/**
 * Every problem of the build in `dir` under `directives` (the app's policy by default), one line each:
 * `file: what needs directive source: offending text`, the file relative to `dir`.
 */
export function checkCsp(dir, directives = CSP_DIRECTIVES) {
  const problems = []
  for (const path of filesUnder(dir)) {
    const file = relative(dir, path).split('\\').join('/')
    const report = (what, directive, needs, text) => problems.push(`${file}: ${what} needs ${governing(directives, directive)} ${needs}: ${clip(text)}`)
    const check = /\.html?$/i.test(file) ? checkHtml
      : /\.css$/i.test(file) ? checkCss
        : /\.(?:m?js)$/i.test(file) ? checkJs
          : /\.webmanifest$|manifest\.json$/i.test(file) ? checkManifest
            : null
    if (check !== null) check(readFileSync(path, 'utf8'), directives, report)
  }
  return problems
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist'
  let problems
  try {
    problems = checkCsp(dir)
  } catch (error) {
    console.error(`${dir}: cannot be read (${error.message}); build it first (npm run build)`)
    process.exit(2)
  }
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) {
    console.error(`${problems.length} thing(s) in ${dir} need more than the Content-Security-Policy (scripts/csp.mjs) allows`)
    process.exit(1)
  }
  console.log(`${dir}: nothing needs more than the Content-Security-Policy (scripts/csp.mjs)`)
}
