import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { announceContentChange, type ContentChange } from '../../../src/render/cache/contentEvents'

/**
 * Announced at once, and again shortly after: hooks run inside the write's
 * transaction, so a page rendered between the first announcement and the
 * commit could still read, and cache, the old version.
 */
const announce = (change: ContentChange) => {
  announceContentChange(change)
  setTimeout(() => announceContentChange(change), 300).unref()
}

const isPublished = (status: unknown): boolean =>
  status === 'published' || (typeof status === 'object' && status !== null && Object.values(status).includes('published'))

/**
 * Public pages are cached until something a reader can see changes. A draft
 * saved over a draft changes nothing public; a publish, an unpublish or any
 * change to people, topics or media does. Seeding switches this off.
 */
export const announcePublicChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  if (req.context?.seeding) return doc
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)
  if (drafts && !isPublished(doc?._status) && !isPublished(previousDoc?._status)) return doc
  announce({ collection: collection.slug, id: doc?.id })
  return doc
}

export const announcePublicDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (!req.context?.seeding) announce({ collection: collection.slug, id: doc?.id })
  return doc
}

export const announceGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  if (!req.context?.seeding) announce({ collection: global.slug })
  return doc
}
