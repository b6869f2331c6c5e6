/**
 * npm run data:from-csv -- FILE.csv [FILE.csv ...] [--kind KIND] [--dry-run] [--data DIR]
 * Turns filled sheets (see data/README.md, "Spreadsheets") into the JSON in data/: records merged by id
 * (new ids added, existing ids replaced, every other record kept), what was added and changed printed.
 * A row with a problem is listed with its sheet, row and column, and nothing is written. The kind of a
 * sheet is read from its header or file name unless --kind gives it. Files are read from the directory
 * the command is run from. Exit codes: 0 done, 1 problems in a sheet or the data, 2 a bad command line.
 */
import { main } from './data-from-csv-main'

process.exitCode = main(process.argv.slice(2))
