import { and, desc, eq, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, Where } from 'payload'

import { listingsSlug } from '../../../collections/Listings'
import type { Locale } from '../../i18n/locales'
import { stem, words } from '../../search/stemmers'
import { stemsQuery, stemsVector } from '../../postgresSearchIndex'
import { type SqliteReads, sqliteReadsOf } from '../../sqliteReadConnection'
import { searchIndexTable } from '../../sqliteSearchIndex'
import { countListings, rememberCount } from './listingCounts'
import { listingRead, listSelect, type StatementListItem, toListItem } from './statements'

export type SearchHit = StatementListItem & { plainText: string }

/** At most this many distinct words of a query are used. */
export const maxQueryWords = 8

type Page = { page: number; limit: number }
type Found = { docs: SearchHit[]; totalDocs: number }

/**
 * Through the Local API, on every database: rows whose stems contain each
 * query stem as a whole stem or the start of one (` stem`), newest first. A
 * scan of the language's rows, stopping once a page is filled.
 */
export const searchThroughLocalApi = async (payload: Payload, locale: Locale, stems: string[], { page, limit }: Page): Promise<Found> => {
  const where: Where = { and: [{ locale: { equals: locale.code } }, ...stems.map((s) => ({ searchStems: { contains: ` ${s}` } }))] }
  const [result, totalDocs] = await Promise.all([
    payload.find({ ...listingRead(locale), where, sort: '-publishedAt', page, limit, pagination: false, select: { ...listSelect, plainText: true } }),
    countListings(payload, listingsSlug, `search:${locale.code}:${[...stems].sort().join(' ')}`, where),
  ])
  const docs = result.docs.map((doc) => ({ ...toListItem(doc as never), plainText: String((doc as { plainText?: string }).plainText ?? '') }))
  return { docs, totalDocs }
}

/** Each stem as an FTS5 prefix query (`"stem"*`), all of them required. */
const matchExpression = (stems: string[]): string => stems.map((s) => `"${s.replaceAll('"', '""')}"*`).join(' AND ')

type SqlHit = { statement: string; title: string; slug: string; summary: string | null; kind: SearchHit['kind']; published_at: string; plain_text: string | null }

/**
 * On SQLite: the same rows in the same order, found through the full-text
 * index of the stems (src/sqliteSearchIndex.ts) on the read-only
 * connection, so a rare word costs an index lookup rather than a scan of
 * every row in the language.
 */
export const searchThroughIndex = async (reads: SqliteReads, locale: Locale, stems: string[], { page, limit }: Page): Promise<Found> => {
  const match = matchExpression(stems)
  const matching = `FROM listings l WHERE l.locale = ? AND l.id IN (SELECT rowid FROM ${searchIndexTable} WHERE ${searchIndexTable} MATCH ?)`
  const rows = reads
    .prepared(`SELECT l.statement, l.title, l.slug, l.summary, l.kind, l.published_at, l.plain_text ${matching} ORDER BY l.published_at DESC, l.created_at DESC LIMIT ? OFFSET ?`)
    .all(locale.code, match, limit, (page - 1) * limit) as SqlHit[]
  const totalDocs = await rememberCount(`search-index:${locale.code}:${[...stems].sort().join(' ')}`, async () => {
    const counted = reads.prepared(`SELECT count(*) AS n ${matching}`).get(locale.code, match) as { n: number }
    return Number(counted.n)
  })
  const docs = rows.map(({ published_at, plain_text, ...row }) => ({ ...toListItem({ ...row, publishedAt: published_at }), plainText: plain_text ?? '' }))
  return { docs, totalDocs }
}

type PostgresDb = { name: string; drizzle: PostgresDrizzle; tables: Record<string, Record<string, unknown>> }
type PostgresDrizzle = { select: (fields?: Record<string, unknown>) => { from: (table: unknown) => PostgresQuery } }
type PostgresQuery = Promise<Record<string, unknown>[]> & {
  where: (condition: unknown) => PostgresQuery
  orderBy: (...order: unknown[]) => PostgresQuery
  limit: (n: number) => PostgresQuery
  offset: (n: number) => PostgresQuery
}

/** The adapter when it is PostgreSQL's, for the queries the Local API cannot express. */
export const postgresOf = (db: Payload['db']): PostgresDb | undefined => (db.name === 'postgres' ? (db as unknown as PostgresDb) : undefined)

/**
 * On PostgreSQL: the same rows in the same order, found through the GIN
 * index of the stems (src/postgresSearchIndex.ts) with a prefix query per
 * stem, so a rare word costs an index lookup rather than a scan.
 */
export const searchThroughPostgres = async (db: PostgresDb, locale: Locale, stems: string[], { page, limit }: Page): Promise<Found> => {
  const t = db.tables.listings as Record<string, unknown>
  const matching = and(eq(t.locale as never, locale.code), sql`${stemsVector(t.searchStems)} @@ ${stemsQuery(stems)}::tsquery`)
  const columns = { statement: t.statement, title: t.title, slug: t.slug, summary: t.summary, kind: t.kind, publishedAt: t.publishedAt, plainText: t.plainText }
  const rows = await db.drizzle.select(columns).from(t).where(matching).orderBy(desc(t.publishedAt as never), desc(t.createdAt as never)).limit(limit).offset((page - 1) * limit)
  const totalDocs = await rememberCount(`search-index:${locale.code}:${[...stems].sort().join(' ')}`, async () => {
    const [counted] = await db.drizzle.select({ n: sql<number>`count(*)` }).from(t).where(matching)
    return Number(counted?.n ?? 0)
  })
  const docs = rows.map(({ publishedAt, plainText, ...row }) => ({
    ...toListItem({ ...(row as Omit<SqlHit, 'published_at' | 'plain_text'>), publishedAt: new Date(String(publishedAt)).toISOString() }),
    plainText: String(plainText ?? ''),
  }))
  return { docs, totalDocs }
}

/**
 * Published statements in one language whose stems contain every stem of
 * the query (each as a whole stem or the start of one), newest first. Only
 * published language versions are in the read model the search reads, so
 * every instance answers the same. SQLite and PostgreSQL use their
 * full-text indexes; should that fail (SQLite's is being rebuilt), and on
 * MongoDB, the Local API scans.
 */
export const searchStatements = async (payload: Payload, locale: Locale, query: string, { page = 1, limit = 20 } = {}) => {
  const stems = [...new Set(words(query).map((word) => stem(locale, word)))].slice(0, maxQueryWords)
  if (stems.length === 0) return { stems, docs: [] as SearchHit[], totalDocs: 0, totalPages: 0 }
  const reads = sqliteReadsOf(payload.db)
  const postgres = postgresOf(payload.db)
  let found: Found | undefined
  if (reads || postgres) {
    try {
      found = reads ? await searchThroughIndex(reads, locale, stems, { page, limit }) : await searchThroughPostgres(postgres!, locale, stems, { page, limit })
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'search: the full-text index could not be read; scanning instead' })
    }
  }
  found ??= await searchThroughLocalApi(payload, locale, stems, { page, limit })
  return { stems, ...found, totalPages: Math.ceil(found.totalDocs / limit) }
}
