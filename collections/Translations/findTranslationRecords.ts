import type { PayloadRequest } from 'payload'

import type { Translation } from '../../src/payload-types'
import { keepRequestLocale } from '../shared/keepRequestLocale'
import { translationsSlug } from '.'

/** The translation records of one statement, by language, read inside the request's transaction. */
export const findTranslationRecords = async (req: PayloadRequest, statementId: number | string): Promise<Map<string, Translation>> => {
  const { docs } = await keepRequestLocale(req, () =>
    req.payload.find({
      collection: translationsSlug,
      where: { statement: { equals: statementId } },
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  )
  return new Map(docs.map((doc) => [doc.language, doc as Translation]))
}
