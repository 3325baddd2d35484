import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { deferListingsContext, dropListings, syncListings } from '../../Listings/syncListings'
import { changesPublicContent } from '../../shared/hooks/announcePublicChange'

/**
 * The public read model follows every write a reader could see: a publish,
 * an unpublish, a published version edited. A draft saved over a draft
 * (autosave, every two seconds while an editor types) changes nothing public
 * and costs nothing here. Seeding is not exempt: its statements are published;
 * a bulk import may defer the work to one `rebuildListings` at its end.
 */
export const keepListings: CollectionAfterChangeHook = async (args) => {
  const { doc, req } = args
  if (req.context?.[deferListingsContext]) return doc
  if (changesPublicContent(args, { seeding: true })) await syncListings(req.payload, doc.id, req)
  return doc
}

export const dropDeletedListings: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await dropListings(req.payload, doc.id, req)
  return doc
}
