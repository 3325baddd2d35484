import { tagOf } from '../../../collections/Listings/syncListings'
import type { SqliteReads } from '../../sqliteReadConnection'
import type { Locale } from '../../i18n/locales'
import type { Statement } from '../../payload-types'

/** One statement of a list, as the read model holds it. */
export type ListingRow = { statement: string; title: string; slug: string; summary?: string | null; kind: Statement['kind']; publishedAt: string }

export type StatementFilter = {
  kind?: string
  topicId?: number | string
  personId?: number | string
  /** Inclusive bounds, as instants. */
  from?: Date
  to?: Date
}

/** The relation index's tag a filter reads (see collections/ListingTags.ts): the topic's if any, else the person's. */
export const tagOfFilter = ({ topicId, personId }: StatementFilter): string | undefined =>
  topicId !== undefined ? tagOf('topic', topicId) : personId !== undefined ? tagOf('person', personId) : undefined

type SqlRow = Omit<ListingRow, 'publishedAt'> & { published_at: string }

/**
 * A page of a list on SQLite's read-only connection: the same rows, in the
 * same order (Payload adds created_at, or id where a table has no
 * timestamps, after the date), as the Local API path in statements.ts, in one
 * statement prepared once per filter shape, instead of one or two Local API
 * reads at about 1 ms each. A tagged list joins its relation index rows to
 * their listing rows.
 */
export const sqliteListRows = (reads: SqliteReads, locale: Locale, filter: StatementFilter, { limit, page }: { limit: number; page: number }): ListingRow[] => {
  const tag = tagOfFilter(filter)
  const on = tag ? 't' : 'l'
  const conditions = [`${on}.locale = ?`]
  const params: unknown[] = [locale.code]
  const add = (condition: string, value: unknown) => {
    conditions.push(condition)
    params.push(value)
  }
  if (tag) add('t.tag = ?', tag)
  if (filter.kind) add(`${on}.kind = ?`, filter.kind)
  if (tag && filter.topicId !== undefined && filter.personId !== undefined) add('t.speakers LIKE ?', `% ${filter.personId} %`)
  if (filter.from) add(`${on}.published_at >= ?`, filter.from.toISOString())
  if (filter.to) add(`${on}.published_at <= ?`, filter.to.toISOString())
  const from = tag ? 'listing_tags t JOIN listings l ON l.statement = t.statement AND l.locale = t.locale' : 'listings l'
  const tieBreak = tag ? 't.id DESC' : 'l.created_at DESC'
  const sql = `SELECT l.statement, l.title, l.slug, l.summary, l.kind, l.published_at FROM ${from} WHERE ${conditions.join(' AND ')} ORDER BY ${on}.published_at DESC, ${tieBreak} LIMIT ? OFFSET ?`
  const rows = reads.prepared(sql).all(...params, limit, (page - 1) * limit) as SqlRow[]
  return rows.map(({ published_at, ...row }) => ({ ...row, publishedAt: published_at }))
}
