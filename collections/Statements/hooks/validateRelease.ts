import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { defaultLocale, localeCodes } from '../../../src/i18n/locales'
import type { Statement } from '../../../src/payload-types'
import { keepRequestLocale } from '../../shared/keepRequestLocale'
import { findTranslationRecords } from '../../Translations/findTranslationRecords'
import { publishable, statusLabel } from '../../Translations/statuses'

const sameInstant = (a: unknown, b: unknown) => (a ? new Date(a as string).getTime() : null) === (b ? new Date(b as string).getTime() : null)

/**
 * Scheduling a release (setting `releaseAt`) is refused unless the instant
 * is in the future, nothing of the statement is public yet, the source
 * language has a title, and every other language with text is approved.
 * Without a publication date, the statement is dated at its release.
 */
export const validateRelease: CollectionBeforeChangeHook<Statement> = async ({ data, operation, originalDoc, req }) => {
  if (!('releaseAt' in data) || !data.releaseAt || sameInstant(data.releaseAt, originalDoc?.releaseAt)) return data
  const refuse = (message: string, status = 403): never => {
    throw new APIError(`Cannot schedule the release: ${message}`, status, null, true)
  }
  const at = new Date(data.releaseAt)
  if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) refuse('the release time must be in the future.', 400)
  if (operation === 'create' || !originalDoc?.id) refuse('save the statement first, then schedule its release.', 400)
  const source = data.sourceLanguage ?? originalDoc!.sourceLanguage ?? defaultLocale.code
  const all = (await keepRequestLocale(req, () =>
    req.payload.findByID({ collection: 'statements', id: originalDoc!.id, locale: 'all', draft: true, depth: 0, overrideAccess: true, req }),
  )) as unknown as { title?: Record<string, string | null> }
  const live = await req.payload.db.findOne({ collection: 'statements', where: { id: { equals: originalDoc!.id } }, locale: 'all', req })
  const liveStatus = (live as { _status?: Record<string, string> } | null)?._status
  const public_ = Object.entries(liveStatus && typeof liveStatus === 'object' ? liveStatus : {}).filter(([, status]) => status === 'published')
  if (public_.length > 0) refuse(`it is already published in ${public_.map(([code]) => code).join(', ')}; a release is for a statement nobody can see yet.`)
  const sourceTitle = String(req.locale) === source && data.title ? data.title : all.title?.[source]
  if (!sourceTitle) refuse(`the source language (${source}) has no title yet.`)
  const records = await findTranslationRecords(req, originalDoc!.id)
  const unready = localeCodes
    .filter((code) => code !== source)
    .map((code) => ({ code, status: records.get(code)?.status ?? 'missing' }))
    .filter(({ status }) => status !== 'missing' && !publishable.includes(status))
  if (unready.length > 0) {
    refuse(`${unready.map(({ code, status }) => `${code} is "${statusLabel(status)}"`).join(', ')}; every language with text must be approved first (or have no text, and stay unpublished).`)
  }
  return { ...data, publishedAt: data.publishedAt ?? originalDoc!.publishedAt ?? at.toISOString() }
}
