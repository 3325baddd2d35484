import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { defaultLocale } from '../../../src/i18n/locales'

type Words = { en: string; ru: string }

/**
 * People and topics are found on the public site by a name in the default
 * language (en-GB). A create in another language stored a record with no
 * English name at all (the admin had kept the last content language), so a
 * create must carry the name in the default language; other languages are
 * added to the saved record. Refused with a 400 that names the field, in the
 * person's admin language. A beforeChange hook placed after the language-rights check, so someone who may
 * not write the language at all hears that (403) rather than this.
 */
export const requireDefaultLocaleName =
  (field: string, what: Words): CollectionBeforeChangeHook =>
  ({ data, operation, req, collection }) => {
    if (operation !== 'create') return data
    const value = (data as Record<string, unknown> | undefined)?.[field]
    const inDefault = !req.locale || req.locale === defaultLocale.code ? value : value && typeof value === 'object' ? (value as Record<string, unknown>)[defaultLocale.code] : undefined
    if (typeof inDefault === 'string' && inDefault.trim() !== '') return data
    const ru = req.i18n?.language === 'ru'
    const message = ru
      ? `Нужно имя на языке по умолчанию (${defaultLocale.adminLabel.ru}, ${defaultLocale.code}): ${what.ru} создаётся на этом языке, другие языки добавляются после сохранения.`
      : `A name in the default language (${defaultLocale.adminLabel.en}, ${defaultLocale.code}) is required: create the ${what.en} in ${defaultLocale.adminLabel.en}, then add other languages once it is saved.`
    throw new ValidationError({ collection: collection.slug, errors: [{ path: field, message }], req }, req.t)
  }
