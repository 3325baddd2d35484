import type { Payload, Where } from 'payload'

import { listingsSlug } from '../../../collections/Listings'
import type { Locale } from '../../i18n/locales'
import { stem, words } from '../../search/stemmers'
import { countListings } from './listingCounts'
import { listingRead, listSelect, type StatementListItem, toListItem } from './statements'

export type SearchHit = StatementListItem & { plainText: string }

/** At most this many distinct words of a query are used. */
export const maxQueryWords = 8

/**
 * Published statements in one language whose stems contain every stem of
 * the query (each as a whole stem or the start of one), newest first. The
 * stems live in the read model, in the database, so every instance answers
 * the same; only published language versions are ever in it.
 */
export const searchStatements = async (payload: Payload, locale: Locale, query: string, { page = 1, limit = 20 } = {}) => {
  const stems = [...new Set(words(query).map((word) => stem(locale, word)))].slice(0, maxQueryWords)
  if (stems.length === 0) return { stems, docs: [] as SearchHit[], totalDocs: 0, totalPages: 0 }
  const where: Where = { and: [{ locale: { equals: locale.code } }, ...stems.map((s) => ({ searchStems: { contains: ` ${s}` } }))] }
  const [result, totalDocs] = await Promise.all([
    payload.find({ ...listingRead(locale), where, sort: '-publishedAt', page, limit, pagination: false, select: { ...listSelect, plainText: true } }),
    countListings(payload, listingsSlug, `search:${locale.code}:${[...stems].sort().join(' ')}`, where),
  ])
  const docs = result.docs.map((doc) => ({ ...toListItem(doc as never), plainText: String((doc as { plainText?: string }).plainText ?? '') }))
  return { stems, docs, totalDocs, totalPages: Math.ceil(totalDocs / limit) }
}
