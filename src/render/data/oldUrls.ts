import type { Payload } from 'payload'

import { listingsSlug } from '../../../collections/Listings'
import { oldUrlsSlug } from '../../../collections/OldUrls'
import { localeFromCode } from '../../i18n/locales'
import { localePath } from '../format/chrome'

/** Longest path looked up; nothing longer was ever an address of the old site worth a query. */
const maxPathLength = 2000

/**
 * Where an address of the old site (collections/OldUrls.ts) now lives: the
 * current page of that language version, or nothing when the version is not
 * published (a draft's old address stays a 404, as its page does). Two
 * indexed reads: the path, then the read model's row of that version.
 */
export const findOldUrlTarget = async (payload: Payload, path: string): Promise<string | undefined> => {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path
  if (normalised.length > maxPathLength) return undefined
  const { docs } = await payload.find({ collection: oldUrlsSlug, where: { path: { equals: normalised } }, overrideAccess: true, depth: 0, limit: 1, pagination: false, select: { statement: true, locale: true } })
  const old = docs[0]
  const locale = old && localeFromCode(old.locale)
  if (!old || !locale) return undefined
  const statement = String(typeof old.statement === 'object' ? old.statement.id : old.statement)
  const { docs: rows } = await payload.find({
    collection: listingsSlug,
    where: { and: [{ statement: { equals: statement } }, { locale: { equals: locale.code } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true },
  })
  return rows[0]?.slug ? localePath(locale, `/statements/${rows[0].slug}`) : undefined
}
