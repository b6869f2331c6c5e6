/**
 * `npm start`'s server: the built app (dist/) through `vite preview` on 127.0.0.1, at the port in the PORT
 * environment variable (4173 by default), the same on every system (no shell syntax in package.json).
 * With `--present` (`npm run present`, for a venue laptop) it prints, once the server answers, the addresses
 * of the presentation and of the presenter's notes window.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const port = process.env.PORT || '4173'
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`PORT must be a port number from 1 to 65535, not "${port}"`)
  process.exit(1)
}
const present = process.argv.includes('--present')

const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))
const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

if (present) void announcePresentation(`http://127.0.0.1:${port}/`)

/** Waits until the server answers, then prints the two addresses to open. */
async function announcePresentation(origin) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(origin)).ok) {
        console.log([
          '',
          '  Presentation (open it on the projector):',
          `    ${origin}?present=1`,
          '  Presenter\'s notes (a second window, on the laptop\'s screen):',
          `    ${origin}?present=1&notes=1`,
          '',
          '  No network is needed. Once opened (in Chromium, Chrome or Edge) the app is cached in the browser:',
          '  it then opens at these addresses even with the network off and this server stopped.',
          '  Ctrl+C stops the server.',
          '',
        ].join('\n'))
        return
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
