import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allowsUrl, checkCsp } from '../../scripts/check-csp.mjs'
import { CSP_DIRECTIVES, contentSecurityPolicy, serialisePolicy } from '../../scripts/csp.mjs'

/** The shape of a Vite build: index.html naming its hashed chunks, a stylesheet, a worker, a service worker. */
const CLEAN: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <!-- <script>alert('a comment is not a script')</script> -->
    <meta property="og:image" content="https://map.example.org/preview.png" />
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
    <link rel="manifest" href="/manifest.webmanifest">
    <script type="application/ld+json">{"url": "https://map.example.org/"}</script>
  </head>
  <body><div id="root"></div><a href="https://www.ptuj.si">Ptuj</a></body>
</html>`,
  'assets/index-abc.js': [
    'import{a as b}from"./chunk-def.js";',
    'const w=new Worker("/assets/worker-ghi.mjs",{type:`module`});',
    'fetch(`/basemap/${name}.geojson`);fetch("./assets/links-jkl.json");',
    'const source="https://www.ptuj.si/en",ns="http://www.w3.org/2000/svg";',
    'navigator.serviceWorker.register("/sw.js");import(`./present-app-mno.js`);',
    'const t=setTimeout(()=>1,5),evaluate=(x)=>x.eval(1);',
  ].join('\n'),
  'assets/chunk-def.js': 'export const a=1',
  'assets/worker-ghi.mjs': 'self.onmessage=async(e)=>{const r=await fetch(e.data.url);self.postMessage(await r.json())}',
  'assets/index-abc.css': `@font-face{font-family:"Noto Sans";src:url(/assets/noto-400.woff2) format("woff2"),url(/assets/noto-400.woff) format("woff")}
.control{background-image:url("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E")}
.marker{background:url(#gradient)}`,
  'sw.js': 'importScripts("./workbox-123");self.addEventListener("fetch",()=>{})',
  'workbox-123.js': 'self.workbox={}',
  'manifest.webmanifest': JSON.stringify({ name: '24 Cities', icons: [{ src: 'icon.svg', sizes: 'any' }] }),
  'data/activities.json': JSON.stringify([{ sources: ['https://www.lendava.si/novice'] }]),
}

function fakeBuild(changes: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'check-csp-'))
  for (const [file, text] of Object.entries({ ...CLEAN, ...changes })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}

/** index.html of the clean build with `extra` in its <body>. */
const withBody = (extra: string) => ({ 'index.html': CLEAN['index.html']!.replace('<div id="root"></div>', `<div id="root"></div>${extra}`) })

describe('the policy', () => {
  it('is one header value, each directive once, with no inline code, no eval, nothing of another site and no frame-ancestors (any site may embed)', () => {
    const policy = contentSecurityPolicy()
    expect(policy).toBe(serialisePolicy(CSP_DIRECTIVES))
    expect(policy).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/)
  })

  it('is the one README tells a host to send, for every server it names', () => {
    const readme = readFileSync('README.md', 'utf8')
    const hostIt = readme.slice(readme.indexOf('## Host it'), readme.indexOf('\n## ', readme.indexOf('## Host it') + 1))
    const headers = [...hostIt.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]*)/g)].map((match) => match[1])
    expect(headers).toHaveLength(4)
    for (const header of headers) expect(header).toBe(contentSecurityPolicy())
    // Each directive is explained with its sources.
    for (const [directive, sources] of Object.entries(CSP_DIRECTIVES)) expect(hostIt).toContain(`\`${[directive, ...sources].join(' ')}\`:`)
  })

  it('takes the sites that may frame the app from the host', () => {
    expect(contentSecurityPolicy({ frameAncestors: "'self'  https://www.ptuj.si" })).toMatch(/; frame-ancestors 'self' https:\/\/www\.ptuj\.si$/)
  })
})

