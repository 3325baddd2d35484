/**
 * `npm run import -- <archive.jsonl[.gz]> [--dry-run] [--report report.json]`
 * `npm run import -- <folder of saved pages> --map <mapping.json> [--dry-run]`
 * Imports into the database DATABASE_URI names (migrations run first, as
 * `npm start` does). Exit code 0 when every statement was imported, updated
 * or unchanged; 1 when any was refused or the run stopped early; 2 on a usage error.
 */
import { statSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { exitWithOneLine } from '../../configError'
import type { ImportReport } from '../importReport'
import { progressBar } from './progressBar'
import { openPayload } from './openPayload'

const usage = 'usage: npm run import -- <archive.jsonl | archive.jsonl.gz | folder --map mapping.json> [--dry-run] [--report report.json]'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, map: { type: 'string' }, report: { type: 'string' } },
})
const target = positionals[0]
if (!target || positionals.length > 1) {
  console.error(usage)
  process.exit(2)
}
let stat
try {
  stat = statSync(target)
} catch {
  console.error(`${target}: no such file or folder\n${usage}`)
  process.exit(2)
}
if (stat.isDirectory() && !values.map) {
  console.error(`${target} is a folder: give the mapping of its pages with --map (see docs/import/ministry-site.map.json)\n${usage}`)
  process.exit(2)
}

const { payload, close } = await openPayload().catch(exitWithOneLine)
const { importArchiveFile } = await import('../importArchive')
const dryRun = values['dry-run']
let report: ImportReport
if (stat.isDirectory()) {
  const { importHtmlFolder, readPageMapping } = await import('../html/importHtmlFolder')
  let mapping
  try {
    mapping = readPageMapping(values.map as string)
  } catch (error) {
    console.error((error as Error).message)
    await close()
    process.exit(2)
  }
  report = await importHtmlFolder(payload, target, mapping, { dryRun })
} else {
  const bar = progressBar(stat.size, dryRun ? 'checking' : 'importing')
  let bytes = 0
  report = await importArchiveFile(payload, target, { dryRun, onBytes: (read) => (bytes = read), onStatement: (r) => bar.update(bytes, r.statements) })
  bar.update(stat.size, report.statements)
  bar.stop()
}
console.log(report.toText())
if (values.report) writeFileSync(values.report, JSON.stringify(report.toJSON(), null, 2))
await close()
process.exit(report.refused.length > 0 || report.stopped ? 1 : 0)
