import type { PayloadRequest } from 'payload'

import { defaultLocale } from '../../../src/i18n/locales'
import { requireWritableLanguage } from '../languageRights'

/**
 * Per-language rights on every localized collection and global: a
 * non-administrator writes only the languages assigned to them, through the
 * admin, REST, GraphQL or the Local API with a user. A write without a
 * `locale` is in the default language (see defaultLocaleWhenNoneAsked);
 * `locale=all` needs every language. A restore runs in the default language
 * whatever it writes; guardRestore checks the languages it changes instead.
 */
// Generic rather than a CollectionBeforeChangeHook: one hook for collections and globals, whose hook types differ.
export const writeOnlyAssignedLanguages = <Data>({ data, req }: { data: Data; req: PayloadRequest }): Data => {
  if (req.context?.isRestoringVersion) return data
  // Payload leaves the locale empty when none was asked and fallback is off: that write lands in the default one.
  requireWritableLanguage(req, String(req.locale || defaultLocale.code))
  return data
}
