import type { CollectionConfig } from 'payload'

import { passwordResetEmail } from '../src/email/passwordResetEmail'
import { userEmailSettings } from '../src/email/userEmailSettings'
import { env } from '../src/env'
import { localeCodes, localeFromCode } from '../src/i18n/locales'
import { isAdmin, isAdminField } from './shared/access/isAdmin'
import { emailVerificationNotInUse } from './shared/endpoints/emailVerificationNotInUse'
import { isAdminOrSelf } from './shared/access/isAdminOrSelf'
import { firstUserIsAdmin } from './shared/hooks/firstUserIsAdmin'
import { hashResetToken } from './shared/hooks/hashResetToken'
import { hashResetTokenOnReset } from './shared/hooks/hashResetTokenOnReset'
import { omitSessionIds } from './shared/hooks/omitSessionIds'
import { onlyAdminsGrantRoles } from './shared/hooks/onlyAdminsGrantRoles'
import { requireCurrentPassword } from './shared/hooks/requireCurrentPassword'
import { rejectMalformedQuery } from './shared/hooks/rejectMalformedQuery'
import { clearSignInAttempts, countSignInAttempt, unlockSignIns } from './shared/hooks/signInLock'
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
    // Payload's lock is per account, so anyone could lock anyone out; ours is per account and address (./shared/hooks/signInLock.ts).
    maxLoginAttempts: 0,
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
  endpoints: [emailVerificationNotInUse],
  hooks: {
    beforeOperation: [requireObjectData, rejectMalformedQuery, onlyAdminsGrantRoles, requireCurrentPassword, hashResetTokenOnReset, countSignInAttempt],
    beforeChange: [firstUserIsAdmin],
    afterRead: [omitSessionIds],
    afterLogin: [clearSignInAttempts],
    afterOperation: [unlockSignIns],
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
      // The first account, made on the first-run form where nobody is signed in yet, becomes an administrator
      // (firstUserIsAdmin): the form says so instead of "Editor".
      defaultValue: ({ user }) => (user ? ['editor'] : ['admin']),
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
    {
      // Sent with a change of one's own e-mail or password and checked by requireCurrentPassword; never stored
      // (virtual) nor read back. Shown only on one's own account.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: { en: 'Current password (to change your e-mail or password)', ru: 'Текущий пароль (для смены адреса или пароля)' },
      hooks: { afterRead: [() => undefined] },
      admin: {
        components: { Field: '/components/CurrentPasswordField#CurrentPasswordField' },
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
        disableListColumn: true,
        disableListFilter: true,
        disableBulkEdit: true,
      },
    },
    // Payload's own auth fields, merged with these additions.
    // The reset token is stored hashed: see hashResetToken.
    { name: 'resetPasswordToken', type: 'text', hidden: true, hooks: { beforeChange: [hashResetToken] } },
    {
      // Session ids identify signed-in devices; nobody needs to read them back (Payload's own checks
      // read them with access overridden). Payload let a user read their own through /api/users/me.
      name: 'sessions',
      type: 'array',
      access: { read: () => false, update: () => false },
      admin: { disabled: true },
      fields: [],
    },
    ...userEmailSettings.fields,
  ],
}
