import { locales } from '../i18n/locales'

/** The admin's languages (Payload's `i18n.supportedLanguages`), one per locale's `adminLanguage`. */
export const adminLanguages = [...new Set(locales.map((locale) => locale.adminLanguage))]
export type AdminLanguage = (typeof adminLanguages)[number]

export const defaultAdminLanguage: AdminLanguage = 'en'

export const isAdminLanguage = (value: unknown): value is AdminLanguage => adminLanguages.includes(value as AdminLanguage)

/** The language a person's e-mails are written in: the one they use the admin in. */
export const adminLanguageOf = (user: { adminLanguage?: string | null } | null | undefined): AdminLanguage =>
  isAdminLanguage(user?.adminLanguage) ? user.adminLanguage : defaultAdminLanguage

/** A content locale's name in an admin language: `ru-RU` is "Russian" in English and "русский" in Russian. */
export const languageName = (code: string, inLanguage: AdminLanguage): string =>
  new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code.split('-')[0]) ?? code
