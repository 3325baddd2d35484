import type { Payload } from 'payload'

import { publicSearchContext } from '../../../collections/Statements/hooks/guardPublicReads'
import type { Locale } from '../../i18n/locales'
import type { Statement } from '../../payload-types'
import { stem, words } from '../../search/stemmers'
import { publicRead } from './statements'

export type SearchHit = Pick<Statement, 'id' | 'title' | 'slug' | 'summary' | 'kind' | 'publishedAt' | 'body'>

/** At most this many distinct words of a query are used. */
export const maxQueryWords = 8

/**
 * Published statements in one language whose stems contain every stem of
 * the query (each as a whole stem or the start of one), newest first. The
 * stems live in the database, so every instance answers the same.
 */
export const searchStatements = async (payload: Payload, locale: Locale, query: string, { page = 1, limit = 20 } = {}) => {
  const stems = [...new Set(words(query).map((word) => stem(locale, word)))].slice(0, maxQueryWords)
  if (stems.length === 0) return { stems, docs: [] as SearchHit[], totalDocs: 0, totalPages: 0 }
  const result = await payload.find({
    ...publicRead(locale),
    depth: 0,
    context: { [publicSearchContext]: true },
    where: { and: [{ _status: { equals: 'published' } }, ...stems.map((s) => ({ searchStems: { contains: ` ${s}` } }))] },
    sort: '-publishedAt',
    page,
    limit,
    select: { title: true, slug: true, summary: true, kind: true, publishedAt: true, body: true },
  })
  return { stems, docs: result.docs as SearchHit[], totalDocs: result.totalDocs, totalPages: result.totalPages }
}
