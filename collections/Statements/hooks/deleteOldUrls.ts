import type { CollectionBeforeDeleteHook } from 'payload'

import { oldUrlsSlug } from '../../OldUrls'
import { keepRequestLocale } from '../../shared/keepRequestLocale'

/** A statement being deleted takes its old addresses with it: they cannot lead nowhere (the column is required). */
export const deleteOldUrls: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await keepRequestLocale(req, () => req.payload.delete({ collection: oldUrlsSlug, where: { statement: { equals: id } }, overrideAccess: true, req }))
}