describe('allowsUrl', () => {
  it('takes an address without a scheme for the app\'s own and one with a scheme for another origin', () => {
    expect(allowsUrl(["'self'"], '/assets/a.js')).toBe(true)
    expect(allowsUrl(["'self'"], './a.js')).toBe(true)
    expect(allowsUrl(["'self'"], 'https://cdn.example.org/a.js')).toBe(false)
    expect(allowsUrl(["'self'"], '//cdn.example.org/a.js')).toBe(false)
    expect(allowsUrl(["'self'"], 'data:,')).toBe(false)
    expect(allowsUrl(["'self'", 'data:'], 'data:,')).toBe(true)
    expect(allowsUrl(["'none'"], '/a.js')).toBe(false)
    expect(allowsUrl(null, 'https://cdn.example.org/a.js')).toBe(true)
  })

  it('matches host sources by scheme, host, wildcard, port and path', () => {
    expect(allowsUrl(['https://fonts.example.org'], 'https://fonts.example.org/a.woff2')).toBe(true)
    expect(allowsUrl(['https://fonts.example.org'], 'http://fonts.example.org/a.woff2')).toBe(false)
    expect(allowsUrl(['https://*.example.org'], 'https://a.b.example.org/x')).toBe(true)
    expect(allowsUrl(['https://*.example.org'], 'https://example.org/x')).toBe(false)
    expect(allowsUrl(['https://example.org/fonts/'], 'https://example.org/fonts/a.woff2')).toBe(true)
    expect(allowsUrl(['https://example.org/fonts/'], 'https://example.org/other/a.woff2')).toBe(false)
    expect(allowsUrl(['https://example.org:8443'], 'https://example.org/a')).toBe(false)
    expect(allowsUrl(['https:'], 'https://anything.example/a')).toBe(true)
    expect(allowsUrl(['*'], 'https://anything.example/a')).toBe(true)
    expect(allowsUrl(['*'], 'data:,')).toBe(false)
  })
})

