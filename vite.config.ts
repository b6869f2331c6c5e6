/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  build: {
    // MapLibre alone is ~800 kB minified; `npm run bench` prints the real transfer sizes.
    chunkSizeWarningLimit: 2000,
  },
  preview: {
    port: 4173,
  },
  test: {
    // Two-core machines are slow; a test that needs longer than this is a bug, not a slow machine.
    testTimeout: 20_000,
    projects: [
      // Pure logic runs in node: setting up a DOM for it costs more than the tests.
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/{domain,url-state,scripts,shared}/**/*.test.ts'] } },
      // Components get jsdom.
      { extends: true, test: { name: 'components', environment: 'jsdom', include: ['tests/components/**/*.test.{ts,tsx}'], setupFiles: ['tests/setup.ts'] } },
    ],
  },
})
