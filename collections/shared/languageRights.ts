import type { PayloadRequest } from 'payload'

import { localeCodes } from '../../src/i18n/locales'
import type { User } from '../../src/payload-types'
import { refuseInAdminLanguage } from './refuseInAdminLanguage'
import { hasRole } from './roles'

type MaybeUser = Pick<User, 'roles' | 'languages'> | null | undefined

/** The languages a person may write: every one for an administrator. */
export const writableLanguages = (user: MaybeUser): string[] =>
  hasRole(user, 'admin') ? [...localeCodes] : [...(user?.languages ?? [])]

/** Whether the person may write `locale`; `all` (every language at once) needs every language. */
export const mayWriteLanguage = (user: MaybeUser, locale: string): boolean => {
  const mine = writableLanguages(user)
  return locale === 'all' ? localeCodes.every((code) => mine.includes(code)) : mine.includes(locale)
}

const listed = (codes: string[], none: string) => codes.join(', ') || none

/**
 * Refuses a write in a language the signed-in person is not assigned. Writes
 * without a person (seeding, scripts on the Local API) are not limited.
 */
export const requireWritableLanguage = (req: PayloadRequest, locale: string): void => {
  const user = req.user as MaybeUser
  if (!user || mayWriteLanguage(user, locale)) return
  const mine = writableLanguages(user)
  const [enWhere, ruWhere] = locale === 'all' ? ['every language at once', 'сразу на всех языках'] : [`in ${locale}`, `на языке ${locale}`]
  refuseInAdminLanguage(req, {
    en: `You may edit only ${listed(mine, 'no languages')}; this save was ${enWhere}. Ask an administrator to assign ${locale === 'all' ? 'the other languages' : locale} to you.`,
    ru: `Вы можете редактировать только ${listed(mine, 'никакие языки')}; это сохранение ${ruWhere}. Попросите администратора назначить вам ${locale === 'all' ? 'остальные языки' : locale}.`,
  })
}
