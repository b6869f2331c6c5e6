/**
 * npm run data:check [-- DIR]: validates every file in data/ (or DIR) with the app's own schemas.
 * Prints one line per problem, naming the file, the record and the field; exits 1 on any problem.
 */
import { dataCheck } from './check-data-dir'

process.exitCode = dataCheck(process.argv.slice(2))
