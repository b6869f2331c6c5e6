/**
 * The benchmark's reference page (bench/limit): plain MapLibre with the app's basemap, fonts and layer styles.
 * Built on its own: `npx vite build --config bench/limit/vite.config.mjs --outDir DIR`; bench/run.mjs does it.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  root: here('.'),
  // The same public/ as the app: the basemap under basemap/.
  publicDir: here('../../public'),
  base: './',
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // maplibre-gl in a chunk of its own: bench/run.mjs takes its size from the app's JavaScript.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
})
