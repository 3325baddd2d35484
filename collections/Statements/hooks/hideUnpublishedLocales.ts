import type { CollectionAfterReadHook } from 'payload'

import { localeCodes } from '../../../src/i18n/locales'
import { hasRole } from '../../shared/roles'

type Doc = Record<string, unknown>

const isObject = (value: unknown): value is Doc => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Removes the given languages' values from each localized field of the document. */
const dropLanguages = (doc: Doc, localizedFields: string[], languages: readonly string[]) => {
  for (const name of localizedFields) {
    const value = doc[name]
    if (isObject(value)) for (const code of languages) delete value[code]
  }
}

/**
 * A reader without a newsroom role sees only the languages whose status is
 * published. A read of every language (`locale=all`, `*`) would otherwise
 * hand over each language a document holds, published or not: a withdrawn
 * translation, or one saved without being approved.
 *
 * The document's own shape says whether it is such a read: its localized
 * `_status` is an object of languages, not one value. `req.locale` cannot
 * say: Payload rewrites it while it populates links (a person in an answer
 * block is read one language at a time), so a hook reading it after
 * population sees whichever language was populated last.
 */
export const hideUnpublishedLocales: CollectionAfterReadHook = ({ collection, doc, req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'translator') || !isObject(doc)) return doc
  const localizedFields = collection.flattenedFields.flatMap((field) => ('localized' in field && field.localized && field.name !== '_status' ? [field.name] : []))
  const status = doc._status
  if (typeof status === 'string') return doc
  if (isObject(status)) {
    // A language missing from the status was never published, like one marked draft.
    dropLanguages(doc, localizedFields, localeCodes.filter((code) => status[code] !== 'published'))
    return doc
  }
  // Without the status there is no telling which language is public: show none of an all-languages read.
  dropLanguages(doc, localizedFields, localeCodes)
  return doc
}
