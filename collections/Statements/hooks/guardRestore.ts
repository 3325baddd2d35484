import type { CollectionBeforeOperationHook } from 'payload'

import { localeCodes } from '../../../src/i18n/locales'
import type { User } from '../../../src/payload-types'
import { refuseInAdminLanguage } from '../../shared/refuseInAdminLanguage'
import { hasRole } from '../../shared/roles'

type ByLocale = Record<string, unknown>

const differs = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)

/**
 * Restoring a version writes every language of it at once, past the
 * per-language checks a save meets (those see only the request's language).
 * Anyone but an administrator may restore a version only when it leaves the
 * languages they are not assigned as they are now; otherwise the restore is
 * refused with the languages it would change. Compared with the newest
 * version, so a translator's unpublished draft counts as what is there now.
 * Payload runs a restore in the default language whatever it writes, so the
 * per-language save checks step aside for it (`isRestoringVersion`) and this
 * is the check. A translator, who may not publish or unpublish, restores only
 * as a draft: the live document stays as it is.
 */
export const guardRestore: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'restoreVersion') return args
  const user = req.user as User | null | undefined
  if (!user || hasRole(user, 'admin')) return args
  const { draft } = args as { draft?: unknown }
  if (!hasRole(user, 'editor') && draft !== true && draft !== 'true') {
    refuseInAdminLanguage(req, {
      en: 'Translators may restore a version only as a draft ("Restore as draft"); an editor publishes it.',
      ru: 'Переводчик может восстановить версию только как черновик («Восстановить как черновик»); опубликует её редактор.',
    })
  }
  const others = localeCodes.filter((code) => !(user.languages ?? []).includes(code as never))
  if (others.length === 0) return args
  const { id } = args as { id?: number | string }
  const { docs } = await req.payload.db.findVersions({ collection: collection.slug, where: { id: { equals: id } }, locale: 'all', limit: 1, pagination: false, req })
  const version = docs[0]
  // CASE: no such version: Payload answers 404 itself.
  if (!version) return args
  // The newest version, drafts included: what the restore replaces, a translator's unpublished draft too.
  const newest = await req.payload.db.findVersions({ collection: collection.slug, where: { parent: { equals: version.parent } }, locale: 'all', sort: '-updatedAt', limit: 1, pagination: false, req })
  const current = newest.docs[0]?.version as Record<string, ByLocale | undefined> | undefined
  const localized = collection.flattenedFields.filter((field) => 'localized' in field && field.localized).map((field) => field.name)
  const changed = others.filter((code) =>
    [...localized, '_status'].some((name) =>
      differs(((version.version as Record<string, ByLocale | undefined>)[name] ?? {})[code], (current?.[name] ?? {})[code]),
    ),
  )
  if (changed.length === 0) return args
  const list = changed.join(', ')
  return refuseInAdminLanguage(req, {
    en: `Restoring this version would also change ${list}, which you may not edit. Copy the text you need into your own language, or ask an editor for every language to restore it.`,
    ru: `Восстановление этой версии изменит и ${list}, а этот язык вам не назначен. Перенесите нужный текст в свой язык или попросите редактора всех языков восстановить её.`,
  })
}
