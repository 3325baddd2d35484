import type { CollectionBeforeOperationHook } from 'payload'

import { defaultLocale } from '../../../src/i18n/locales'

/**
 * A REST or GraphQL request that names no locale gets the default one, as
 * the Local API does. With fallback off, Payload leaves such a request's
 * locale empty, and an anonymous reader asking `/api/statements` found
 * nothing at all: the published-only rule is per language and matched none.
 */
export const defaultLocaleWhenNoneAsked: CollectionBeforeOperationHook = ({ args, req }) => {
  if (!req.locale) req.locale = defaultLocale.code
  return args
}
