import type { PayloadRequest } from 'payload'

import { deferListingsContext, syncListings } from '../../collections/Listings/syncListings'
import { archiveImportContext } from '../../collections/shared/archiveImportContext'
import { keepRequestLocale } from '../../collections/shared/keepRequestLocale'
import { translationsSlug } from '../../collections/Translations'
import { findTranslationRecords } from '../../collections/Translations/findTranslationRecords'
import { snapshotOf } from '../../collections/Translations/sourceSnapshot'
import type { TranslationStatus } from '../../collections/Translations/statuses'
import { workflowContext } from '../../collections/Translations/workflowContext'
import { localeCodes, type LocaleCode } from '../i18n/locales'
import type { Statement } from '../payload-types'
import { archiveBodyToLexical } from './archiveBody'
import { refuse } from './archiveProblem'
import { checkOldPaths, claimSlug, keepOldPaths, oldUrlPath } from './claimAddresses'
import type { ArchiveStatement, ArchiveVersion } from './format'
import { importMedia } from './importMedia'
import { resolvePerson, resolveTopic } from './resolveTaxonomy'

type Id = number | string

export type ImportOptions = {
  /** The archive's file name, kept as the translations' provenance. */
  fileName: string
  archiveDir: string
  importedAt: string
  dryRun: boolean
}

export type ImportOutcome = 'imported' | 'updated' | 'unchanged'

const importContext = { [archiveImportContext]: true, [deferListingsContext]: true }

/** Where a language's translation record stands after the import (docs/archive-format.md). */
const recordStatus = (version: ArchiveVersion | undefined): TranslationStatus => {
  if (!version) return 'missing'
  const given = version.translationStatus as TranslationStatus | undefined
  if (version.status === 'published') return given === 'outdated' ? 'outdated' : 'published'
  if (given === 'published') return 'approved'
  return given ?? 'in-translation'
}

/** The source first: it creates the statement and carries the fields every language shares. */
const inWritingOrder = (statement: ArchiveStatement): LocaleCode[] =>
  [statement.sourceLanguage, ...localeCodes.filter((code) => code !== statement.sourceLanguage)].filter((code) => statement.languages[code])

/**
 * Writes one archived statement, every language, its people, topics,
 * media, translation records, old addresses and read-model rows, all
 * through `req` (the caller's transaction). Found by its external id: the
 * same line again is `unchanged` and writes nothing; a changed one updates
 * the statement in place (a new version). Refuses with an ArchiveProblem.
 */
export const importStatement = async (req: PayloadRequest, statement: ArchiveStatement, digest: string, options: ImportOptions): Promise<ImportOutcome> => {
  Object.assign(req.context, importContext)
  const { payload } = req
  const existing = (
    await keepRequestLocale(req, () =>
      payload.find({ collection: 'statements', where: { externalId: { equals: statement.externalId } }, depth: 0, limit: 1, overrideAccess: true, select: { archiveDigest: true, sourceLanguage: true }, req }),
    )
  ).docs[0] as Pick<Statement, 'id' | 'archiveDigest' | 'sourceLanguage'> | undefined
  if (existing?.archiveDigest === digest) return 'unchanged'
  if (existing && (existing.sourceLanguage ?? 'en-GB') !== statement.sourceLanguage) {
    refuse('source language changed', `statement ${statement.externalId} was imported with source language ${existing.sourceLanguage}; an archive cannot change it to ${statement.sourceLanguage}`)
  }

  const speakerIds = new Map<string, Id>()
  for (const person of statement.speakers) speakerIds.set(person.slug, await resolvePerson(req, person))
  const topicIds: Id[] = []
  for (const topic of statement.topics) topicIds.push(await resolveTopic(req, topic))
  const mediaIds = await importMedia(req, statement, options.archiveDir, options.dryRun)

  const languages = inWritingOrder(statement)
  const oldPaths = languages.flatMap((code) => (statement.languages[code]!.oldUrls ?? []).map((url) => ({ path: oldUrlPath(url), locale: code })))
  const duplicate = oldPaths.find((item, index) => oldPaths.findIndex((other) => other.path === item.path) !== index)
  if (duplicate) refuse('old URL already taken', `the old URL ${duplicate.path} is listed twice in this statement`)
  await checkOldPaths(req, oldPaths.map((item) => item.path), existing?.id)

  let id = existing?.id
  for (const code of languages) {
    const version = statement.languages[code]!
    const data = {
      title: version.title,
      summary: version.summary ?? null,
      slug: await claimSlug(req, code, version.slug, version.title, id),
      body: archiveBodyToLexical(payload, version.body, { speakerIds, mediaIds, mediaPaths: new Set(statement.media.map((item) => item.path)) }) ?? null,
      _status: version.status,
      // The first write (the source, when the archive has it) carries the fields every language shares.
      ...(code === languages[0]
        ? { kind: statement.kind, publishedAt: statement.publishedAt, speakers: [...speakerIds.values()], topics: topicIds, archiveDigest: digest }
        : {}),
    } as Partial<Statement>
    const write = { collection: 'statements' as const, locale: code, data, depth: 0, overrideAccess: true, req, context: importContext, select: { sourceLanguage: true } }
    if (id === undefined) {
      id = (await keepRequestLocale(req, () => payload.create({ ...write, data: { ...data, sourceLanguage: statement.sourceLanguage, externalId: statement.externalId } as never }))).id
    } else {
      await keepRequestLocale(req, () => payload.update({ ...write, id: id as Id }))
    }
  }

  await writeTranslationRecords(req, id as Id, statement, options)
  await keepOldPaths(req, id as Id, oldPaths)
  await syncListings(payload, id as Id, req)
  return existing ? 'updated' : 'imported'
}

/** Each language other than the source as if translated, approved and published here, with "imported" provenance. */
const writeTranslationRecords = async (req: PayloadRequest, id: Id, statement: ArchiveStatement, options: ImportOptions) => {
  const source = statement.languages[statement.sourceLanguage] ?? Object.values(statement.languages)[0]!
  const stored = await keepRequestLocale(req, () =>
    req.payload.findByID({ collection: 'statements', id, locale: statement.sourceLanguage, fallbackLocale: false, draft: false, depth: 0, overrideAccess: true, req, select: { title: true, summary: true, body: true } }),
  )
  const records = await findTranslationRecords(req, id)
  const context = { [workflowContext]: true, isRestoringVersion: false }
  for (const code of localeCodes.filter((c) => c !== statement.sourceLanguage)) {
    const record = records.get(code)
    // A language the line leaves out keeps the record it has.
    if (!statement.languages[code] && record) continue
    const status = recordStatus(statement.languages[code])
    const settled = status === 'published' || status === 'approved' || status === 'outdated'
    const data = {
      statement: id as number,
      language: code,
      label: `${source.title} — ${code}`,
      status,
      importedFrom: options.fileName,
      importedAt: options.importedAt,
      approvedAt: settled ? options.importedAt : null,
      publishedAt: status === 'published' ? options.importedAt : null,
      sourceSnapshot: settled ? snapshotOf(stored) : null,
      staleFields: [],
    }
    await keepRequestLocale(req, () =>
      record
        ? req.payload.update({ collection: translationsSlug, id: record.id, data, depth: 0, overrideAccess: true, req, context })
        : req.payload.create({ collection: translationsSlug, data, depth: 0, overrideAccess: true, req, context }),
    )
  }
}
