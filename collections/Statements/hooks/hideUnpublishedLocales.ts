import type { CollectionAfterReadHook } from 'payload'

import { localeCodes } from '../../../src/i18n/locales'
import { hasRole } from '../../shared/roles'

/**
 * With `locale=all`, a reader without a newsroom role could otherwise see
 * every language of a document that is published in only one. Remove the
 * values of each language whose status is not published.
 */
export const hideUnpublishedLocales: CollectionAfterReadHook = ({ doc, req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'translator')) return doc
  const status = doc?._status
  if (req.locale !== 'all') return doc
  if (!status || typeof status !== 'object') {
    // Without the status there is no telling which language is public: show none.
    for (const value of Object.values(doc ?? {})) {
      if (value && typeof value === 'object' && !Array.isArray(value)) for (const code of localeCodes) delete (value as Record<string, unknown>)[code]
    }
    return doc
  }
  const hidden = Object.entries(status as Record<string, string>)
    .filter(([, value]) => value !== 'published')
    .map(([locale]) => locale)
  if (hidden.length === 0) return doc
  for (const value of Object.values(doc)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const locale of hidden) delete (value as Record<string, unknown>)[locale]
    }
  }
  return doc
}
