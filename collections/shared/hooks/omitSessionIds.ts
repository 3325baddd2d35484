import type { CollectionAfterReadHook } from 'payload'

/**
 * Payload's own session checks read the user with access overridden and need
 * the list; every other read leaves it out. Field read access alone still
 * answered `"sessions": []`: the key goes too.
 */
export const omitSessionIds: CollectionAfterReadHook = ({ doc, overrideAccess }) => {
  if (!overrideAccess && doc && typeof doc === 'object') delete (doc as { sessions?: unknown }).sessions
  return doc
}
