import type { CollectionBeforeDeleteHook } from 'payload'

import type { User } from '../../../src/payload-types'
import { writableLanguages } from '../languageRights'
import { languagesWithText } from '../languagesWithText'
import { refuseInAdminLanguage } from '../refuseInAdminLanguage'
import { hasRole } from '../roles'

/**
 * Deleting a document removes every language of it at once: a
 * non-administrator needs the rights to every language it has content in
 * (a draft included). Runs for each document of a delete of many too, which
 * Payload then answers 400 listing the refusals.
 */
export const deleteOnlyAssignedLanguages: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const user = req.user as User | null | undefined
  if (!user || hasRole(user, 'admin')) return
  const mine = writableLanguages(user)
  const others = (await languagesWithText(req, collection, id)).filter((code) => !mine.includes(code))
  if (others.length === 0) return
  const list = others.join(', ')
  refuseInAdminLanguage(req, {
    en: `You may not delete this document: it has text in ${list}, which you may not edit. Ask an editor for ${list} or an administrator.`,
    ru: `Вы не можете удалить этот документ: в нём есть текст на ${list}, а этот язык вам не назначен. Обратитесь к редактору ${list} или к администратору.`,
  })
}
