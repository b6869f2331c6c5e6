/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy } from './scripts/csp.mjs'

/**
 * The data files of data/ are fetched as soon as the page is read, beside the scripts, not once the scripts have
 * run (a round trip less before the map on a slow network). Same URLs and request mode as the app's fetch().
 */
function preloadData(): Plugin {
  let base = '/'
  return {
    name: 'preload-data',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return Object.values(context.bundle ?? {})
          .filter((file) => file.type === 'asset' && /^assets\/(cities|organisations|projects|activities|links)-[\w-]+\.(geojson|json)$/.test(file.fileName))
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `${base}${file.fileName}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const }))
      },
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    preloadData(),
    // Offline after one visit (Forum24's venue may have no internet): a service worker precaches the app, the
    // data, the basemap and the fonts. A new version waits until the reader chooses to reload
    // (src/app/update-notice.tsx); `npm run dev` registers none.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // icon.svg is in globPatterns already.
      includeManifestIcons: false,
      manifest: {
        name: '24 Cities network',
        short_name: '24 Cities',
        description: 'Map of the 24 Cities network: towns in Austria, Slovenia and Hungary that have worked together since 2008.',
        start_url: '.',
        display: 'standalone',
        // --ink and --paper of src/app/app.css.
        theme_color: '#1a1a2e',
        background_color: '#ffffff',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,json,geojson,woff,woff2,png,svg,webmanifest}'],
        // The link-preview picture is for other sites' crawlers, not for the app; the plugin adds the manifest itself.
        globIgnores: ['preview.png', 'manifest.webmanifest'],
        // MapLibre's chunk is about 1 MB, its worker 0.5 MB.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The first visit's page is controlled at once, so that it works offline without a second load.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // MapLibre alone is ~1 MB minified, in a chunk of its own; `npm run bench` prints the real transfer sizes.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre changes rarely and is most of the bytes: its own chunk, cached across versions of the app, and
        // the app's own first-view JavaScript measurable beside it (issue 12: at most 150 KB gzip).
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  preview: {
    port: 4173,
    // The policy a host should send too (README "Host it"); scripts/check-csp.mjs checks a build against it.
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
  test: {
    // Two-core machines are slow; a test that needs longer than this is a bug, not a slow machine.
    testTimeout: 20_000,
    projects: [
      // Pure logic runs in node: setting up a DOM for it costs more than the tests.
      { extends: true, test: { name: 'unit', environment: 'node', isolate: false, include: ['tests/{domain,url-state,scripts,shared,data}/**/*.test.ts'] } },
      // Components get jsdom.
      { extends: true, test: { name: 'components', environment: 'jsdom', include: ['tests/components/**/*.test.{ts,tsx}'], setupFiles: ['tests/setup.ts'] } },
    ],
  },
})
