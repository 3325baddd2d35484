import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, GlobalAfterChangeHook } from 'payload'

import { announceContentChange, type ContentChange } from '../../../src/render/cache/contentEvents'
import { archiveImportContext } from '../archiveImportContext'

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

const liveKey = (id: unknown) => `wasLive:${String(id)}`

/**
 * Notes whether the live document (not the latest draft, which is what
 * `previousDoc` holds after an autosave) was published in any language
 * before this write, so an unpublish is always announced.
 */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id || req.context?.seeding) return data
  const live = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, locale: 'all', req })
  req.context[liveKey(originalDoc.id)] = isPublished((live as { _status?: unknown } | null)?._status)
  return data
}

/**
 * Public pages are cached until something a reader can see changes. A draft
 * saved over a draft changes nothing public; a publish, an unpublish or any
 * change to people, topics or media does. Seeding switches this off.
 */
/**
 * Whether a write changed what readers can see: any write to a collection
 * without drafts, else one that is, was, or replaced a published version.
 * Seeding counts only when asked (`seeding: true`).
 */
export const changesPublicContent = (
  { collection, doc, previousDoc, req }: Pick<Parameters<CollectionAfterChangeHook>[0], 'collection' | 'doc' | 'previousDoc' | 'req'>,
  { seeding = false } = {},
): boolean => {
  if (req.context?.seeding) return seeding && isPublished(doc?._status)
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)
  const wasLive = Boolean(req.context?.[liveKey(doc?.id)])
  return !drafts || isPublished(doc?._status) || isPublished(previousDoc?._status) || wasLive
}

export const announcePublicChange: CollectionAfterChangeHook = (args) => {
  // An archive import announces once per batch of statements (src/archive/importArchive.ts).
  if (args.req.context?.[archiveImportContext]) return args.doc
  if (changesPublicContent(args)) announce({ collection: args.collection.slug, id: args.doc?.id })
  return args.doc
}

export const announcePublicDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (!req.context?.seeding) announce({ collection: collection.slug, id: doc?.id })
  return doc
}

export const announceGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  if (!req.context?.seeding) announce({ collection: global.slug })
  return doc
}
