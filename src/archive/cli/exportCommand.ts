/**
 * `npm run export -- <file.jsonl[.gz]> [--since 2026-01-01] [--language ru-RU] [--drafts]`
 * Writes the archive format (docs/archive-format.md) from the database
 * DATABASE_URI names, media files beside it under media/. Published language
 * versions only, unless --drafts: then unpublished text is in the file too,
 * and it must be kept as staff-only as the admin.
 */
import { parseArgs } from 'node:util'

import { exitWithOneLine } from '../../configError'
import { isLocaleCode, localeCodes } from '../../i18n/locales'
import { openPayload } from './openPayload'

const usage = 'usage: npm run export -- <file.jsonl | file.jsonl.gz> [--since YYYY-MM-DD] [--language en-GB|ru-RU] [--drafts]'
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { since: { type: 'string' }, language: { type: 'string' }, drafts: { type: 'boolean', default: false } },
})
const fail = (message: string): never => {
  console.error(`${message}\n${usage}`)
  process.exit(2)
}
const file = positionals[0]
if (!file || positionals.length > 1 || !/\.jsonl(\.gz)?$/.test(file)) fail('give one output file ending in .jsonl or .jsonl.gz')
const since = values.since === undefined ? undefined : new Date(values.since)
if (since && Number.isNaN(since.getTime())) fail(`--since ${values.since} is not a date`)
if (values.language !== undefined && !isLocaleCode(values.language)) fail(`--language must be one of ${localeCodes.join(', ')}`)

const { payload, close } = await openPayload().catch(exitWithOneLine)
const { exportArchive } = await import('../exportArchive')
const started = Date.now()
let last = 0
const { exported, skipped } = await exportArchive(payload, file as string, {
  since,
  language: values.language as never,
  drafts: values.drafts,
  warn: (message) => console.error(`warning: ${message}`),
  onStatement: (count) => {
    if (process.stderr.isTTY && Date.now() - last > 200) {
      last = Date.now()
      process.stderr.write(`\rexporting: ${count} statements, ${(count / ((Date.now() - started) / 1000)).toFixed(0)}/s`)
    }
  },
})
if (process.stderr.isTTY) process.stderr.write('\n')
console.log(`Exported ${exported} statements to ${file}${values.drafts ? ' (drafts included: keep this file staff-only)' : ''}${skipped ? `; ${skipped} left out (see the warnings)` : ''}.`)
await close()
