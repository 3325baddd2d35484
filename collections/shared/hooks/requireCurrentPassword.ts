import type { CollectionBeforeOperationHook } from 'payload'

import { passwordMatches } from '../passwordMatches'
import { refuseInAdminLanguage } from '../refuseInAdminLanguage'
import { hasRole } from '../roles'

const given = (value: unknown): value is string => typeof value === 'string' && value !== ''
const sameEmail = (a: unknown, b: unknown) => String(a ?? '').trim().toLowerCase() === String(b ?? '').trim().toLowerCase()

/**
 * A stolen session should not be enough to take an account over: changing
 * one's own e-mail or password needs `currentPassword` in the same request
 * (the account page has a field for it). An administrator changing someone
 * else's is exempt. A save that sends the unchanged e-mail back, as the admin
 * form does, is not a change. A non-administrator's update of many can only
 * reach their own account, so it counts as their own.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user) return args
  const data = (args.data ?? {}) as { email?: unknown; password?: unknown; currentPassword?: unknown }
  const { id } = args as { id?: number | string }
  const own = id !== undefined ? String(id) === String(req.user.id) : !hasRole(req.user, 'admin')
  if (!own || (!given(data.password) && data.email === undefined)) return args
  const stored = (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: req.user.id } }, req })) as Record<string, unknown> | null
  const changesEmail = data.email !== undefined && !sameEmail(data.email, stored?.email)
  if (!given(data.password) && !changesEmail) return args
  const what = given(data.password) ? (changesEmail ? ['e-mail and password', 'адрес и пароль'] : ['password', 'пароль']) : ['e-mail', 'адрес']
  if (!given(data.currentPassword)) {
    refuseInAdminLanguage(req, {
      en: `To change your ${what[0]}, enter your current password as well (currentPassword).`,
      ru: `Чтобы изменить ${what[1]}, введите также текущий пароль (currentPassword).`,
    })
  }
  if (!stored || !(await passwordMatches(data.currentPassword as string, stored))) {
    refuseInAdminLanguage(req, {
      en: `Your current password is not correct, so your ${what[0]} was not changed.`,
      ru: `Текущий пароль указан неверно, поэтому ${what[1]} не изменён.`,
    })
  }
  return args
}