describe('checkCsp', () => {
  it('finds nothing in a clean build: its own chunks, worker, service worker, data: icons, and plain-text links', () => {
    expect(checkCsp(fakeBuild())).toEqual([])
  })

  it('names an inline script, with its file and text', () => {
    expect(checkCsp(fakeBuild(withBody('<script>window.config = { lang: "en" }</script>')))).toEqual([
      `index.html: an inline script needs script-src 'unsafe-inline': <script>window.config = { lang: "en" }</script>`,
    ])
  })

  it('names an inline event handler and a javascript: address', () => {
    expect(checkCsp(fakeBuild(withBody('<button onclick="share()">Share</button><a href="javascript:void 0">x</a>')))).toEqual([
      `index.html: an inline event handler (onclick=) needs script-src 'unsafe-inline': <button onclick="share()">`,
      `index.html: a javascript: address needs script-src 'unsafe-inline': <a href="javascript:void 0">`,
    ])
  })

  it('names a <style> block and a style attribute', () => {
    expect(checkCsp(fakeBuild(withBody('<style>body { margin: 0 }</style><p style="color: red">x</p>')))).toEqual([
      'index.html: a <style> block needs style-src \'unsafe-inline\': <style>body { margin: 0 }</style>',
      'index.html: a style attribute needs style-src \'unsafe-inline\': <p style="color: red">',
    ])
  })

  it('names a font, a stylesheet and a script of another site', () => {
    const css = `${CLEAN['assets/index-abc.css']}\n@font-face{font-family:Inter;src:url(https://fonts.gstatic.com/s/inter/v1/a.woff2) format("woff2")}`
    expect(checkCsp(fakeBuild({ 'assets/index-abc.css': css }))).toEqual([
      'assets/index-abc.css: url(https://fonts.gstatic.com/s/inter/v1/a.woff2) needs font-src https://fonts.gstatic.com: url(https://fonts.gstatic.com/s/inter/v1/a.woff2)',
    ])
    expect(checkCsp(fakeBuild(withBody('<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"><script src="//cdn.example.org/lib.js"></script>')))).toEqual([
      'index.html: <link> loads https://fonts.googleapis.com/css2?family=Inter needs style-src https://fonts.googleapis.com: <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">',
      'index.html: <script> loads //cdn.example.org/lib.js needs script-src https://cdn.example.org: <script src="//cdn.example.org/lib.js">',
    ])
  })

  it('names an image, a frame and a background picture of another site, but not a link or a meta tag', () => {
    const css = `${CLEAN['assets/index-abc.css']}\n.hero{background:url('https://tiles.example.org/1/0/0.png')}`
    const problems = checkCsp(fakeBuild({
      ...withBody('<img src="https://tiles.example.org/0/0/0.png" alt=""><iframe src="https://www.youtube.com/embed/x"></iframe>'),
      'assets/index-abc.css': css,
    }))
    expect(problems).toEqual([
      "assets/index-abc.css: url(https://tiles.example.org/1/0/0.png) needs img-src https://tiles.example.org: url('https://tiles.example.org/1/0/0.png')",
      'index.html: <img> loads https://tiles.example.org/0/0/0.png needs img-src https://tiles.example.org: <img src="https://tiles.example.org/0/0/0.png" alt="">',
      'index.html: <iframe> loads https://www.youtube.com/embed/x needs frame-src https://www.youtube.com: <iframe src="https://www.youtube.com/embed/x">',
    ])
  })

  it('names a fetch, a worker and importScripts of another site in the scripts', () => {
    const problems = checkCsp(fakeBuild({
      'assets/chunk-def.js': 'export const a=1;fetch(`https://api.example.org/towns/${id}`);',
      'assets/worker-ghi.mjs': 'const w=new Worker("https://cdn.example.org/worker.js"',
      'sw.js': 'importScripts("https://storage.googleapis.com/workbox-cdn/releases/7.0.0/workbox-sw.js"',
    }))
    expect(problems).toEqual([
      'assets/chunk-def.js: fetch https://api.example.org/towns/ needs connect-src https://api.example.org: fetch(`https://api.example.org/towns/${',
      'assets/worker-ghi.mjs: a worker from https://cdn.example.org/worker.js needs worker-src https://cdn.example.org: new Worker("https://cdn.example.org/worker.js"',
      'sw.js: importScripts https://storage.googleapis.com/workbox-cdn/releases/7.0.0/workbox-sw.js needs script-src https://storage.googleapis.com: importScripts("https://storage.googleapis.com/workbox-cdn/releases/7.0.0/workbox-sw.js"',
    ])
  })

  it('names eval, new Function and a string given to setTimeout, since the policy allows no eval', () => {
    const problems = checkCsp(fakeBuild({ 'assets/chunk-def.js': 'export const a=eval("1+1"),b=new Function("x","return x"),c=setTimeout("tick()",10)' }))
    expect(problems).toHaveLength(3)
    expect(problems.every((problem) => problem.startsWith("assets/chunk-def.js: code from a string needs script-src 'unsafe-eval': "))).toBe(true)
    expect(problems.join('\n')).toMatch(/eval\("1\+1"\)[\s\S]*new Function\("x"[\s\S]*setTimeout\("tick\(\)"/)
  })

  it('allows what a wider policy allows', () => {
    const build = fakeBuild(withBody('<script>1</script><img src="https://tiles.example.org/a.png" alt="">'))
    expect(checkCsp(build)).toHaveLength(2)
    expect(checkCsp(build, { ...CSP_DIRECTIVES, 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:', 'https://tiles.example.org'] })).toEqual([])
    // A hash allows just that script.
    expect(checkCsp(build, { ...CSP_DIRECTIVES, 'script-src': ["'self'", "'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='"], 'img-src': ['*', 'data:'] })).toEqual([])
  })

  it('names a manifest icon of another site', () => {
    const manifest = JSON.stringify({ icons: [{ src: 'https://cdn.example.org/icon.png', sizes: '192x192' }] })
    expect(checkCsp(fakeBuild({ 'manifest.webmanifest': manifest }))).toEqual([
      'manifest.webmanifest: the manifest\'s image https://cdn.example.org/icon.png needs img-src https://cdn.example.org: {"src":"https://cdn.example.org/icon.png","sizes":"192x192"}',
    ])
  })

  it('as a command, prints each problem and exits 1, or says the build is clean and exits 0', () => {
    const bad = spawnSync(process.execPath, ['scripts/check-csp.mjs', fakeBuild(withBody('<b onclick="x()">x</b>'))], { encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/^index\.html: an inline event handler \(onclick=\) needs script-src 'unsafe-inline': <b onclick="x\(\)">\n1 thing/)
    const clean = fakeBuild()
    const good = spawnSync(process.execPath, ['scripts/check-csp.mjs', clean], { encoding: 'utf8' })
    expect([good.status, good.stdout.trim()]).toEqual([0, `${clean}: nothing needs more than the Content-Security-Policy (scripts/csp.mjs)`])
  })
})
