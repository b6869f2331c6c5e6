/**
 * npm run data:to-csv [-- --out DIR] [--semicolon] [--templates] [--data DIR]
 * Writes the data in data/ as the sheets a keeper fills in (see data/README.md, "Spreadsheets"): one CSV
 * file per sheet in DIR (default: sheets/ in the directory the command is run from), comma-separated
 * (--semicolon for spreadsheets set to Slovene, German or Hungarian). --templates writes the templates
 * instead (header and one example row, default DIR: data/templates/).
 * Exit codes: 0 done, 1 the data cannot be read or a file cannot be written, 2 a bad command line.
 */
import { main } from './data-to-csv-main'

process.exitCode = main(process.argv.slice(2))
