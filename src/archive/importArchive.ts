import { createHash } from 'node:crypto'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { z } from 'zod'

import { nextTurnOfTheEventLoop } from '../nextTurnOfTheEventLoop'
import { announceContentChange } from '../render/cache/contentEvents'
import { ArchiveProblem } from './archiveProblem'
import { archiveHeader, archiveStatement, describeIssues } from './format'
import { importMedia } from './importMedia'
import { ImportReport } from './importReport'
import { importStatement, type ImportOptions } from './importStatement'
import { defaultLineLimits, type LineLimits, readArchiveLines } from './readArchiveLines'

/** One statement to import, already parsed from its line (or page), or why it could not be. */
export type ArchiveItem = { lineNumber: number; data?: unknown; problem?: ArchiveProblem; /** A page's file or a document, where there are no lines. */ source?: string }

const statementsPerBatch = 50

/** A name for each kind of schema failure, so the summary groups them by what went wrong. */
const groupOf = (error: z.ZodError): string => {
  const [first] = error.issues
  const [top, , field] = first?.path ?? []
  if (top === 'kind') return 'unknown kind'
  if (top === 'publishedAt') return 'impossible date'
  if (top === 'speakers' && field === 'name') return 'speaker without a name'
  if (top === 'topics' && field === 'name') return 'topic without a name'
  return 'invalid line'
}

/**
 * Runs `work` in a transaction of its own. A dry run always rolls it back,
 * so it meets every problem a real import would (slugs taken, old URLs
 * claimed) and leaves nothing; where the database has no transactions
 * (MongoDB without a replica set) a dry run checks only what needs no write.
 */
const inStatementTransaction = async <T>(payload: Payload, dryRun: boolean, work: (req: PayloadRequest) => Promise<T>, checkOnly: () => Promise<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  const began = await initTransaction(req)
  if (dryRun && !began) return checkOnly()
  try {
    const result = await work(req)
    if (began) await (dryRun ? killTransaction(req) : commitTransaction(req))
    return result
  } catch (error) {
    if (began) await killTransaction(req)
    throw error
  }
}

export type ImportRun = Omit<ImportOptions, 'importedAt'> & { onStatement?: (report: ImportReport) => void }

/**
 * Imports statements one transaction each: a refused one is reported with
 * its line number and reason, and the rest go on. Page caches are told once
 * per batch, and the event loop gets a turn (libsql frees memory there).
 */
export const importItems = async (payload: Payload, items: AsyncIterable<ArchiveItem>, run: ImportRun): Promise<ImportReport> => {
  const report = new ImportReport(run.dryRun)
  const options: ImportOptions = { ...run, importedAt: new Date().toISOString() }
  const seen = new Map<string, number>()
  let written = 0
  for await (const { lineNumber, data, problem, source } of items) {
    const externalId = (data as { externalId?: unknown } | undefined)?.externalId
    const label = typeof externalId === 'string' ? externalId : undefined
    try {
      if (problem) throw problem
      const parsed = archiveStatement.safeParse(data)
      if (!parsed.success) throw new ArchiveProblem(groupOf(parsed.error), describeIssues(parsed.error))
      const statement = parsed.data
      const earlier = seen.get(statement.externalId)
      if (earlier !== undefined) throw new ArchiveProblem('external id repeated', `external id ${statement.externalId} was already on line ${earlier}`)
      seen.set(statement.externalId, lineNumber)
      const digest = createHash('sha256').update(JSON.stringify(statement)).digest('base64url')
      const outcome = await inStatementTransaction(
        payload,
        run.dryRun,
        (req) => importStatement(req, statement, digest, options),
        async () => {
          await importMedia(await createLocalReq({}, payload), statement, run.archiveDir, true)
          return 'imported' as const
        },
      )
      report.count(outcome)
      if (outcome !== 'unchanged' && !run.dryRun) written += 1
    } catch (error) {
      if (!(error instanceof ArchiveProblem) && !isRefusalByPayload(error)) payload.logger.error({ err: error, lineNumber }, 'archive import: unexpected error')
      const group = error instanceof ArchiveProblem ? error.group : 'refused by the database or a rule'
      report.refuse({ lineNumber, group, reason: reasonOf(error), externalId: label, ...(source ? { source } : {}) })
    }
    run.onStatement?.(report)
    if (report.statements % statementsPerBatch === 0) {
      if (written > 0) announceContentChange({ collection: 'statements' })
      written = 0
      await nextTurnOfTheEventLoop()
    }
  }
  if (written > 0) announceContentChange({ collection: 'statements' })
  return report
}

/** Payload's validation error names the fields; the reason adds what each field's rule said. */
const reasonOf = (error: unknown): string => {
  const fields = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors ?? []
  const details = fields.map((field) => `${field.path}: ${field.message}`).join('; ')
  return details ? `${(error as Error).message} (${details})` : (error as Error).message
}

/** Payload's validation errors (a field it refuses) are reasons to report, not crashes to log. */
const isRefusalByPayload = (error: unknown): boolean => {
  const status = (error as { status?: number } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

/** The lines of a `.jsonl`/`.jsonl.gz` archive as items: the header checked first, each line parsed as JSON. */
export async function* archiveFileItems(file: string, report: { stopped?: string }, limits: LineLimits = defaultLineLimits, onBytes?: (read: number) => void): AsyncGenerator<ArchiveItem> {
  let headerSeen = false
  for await (const line of readArchiveLines(file, limits, onBytes)) {
    if ('stopped' in line) {
      report.stopped = `line ${line.lineNumber}: ${line.stopped}`
      return
    }
    if ('tooLong' in line) {
      const problem = new ArchiveProblem('line too long', `the line is over ${limits.maxLineBytes} bytes (${line.tooLong} bytes); it was skipped without being read`)
      if (!headerSeen) {
        report.stopped = `line 1: ${problem.message}; the first line must be the header`
        return
      }
      yield { lineNumber: line.lineNumber, problem }
      continue
    }
    if (line.text.trim() === '') continue
    let data: unknown
    try {
      data = JSON.parse(line.text)
    } catch (error) {
      if (!headerSeen) {
        report.stopped = `line ${line.lineNumber}: the header is not JSON (${(error as Error).message})`
        return
      }
      yield { lineNumber: line.lineNumber, problem: new ArchiveProblem('not JSON', `not JSON: ${(error as Error).message}`) }
      continue
    }
    if (!headerSeen) {
      const header = archiveHeader.safeParse(data)
      if (!header.success) {
        report.stopped = `line ${line.lineNumber}: ${describeIssues(header.error)}`
        return
      }
      headerSeen = true
      continue
    }
    yield { lineNumber: line.lineNumber, data }
  }
  if (!headerSeen && !report.stopped) report.stopped = 'the archive is empty: no header line'
}

/** `npm run import -- archive.jsonl[.gz] [--dry-run]`, as a function. */
export const importArchiveFile = async (
  payload: Payload,
  file: string,
  { dryRun = false, limits = defaultLineLimits, onStatement, onBytes }: { dryRun?: boolean; limits?: LineLimits; onStatement?: (report: ImportReport) => void; onBytes?: (read: number) => void } = {},
): Promise<ImportReport> => {
  const stop: { stopped?: string } = {}
  const report = await importItems(payload, archiveFileItems(file, stop, limits, onBytes), { dryRun, fileName: path.basename(file), archiveDir: path.dirname(path.resolve(file)), onStatement })
  report.stopped = stop.stopped
  return report
}
