/**
 * `npm start`'s server: the built app (dist/) through `vite preview` on 127.0.0.1, at the port in the PORT
 * environment variable (4173 by default), the same on every system (no shell syntax in package.json).
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const port = process.env.PORT || '4173'
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`PORT must be a port number from 1 to 65535, not "${port}"`)
  process.exit(1)
}

const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))
const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
