/**
 * npm run data:check [-- DIR]: validates every file in data/ (or DIR) with the app's own schemas.
 * Prints one line per problem, naming the file, the record and the field; exits 1 on any problem.
 */
import { resolve } from 'node:path'
import { checkDataDir } from './check-data-dir'

const dir = resolve(process.argv[2] ?? 'data')
const problems = checkDataDir(dir)
if (problems.length === 0) {
  console.log(`data:check: ${dir} is valid (6 files)`)
} else {
  for (const line of problems) console.error(line)
  console.error(`data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`)
  process.exitCode = 1
}
