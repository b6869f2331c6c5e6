import { z } from 'zod'

/**
 * zod compiles a fast parser with `new Function` where it may, and finds out whether it may by trying it
 * when the first object schema is made. The app's Content-Security-Policy (scripts/csp.mjs) allows no
 * eval, so the try would be refused and reported as a violation: tell zod not to try. main.tsx imports
 * this module first, before any module that makes a schema.
 */
z.config({ jitless: true })
