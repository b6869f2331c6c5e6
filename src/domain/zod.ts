import { z } from 'zod'

/**
 * zod, for every schema of the app: import it from here, never from 'zod' (an ESLint rule keeps it so).
 * zod compiles a fast parser with `new Function` where it may, and finds out whether it may by trying it
 * when the first object schema is made. The app's Content-Security-Policy (scripts/csp.mjs) allows no
 * eval, so the try would be refused and reported as a violation: zod is told not to try, here, before any
 * module that makes a schema runs, however the build groups the modules into chunks.
 */
z.config({ jitless: true })

export { z }
