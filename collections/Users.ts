import type { CollectionConfig } from 'payload'

import { passwordResetEmail } from '../src/email/passwordResetEmail'
import { userEmailSettings } from '../src/email/userEmailSettings'
import { env } from '../src/env'
import { localeCodes, localeFromCode } from '../src/i18n/locales'
import { isAdmin, isAdminField } from './shared/access/isAdmin'
import { isAdminOrSelf } from './shared/access/isAdminOrSelf'
import { firstUserIsAdmin } from './shared/hooks/firstUserIsAdmin'
import { onlyAdminsGrantRoles } from './shared/hooks/onlyAdminsGrantRoles'
import { rejectMalformedQuery } from './shared/hooks/rejectMalformedQuery'
import { requireObjectData } from './shared/hooks/requireObjectData'
import { roles } from './shared/roles'

export const usersSlug = 'users'

export const Users: CollectionConfig = {
  slug: usersSlug,
  labels: {
    singular: { en: 'User', ru: 'Пользователь' },
    plural: { en: 'Users', ru: 'Пользователи' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    useAPIKey: false,
    // Secure cookies whenever the site is served over HTTPS; Lax keeps them off cross-site posts.
    cookies: { secure: env.serverUrl.startsWith('https:'), sameSite: 'Lax' },
    // The reset e-mail in the person's own admin language (src/email).
    forgotPassword: passwordResetEmail,
  },
  access: {
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'languages'] },
  hooks: {
    beforeOperation: [requireObjectData, rejectMalformedQuery, onlyAdminsGrantRoles],
    beforeChange: [firstUserIsAdmin],
    // E-mail: invitations instead of passwords, and the language e-mails are written in.
    beforeValidate: userEmailSettings.beforeValidate,
    afterChange: userEmailSettings.afterChange,
    afterMe: userEmailSettings.afterMe,
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', ru: 'Имя' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { en: 'Roles', ru: 'Роли' },
      // Only administrators grant roles, so nobody can raise their own.
      access: { create: isAdminField, update: isAdminField },
      options: roles.map((role) => ({
        value: role,
        label: {
          admin: { en: 'Administrator', ru: 'Администратор' },
          editor: { en: 'Editor', ru: 'Редактор' },
          translator: { en: 'Translator', ru: 'Переводчик' },
        }[role],
      })),
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      defaultValue: [...localeCodes],
      saveToJWT: true,
      label: { en: 'Languages', ru: 'Языки' },
      admin: { description: { en: 'The languages this person may edit.', ru: 'Языки, которые этот пользователь может редактировать.' } },
      access: { create: isAdminField, update: isAdminField },
      options: localeCodes.map((code) => ({ value: code, label: localeFromCode(code)?.label ?? code })),
    },
    ...userEmailSettings.fields,
  ],
}
