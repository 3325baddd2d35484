import type { Payload, Where } from 'payload'

import { listingsSlug } from '../../../collections/Listings'
import { inPayloadOrder } from '../../../collections/Listings/publicApiDoc'
import type { Locale } from '../../i18n/locales'
import { type SqliteReads, sqliteReadsOf } from '../../sqliteReadConnection'
import { countListings } from './listingCounts'
import type { PublicApiFilter, PublicApiQuery } from './publicApiQuery'

/**
 * Anonymous REST reads of published statements from the public read model
 * (collections/Listings): one row per published language version, holding
 * the document as Payload's REST API gives it to an anonymous reader at depth
 * 0 (`apiDoc`), written with the row inside the publishing transaction. A
 * list is one indexed range read and a count kept until content changes, as
 * for the public pages, where Payload's own query sorts and counts every
 * statement of the language (tens of milliseconds at 1,000 statements, on
 * the event loop). The order is Payload's: newest first, then the
 * statement's creation time. Answers the JSON text Payload would send, or
 * undefined when the read model does not hold the statement (Payload then
 * answers, with its own 404).
 */
export const answerPublicApiQuery = async (payload: Payload, query: PublicApiQuery): Promise<string | undefined> => {
  const sqlite = sqliteReadsOf(payload.db)
  if (query.shape === 'byId') {
    const doc = sqlite ? sqliteDocById(sqlite, query.locale, query.id) : await localApiDocById(payload, query.locale, query.id)
    return doc
  }
  const where = whereOf(query.locale, query.filter)
  const totalDocs = await countListings(payload, listingsSlug, `api:${query.locale.code}:${JSON.stringify(query.filter)}`, where)
  if (query.shape === 'count') return JSON.stringify({ totalDocs })
  const { limit, page } = query
  const docs = sqlite ? sqliteDocs(sqlite, query.locale, query.filter, limit, page) : await localApiDocs(payload, where, limit, page)
  // Payload's SQL adapters answer an empty page so, whatever the total (drizzle/find/findMany.js).
  if (docs.length === 0) return JSON.stringify({ docs: [], hasNextPage: false, hasPrevPage: false, limit, nextPage: null, page: 1, pagingCounter: 0, prevPage: null, totalDocs: 0, totalPages: 0 })
  const totalPages = Math.ceil(totalDocs / limit)
  const hasNextPage = totalPages > page
  const hasPrevPage = page > 1
  const rest = JSON.stringify({ hasNextPage, hasPrevPage, limit, nextPage: hasNextPage ? page + 1 : null, page, pagingCounter: (page - 1) * limit + 1, prevPage: hasPrevPage ? page - 1 : null, totalDocs, totalPages })
  return `{"docs":[${docs.join(',')}],${rest.slice(1)}`
}

const whereOf = (locale: Locale, { kind, topicId, personId }: PublicApiFilter): Where => ({
  and: [
    { locale: { equals: locale.code } },
    ...(kind ? [{ kind: { equals: kind } }] : []),
    ...(topicId !== undefined ? [{ topics: { contains: ` ${topicId} ` } }] : []),
    ...(personId !== undefined ? [{ speakers: { contains: ` ${personId} ` } }] : []),
  ],
})

/** A page of documents on SQLite's read-only connection, as stored: JSON text, ready to send. */
const sqliteDocs = (reads: SqliteReads, locale: Locale, { kind, topicId, personId }: PublicApiFilter, limit: number, page: number): string[] => {
  const conditions = ['locale = ?']
  const params: unknown[] = [locale.code]
  if (kind) conditions.push('kind = ?') && params.push(kind)
  if (topicId !== undefined) conditions.push('topics LIKE ?') && params.push(`% ${topicId} %`)
  if (personId !== undefined) conditions.push('speakers LIKE ?') && params.push(`% ${personId} %`)
  const sql = `SELECT api_doc FROM listings WHERE ${conditions.join(' AND ')} ORDER BY published_at DESC, statement_created_at DESC LIMIT ? OFFSET ?`
  const rows = reads.prepared(sql).all(...params, limit, (page - 1) * limit) as { api_doc: string | null }[]
  return rows.flatMap((row) => (row.api_doc ? [row.api_doc] : []))
}

const sqliteDocById = (reads: SqliteReads, locale: Locale, id: number): string | undefined => {
  const row = reads.prepared('SELECT api_doc FROM listings WHERE statement = ? AND locale = ?').get(String(id), locale.code) as { api_doc: string | null } | undefined
  return row?.api_doc ?? undefined
}

const localApiDocs = async (payload: Payload, where: Where, limit: number, page: number): Promise<string[]> => {
  const { docs } = await payload.find({ collection: listingsSlug, overrideAccess: true, depth: 0, where, sort: ['-publishedAt', '-statementCreatedAt'], limit, page, pagination: false, select: { apiDoc: true } })
  return docs.flatMap((doc) => (doc.apiDoc ? [JSON.stringify(inPayloadOrder(doc.apiDoc as Record<string, unknown>))] : []))
}

const localApiDocById = async (payload: Payload, locale: Locale, id: number): Promise<string | undefined> => {
  const { docs } = await payload.find({
    collection: listingsSlug,
    overrideAccess: true,
    depth: 0,
    where: { and: [{ statement: { equals: String(id) } }, { locale: { equals: locale.code } }] },
    limit: 1,
    pagination: false,
    select: { apiDoc: true },
  })
  const doc = docs[0]?.apiDoc as Record<string, unknown> | undefined
  return doc ? JSON.stringify(inPayloadOrder(doc)) : undefined
}
