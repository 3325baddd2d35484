import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { createGzip } from 'node:zlib'

import type { Payload, Where } from 'payload'

import { oldUrlsSlug } from '../../collections/OldUrls'
import { translationsSlug } from '../../collections/Translations'
import { localeCodes, type LocaleCode } from '../i18n/locales'
import { nextTurnOfTheEventLoop } from '../nextTurnOfTheEventLoop'
import type { Statement } from '../payload-types'
import { ExportReferences } from './exportReferences'
import { archiveFormatName, archiveFormatVersion, archiveStatement, describeIssues, type ArchivePerson, type ArchiveStatement, type ArchiveVersion } from './format'

export type ExportOptions = {
  /** Only statements changed since this instant. */
  since?: Date
  /** Only this language's versions. */
  language?: LocaleCode
  /** Unpublished language versions too (staff only: the archive then holds text no reader has seen). */
  drafts?: boolean
  onStatement?: (count: number) => void
  warn?: (message: string) => void
}

type Id = number | string
const batchSize = 100

/** Each statement's language versions to export: the published one, or with --drafts the latest draft of a language not published. */
const readVersions = async (payload: Payload, ids: Id[], code: LocaleCode, drafts: boolean): Promise<Map<string, Statement & { _status?: string }>> => {
  const read = (draft: boolean, where: Where) =>
    payload.find({ collection: 'statements', locale: code, fallbackLocale: false, draft, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, where: { and: [{ id: { in: ids } }, where] } })
  const found = new Map<string, Statement & { _status?: string }>()
  for (const doc of (await read(false, { _status: { equals: 'published' } })).docs) found.set(String(doc.id), { ...doc, _status: 'published' })
  if (drafts) {
    for (const doc of (await read(true, {})).docs) if (!found.has(String(doc.id)) && doc.title) found.set(String(doc.id), { ...doc, _status: 'draft' })
  }
  return found
}

/**
 * Writes the archive format, one statement a line, streaming: statements are
 * read a hundred at a time by id, and the output waits whenever the file is
 * behind. Each line is checked against the same schema the importer uses.
 */
export const exportArchive = async (payload: Payload, file: string, { since, language, drafts = false, onStatement, warn = () => {} }: ExportOptions = {}) => {
  const fileStream = createWriteStream(file)
  const out = file.endsWith('.gz') ? createGzip() : fileStream
  if (out !== fileStream) out.pipe(fileStream)
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain')
  }
  const references = new ExportReferences(payload, path.dirname(path.resolve(file)), warn)
  const languages = language ? [language] : localeCodes
  await write({ format: archiveFormatName, version: archiveFormatVersion, exportedAt: new Date().toISOString() })
  let exported = 0
  let skipped = 0
  for (let after: Id | undefined; ; ) {
    const conditions: Where[] = [...(after === undefined ? [] : [{ id: { greater_than: after } }]), ...(since ? [{ updatedAt: { greater_than_equal: since.toISOString() } }] : [])]
    const where: Where = conditions.length ? { and: conditions } : {}
    const { docs } = await payload.find({ collection: 'statements', where, sort: 'id', limit: batchSize, pagination: false, depth: 0, overrideAccess: true, select: { kind: true, publishedAt: true, sourceLanguage: true, externalId: true, speakers: true, topics: true } })
    if (docs.length === 0) break
    const ids = docs.map((doc) => doc.id)
    const versions = new Map<LocaleCode, Awaited<ReturnType<typeof readVersions>>>()
    for (const code of languages) versions.set(code, await readVersions(payload, ids, code, drafts))
    const records = (await payload.find({ collection: translationsSlug, where: { statement: { in: ids } }, depth: 0, pagination: false, limit: ids.length * localeCodes.length, overrideAccess: true })).docs
    const oldUrls = (await payload.find({ collection: oldUrlsSlug, where: { statement: { in: ids } }, depth: 0, pagination: false, limit: 0, overrideAccess: true })).docs
    for (const doc of docs) {
      const speakers = new Map<string, ArchivePerson>()
      for (const id of doc.speakers ?? []) {
        const person = await references.person(typeof id === 'object' ? id.id : id)
        if (person) speakers.set(person.slug, person)
      }
      const topics = []
      for (const id of doc.topics ?? []) {
        const topic = await references.topic(typeof id === 'object' ? id.id : id)
        if (topic) topics.push(topic)
      }
      const media = new Map<string, ArchiveStatement['media'][number]>()
      const line: Record<string, ArchiveVersion> = {}
      for (const code of languages) {
        const version = versions.get(code)!.get(String(doc.id))
        if (!version) continue
        const record = records.find((r) => String(typeof r.statement === 'object' ? r.statement.id : r.statement) === String(doc.id) && r.language === code)
        const root = (version.body as { root?: never } | null | undefined)?.root
        const body = root ? { ...(version.body as object), root: await references.body(root, speakers, media) } : undefined
        line[code] = {
          title: version.title,
          ...(version.summary ? { summary: version.summary } : {}),
          ...(version.slug ? { slug: version.slug } : {}),
          status: version._status as 'published' | 'draft',
          ...(body ? { body: { lexical: body as never } } : {}),
          ...(record ? { translationStatus: record.status } : {}),
          oldUrls: oldUrls.filter((old) => String(typeof old.statement === 'object' ? old.statement.id : old.statement) === String(doc.id) && old.locale === code).map((old) => old.path),
        }
      }
      if (Object.keys(line).length === 0) continue
      const statement = {
        externalId: doc.externalId ?? `statement-${doc.id}`,
        kind: doc.kind,
        publishedAt: doc.publishedAt,
        sourceLanguage: doc.sourceLanguage ?? 'en-GB',
        speakers: [...speakers.values()],
        topics,
        media: [...media.values()],
        languages: line,
      }
      const checked = archiveStatement.safeParse(statement)
      if (!checked.success) {
        skipped += 1
        warn(`statement ${doc.id}: not exported, it does not fit the archive format: ${describeIssues(checked.error)}`)
        continue
      }
      await write(checked.data)
      exported += 1
      onStatement?.(exported)
    }
    after = ids.at(-1)
    await nextTurnOfTheEventLoop()
  }
  out.end()
  await once(fileStream, 'close')
  return { exported, skipped }
}
