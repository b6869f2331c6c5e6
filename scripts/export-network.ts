/**
 * npm run export:network -- --format gexf|graphml|csv|json [--out FILE] [--kinds K,...] [--project ID]
 *   [--country AT,SI,HU] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--data DIR]
 * Writes the network built from data/ by the app's own domain code (stdout without --out): every tie,
 * direct, group and network-wide, with its kind (`tie`), weight, first and last date and evidence ids.
 * The filter options take the same values as the app's URL parameters; a value the data does not know
 * is an error. --out and --data are read from the directory the command is run from.
 * Exit codes: 0 done, 1 the data has problems or the file cannot be written, 2 a bad command line.
 */
import { main } from './export-network-main'

process.exitCode = main(process.argv.slice(2))
