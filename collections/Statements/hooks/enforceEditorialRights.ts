import type { CollectionBeforeChangeHook } from 'payload'

import type { Statement, User } from '../../../src/payload-types'
import { refuseInAdminLanguage } from '../../shared/refuseInAdminLanguage'
import { hasRole } from '../../shared/roles'
import { saveOptions } from './noteSaveOptions'

/** Fields shared by every language: only editors change them. */
export const sharedFields = ['publishedAt', 'kind', 'speakers', 'topics', 'releaseAt', 'sourceLanguage'] as const

const idsOf = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' && 'id' in item ? item.id : item)) : value

const sameValue = (a: unknown, b: unknown): boolean => {
  const [left, right] = [idsOf(a), idsOf(b)]
  if (left instanceof Date || right instanceof Date || typeof left === 'string' || typeof right === 'string') {
    const [l, r] = [left, right].map((v) => (v ? new Date(v as string).getTime() || v : null))
    return l === r
  }
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null)
}

/** Whether `locale` is published in the live document (not the newest draft, which is what originalDoc holds). */
const isLive = async (req: Parameters<CollectionBeforeChangeHook>[0]['req'], id: number | string, locale: string): Promise<boolean> => {
  const live = (await req.payload.db.findOne({ collection: 'statements', where: { id: { equals: id } }, locale: 'all', req })) as { _status?: unknown } | null
  const status = live?._status
  return (status && typeof status === 'object' ? (status as Record<string, unknown>)[locale] : status) === 'published'
}

/**
 * A translator's limits, on every write whatever the route (admin, REST,
 * GraphQL, Local API without overrideAccess): they cannot publish, cannot
 * unpublish or rewrite a language that is live (their work goes into a draft
 * an editor publishes), and cannot change the fields shared by all
 * languages. Which languages anyone may write is writeOnlyAssignedLanguages'
 * rule, run before this. Each refusal says why, in the admin's language.
 */
export const enforceEditorialRights: CollectionBeforeChangeHook<Statement> = async ({ data, originalDoc, req }) => {
  const user = req.user as User | null | undefined
  // Local API calls without a user (seeding, scripts), administrators and editors are not limited here.
  if (!user || hasRole(user, 'admin', 'editor')) return data
  const locale = String(req.locale)
  // A restore runs in the default language with that language's restored status; guardRestore lets a
  // translator restore only as a draft, which leaves the live document alone.
  const restoring = Boolean(req.context?.isRestoringVersion)
  if (data._status === 'published' && !restoring) {
    refuseInAdminLanguage(req, {
      en: `Translators cannot publish. Save the ${locale} translation as a draft and ask an editor for ${locale} to publish it.`,
      ru: `Переводчик не может публиковать. Сохраните перевод ${locale} как черновик и попросите редактора ${locale} опубликовать его.`,
    })
  }
  // A save that is not a draft writes the live document: over a published language it would unpublish
  // it (`_status: draft`) or put unapproved text live.
  const draftSave = Boolean(req.context?.[saveOptions.draft])
  if (!draftSave && !restoring && originalDoc?.id !== undefined && (await isLive(req, originalDoc.id, locale))) {
    refuseInAdminLanguage(
      req,
      data._status === 'draft'
        ? {
            en: `Translators cannot unpublish ${locale}: only an editor for ${locale} may withdraw a published language. Save your changes as a draft instead.`,
            ru: `Переводчик не может снять с публикации ${locale}: отозвать опубликованную версию может только редактор ${locale}. Сохраните изменения как черновик.`,
          }
        : {
            en: `Translators cannot change the published ${locale} version directly. Save your changes as a draft (draft=true) and ask an editor for ${locale} to publish them.`,
            ru: `Переводчик не может менять опубликованную версию ${locale} напрямую. Сохраните изменения как черновик (draft=true) и попросите редактора ${locale} опубликовать их.`,
          },
    )
  }
  const changed = sharedFields.filter((field) => field in data && !sameValue(data[field], originalDoc?.[field]))
  if (changed.length > 0) {
    refuseInAdminLanguage(req, {
      en: `Translators cannot change ${changed.join(', ')}: these fields are shared by every language and are set by editors.`,
      ru: `Переводчик не может менять ${changed.join(', ')}: эти поля общие для всех языков, их задают редакторы.`,
    })
  }
  return data
}
