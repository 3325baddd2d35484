import type { CollectionBeforeDeleteHook } from 'payload'

import { translationsSlug } from '../../Translations'
import { workflowContext } from '../../Translations/workflowContext'
import { keepRequestLocale } from '../../shared/keepRequestLocale'

/** A statement being deleted takes its translation records with it, first, since they cannot point nowhere (the release log keeps its history). */
export const deleteTranslationRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await keepRequestLocale(req, () =>
    req.payload.delete({ collection: translationsSlug, where: { statement: { equals: id } }, overrideAccess: true, req, context: { [workflowContext]: true } }),
  )
}
