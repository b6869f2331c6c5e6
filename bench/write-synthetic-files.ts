/** Writes one seeded synthetic dataset as the files of data/ into --out (see synthetic-files.ts). */
import { writeSyntheticFiles } from './synthetic-files'

console.log(writeSyntheticFiles(process.argv.slice(2)))
