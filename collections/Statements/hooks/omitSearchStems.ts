import type { CollectionAfterReadHook } from 'payload'

/** The search index is for querying only: it never appears in a response, in any locale. */
export const omitSearchStems: CollectionAfterReadHook = ({ doc }) => {
  if (doc && typeof doc === 'object' && 'searchStems' in doc) delete doc.searchStems
  return doc
}
