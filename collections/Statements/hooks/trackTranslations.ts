import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { defaultLocale, isLocaleCode, localeCodes } from '../../../src/i18n/locales'
import type { Statement, Translation, User } from '../../../src/payload-types'
import { archiveImportContext } from '../../shared/archiveImportContext'
import { keepRequestLocale } from '../../shared/keepRequestLocale'
import { hasRole } from '../../shared/roles'
import { translationsSlug } from '../../Translations'
import { findTranslationRecords } from '../../Translations/findTranslationRecords'
import { snapshotOf, staleFieldsBetween, type SourceSnapshot } from '../../Translations/sourceSnapshot'
import { settled, type TranslationStatus } from '../../Translations/statuses'
import { workflowContext } from '../../Translations/workflowContext'
import { saveOptions } from './noteSaveOptions'
import { minorEditContext } from './takeMinorEdit'

type RecordData = Partial<Omit<Translation, 'id' | 'statement' | 'createdAt' | 'updatedAt'>> & { statement?: Statement['id'] }

const contentFields = ['title', 'summary', 'body', 'slug'] as const
const contentChanged = (before: Partial<Statement> | undefined, after: Statement) =>
  contentFields.some((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null))

/**
 * Restoring a version sets `isRestoringVersion` on the request's context,
 * which nested writes inherit; Payload then leaves a partial update's other
 * fields unfilled and the record's required fields fail. Not a restore here.
 */
const recordContext = { [workflowContext]: true, isRestoringVersion: false }

const write = (req: PayloadRequest, record: Translation | undefined, data: RecordData) =>
  keepRequestLocale(req, () =>
    record
      ? req.payload.update({ collection: translationsSlug, id: record.id, data, depth: 0, overrideAccess: true, req, context: recordContext })
      : req.payload.create({ collection: translationsSlug, data: data as never, depth: 0, overrideAccess: true, req, context: recordContext }),
  )

/** The source language's text as saved now, read when the save was in another language. */
const readSource = async (req: PayloadRequest, id: Statement['id'], source: string): Promise<SourceSnapshot> => {
  const doc = await keepRequestLocale(req, () =>
    req.payload.findByID({ collection: 'statements', id, locale: source as never, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true, req }),
  )
  return snapshotOf(doc)
}

/**
 * Keeps each language's translation record in step with the statement:
 * created with the statement; `in-translation` when its text changes
 * (an editor's own change keeps an approval); `published` when it goes live;
 * `outdated`, with the changed source fields, when the source changes after
 * approval, unless the save was marked as a minor edit. Autosaves of the
 * source are drafts in progress and outdate nothing.
 */
export const trackTranslations: CollectionAfterChangeHook<Statement> = async ({ doc, previousDoc, operation, req }) => {
  const locale = String(req.locale)
  // The archive importer writes the records of what it imports itself, with their provenance.
  if (!isLocaleCode(locale) || req.context?.[workflowContext] || req.context?.[archiveImportContext]) return doc
  const source = doc.sourceLanguage ?? defaultLocale.code
  const user = req.user as User | null | undefined
  const now = new Date().toISOString()
  const records = operation === 'create' ? new Map<string, Translation>() : await findTranslationRecords(req, doc.id)
  const label = (code: string) => `${(locale === source ? doc.title : records.get(code)?.label?.split(' — ')[0]) ?? doc.id} — ${code}`

  for (const code of localeCodes.filter((c) => c !== source && !records.has(c))) {
    const hasText = code === locale && Boolean(doc.title)
    records.set(code, await write(req, undefined, { statement: doc.id, language: code, label: label(code), status: hasText ? 'in-translation' : 'missing' }) as Translation)
  }

  if (locale === source) {
    if (req.context?.[saveOptions.autosave]) return doc
    const current = snapshotOf(doc)
    for (const [code, record] of records) {
      const relabel = record.label !== label(code) ? { label: label(code) } : {}
      if (!settled.includes(record.status)) {
        if (relabel.label) await write(req, record, relabel)
        continue
      }
      if (req.context?.[minorEditContext] && record.status !== 'outdated') {
        await write(req, record, { ...relabel, sourceSnapshot: current })
        continue
      }
      const stale = staleFieldsBetween(record.sourceSnapshot, current)
      const status: TranslationStatus = stale.length > 0 ? 'outdated' : record.status === 'outdated' ? (record.publishedAt ? 'published' : 'approved') : record.status
      if (status !== record.status || stale.length > 0 || relabel.label) await write(req, record, { ...relabel, status, staleFields: stale })
    }
    return doc
  }

  const record = records.get(locale)
  if (!record) return doc
  if (doc._status === 'published' && !req.context?.[saveOptions.autosave]) {
    const snapshot = record.sourceSnapshot ? {} : { sourceSnapshot: await readSource(req, doc.id, source), approvedAt: now }
    await write(req, record, { status: 'published', publishedBy: user?.id ?? null, publishedAt: now, ...snapshot })
    return doc
  }
  if (!contentChanged(previousDoc, doc)) {
    // A language taken off the site (a save that is not a draft, to draft status) keeps its approval.
    const unpublished = !req.context?.[saveOptions.draft] && doc._status !== 'published'
    if (record.status === 'published' && unpublished) await write(req, record, { status: 'approved' })
    return doc
  }
  const approver = user && (hasRole(user, 'admin') || (hasRole(user, 'editor') && (user.languages ?? []).includes(locale as never)))
  const status: TranslationStatus =
    approver && (record.status === 'approved' || record.status === 'published') ? 'approved' : record.status === 'outdated' && !doc.title ? 'outdated' : doc.title ? 'in-translation' : 'missing'
  await write(req, record, { status, translatedBy: user?.id ?? record.translatedBy ?? null, translatedAt: now })
  return doc
}
