import type { Payload, Where } from 'payload'

import { listingsSlug } from '../../../collections/Listings'
import { listingTagsSlug } from '../../../collections/ListingTags'
import { statementsSlug } from '../../../collections/Statements'
import type { Locale } from '../../i18n/locales'
import type { Statement } from '../../payload-types'
import { sqliteReadsOf } from '../../sqliteReadConnection'
import { countListings } from './listingCounts'
import { type ListingRow, sqliteListRows, type StatementFilter, tagOfFilter } from './listRows'

/**
 * The only place the render layer reads statements. Every call reads as an
 * anonymous visitor (overrideAccess: false), in one locale, with no fallback
 * to another language and never a draft.
 */
export const publicRead = (locale: Locale) =>
  ({
    collection: statementsSlug,
    locale: locale.code,
    fallbackLocale: false,
    overrideAccess: false,
    draft: false,
  }) as const

const published: Where = { _status: { equals: 'published' } }

export type StatementListItem = Pick<Statement, 'title' | 'slug' | 'summary' | 'kind' | 'publishedAt'> & { id: string }

export type { StatementFilter }

/** A read of the public read model (collections/Listings): published language versions only, by construction. */
export const listingRead = (locale: Locale) =>
  ({ collection: listingsSlug, overrideAccess: true, depth: 0, where: { locale: { equals: locale.code } } }) as const

/**
 * A filter by topic or person reads the relation index (ListingTags): the
 * topic's tag if there is one, the person's otherwise, and the other relation
 * within that range. Without either, the listing rows themselves.
 */
const filterWhere = (locale: Locale, filter: StatementFilter): { collection: typeof listingsSlug | typeof listingTagsSlug; where: Where } => {
  const { kind, topicId, personId, from, to } = filter
  const tag = tagOfFilter(filter)
  const where: Where = {
    and: [
      { locale: { equals: locale.code } },
      ...(tag ? [{ tag: { equals: tag } }] : []),
      ...(kind ? [{ kind: { equals: kind } }] : []),
      ...(topicId !== undefined && personId !== undefined ? [{ speakers: { contains: ` ${personId} ` } }] : []),
      ...(from ? [{ publishedAt: { greater_than_equal: from.toISOString() } }] : []),
      ...(to ? [{ publishedAt: { less_than_equal: to.toISOString() } }] : []),
    ],
  }
  return { collection: tag ? listingTagsSlug : listingsSlug, where }
}

export const listSelect = { statement: true, title: true, slug: true, summary: true, kind: true, publishedAt: true } as const

export const toListItem = ({ statement, title, slug, summary, kind, publishedAt }: ListingRow): StatementListItem => ({
  id: statement,
  title,
  slug,
  summary: summary ?? null,
  kind,
  publishedAt,
})

/**
 * Published statements in one language, newest first, filtered and
 * paginated: one indexed range read of the read model, and a count that is
 * kept until published content changes.
 */
export const findStatements = async (
  payload: Payload,
  locale: Locale,
  { limit = 20, page = 1, filter = {} }: { limit?: number; page?: number; filter?: StatementFilter } = {},
) => {
  const { collection, where } = filterWhere(locale, filter)
  const sqlite = sqliteReadsOf(payload.db)
  const [rows, totalDocs] = await Promise.all([
    sqlite ? sqliteListRows(sqlite, locale, filter, { limit, page }) : findListRows(payload, locale, filter, { limit, page }),
    countListings(payload, collection, `list:${locale.code}:${JSON.stringify(filter)}`, where),
  ])
  return { docs: rows.map(toListItem), totalDocs, totalPages: Math.ceil(totalDocs / limit) }
}

/** A page of a list through the Local API: the listing rows, or the relation index's then their listing rows. */
export const findListRows = async (payload: Payload, locale: Locale, filter: StatementFilter, { limit, page }: { limit: number; page: number }): Promise<ListingRow[]> => {
  const { collection, where } = filterWhere(locale, filter)
  if (collection === listingTagsSlug) return findTagged(payload, locale, where, { limit, page })
  const { docs } = await payload.find({ ...listingRead(locale), where, sort: '-publishedAt', limit, page, pagination: false, select: listSelect })
  return docs as ListingRow[]
}

/** One page of the relation index, then those statements' listing rows: two indexed reads, in the index's order. */
const findTagged = async (payload: Payload, locale: Locale, where: Where, { limit, page }: { limit: number; page: number }): Promise<ListingRow[]> => {
  const tagged = await payload.find({ collection: listingTagsSlug, overrideAccess: true, depth: 0, where, sort: '-publishedAt', limit, page, pagination: false, select: { statement: true } })
  const ids = tagged.docs.map((doc) => doc.statement)
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    ...listingRead(locale),
    where: { and: [{ locale: { equals: locale.code } }, { statement: { in: ids } }] },
    limit: ids.length,
    pagination: false,
    // Not the default (newest first): SQLite would walk the date index of the whole language
    // for it, where the (statement, locale) index finds the twenty rows at once.
    sort: 'statement',
    select: listSelect,
  })
  const byStatement = new Map((docs as ListingRow[]).map((row) => [row.statement, row]))
  return ids.flatMap((id) => byStatement.get(id) ?? [])
}

export const findStatementBySlug = async (payload: Payload, locale: Locale, slug: string) => {
  const { docs } = await payload.find({
    ...publicRead(locale),
    where: { and: [published, { slug: { equals: slug } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    populate: {
      people: { name: true, position: true, slug: true },
      topics: { name: true, slug: true },
    },
  })
  return (docs[0] as Statement | undefined) ?? null
}

/** The current slug of the statement that was published under `slug` before, in this language. */
export const findCurrentSlug = async (payload: Payload, locale: Locale, slug: string): Promise<string | null> => {
  const { docs } = await payload.find({
    ...publicRead(locale),
    where: { and: [published, { previousSlugs: { contains: ` ${slug} ` } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true },
  })
  return docs[0]?.slug ?? null
}

export type PublishedVersion = { locale: Locale; slug: string }
