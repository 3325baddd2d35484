import type { CollectionConfig, Field } from 'payload'

import type { User } from '../payload-types'
import { isAdminField } from '../../collections/shared/access/isAdmin'
import { adminLanguages, defaultAdminLanguage, isAdminLanguage } from './adminLanguage'
import { inviteWhenNoPassword, queueInvitation } from './invitations'

export const rememberAdminLanguageContext = 'rememberAdminLanguage'

/**
 * Keeps `adminLanguage` on the language the person uses the admin in, so their e-mails are written in it.
 * Payload keeps that language in the `payload-lng` cookie (the account page's switch) or the browser's
 * Accept-Language, and the admin asks for `/me` with it on every page load; no hook runs when the switch
 * is made. Only the admin's own requests count (signed in by the session cookie), never a script's.
 */
type AfterMeHook = NonNullable<NonNullable<CollectionConfig['hooks']>['afterMe']>[number]

const rememberAdminLanguage: AfterMeHook = async ({ req, response }) => {
  const user = (response as { user?: User | null })?.user
  const language = req.i18n?.language
  const byCookie = (req.headers.get('cookie') ?? '').includes(`${req.payload.config.cookiePrefix}-token=`)
  if (!user || !byCookie || !isAdminLanguage(language) || user.adminLanguage === language) return response
  try {
    await req.payload.update({ collection: 'users', id: user.id, data: { adminLanguage: language }, depth: 0, overrideAccess: true, context: { [rememberAdminLanguageContext]: true } })
    user.adminLanguage = language
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: `Could not remember the admin language of user ${user.id}` })
  }
  return response
}

/** The users collection's e-mail settings: its fields and hooks, spread into `collections/Users.ts`. */
export const userEmailSettings = {
  fields: [
    {
      name: 'adminLanguage',
      type: 'select',
      defaultValue: defaultAdminLanguage,
      options: adminLanguages.map((value) => ({ value, label: { en: 'English', ru: 'Русский' }[value] })),
      label: { en: 'Language of e-mails', ru: 'Язык писем' },
      admin: {
        description: {
          en: 'Chosen by an administrator for the invitation; afterwards it follows the language this person uses the admin in.',
          ru: 'Задаёт администратор для приглашения; затем он следует языку, на котором этот человек работает в админке.',
        },
      },
    },
    {
      name: 'emailNotifications',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'E-mail me about translations in my languages', ru: 'Присылать письма о переводах на мои языки' },
    },
    {
      name: 'sendInvitation',
      type: 'checkbox',
      virtual: true,
      label: { en: 'Send an invitation: the person chooses their own password', ru: 'Отправить приглашение: пароль человек задаст сам' },
      access: { create: isAdminField, update: () => false },
      admin: { condition: (_data, _sibling, { operation }) => operation === 'create', components: { Field: '/components/SendInvitationField#SendInvitationField' } },
    },
  ] satisfies Field[],
  beforeValidate: [inviteWhenNoPassword],
  afterChange: [queueInvitation],
  afterMe: [rememberAdminLanguage],
}
