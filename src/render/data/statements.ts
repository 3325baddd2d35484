import type { Payload, Where } from 'payload'

import { listingsSlug } from '../../../collections/Listings'
import { statementsSlug } from '../../../collections/Statements'
import type { Locale } from '../../i18n/locales'
import type { Statement } from '../../payload-types'
import { countListings } from './listingCounts'

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

export type StatementFilter = {
  kind?: string
  topicId?: number | string
  personId?: number | string
  /** Inclusive bounds, as instants. */
  from?: Date
  to?: Date
}

/** A read of the public read model (collections/Listings): published language versions only, by construction. */
export const listingRead = (locale: Locale) =>
  ({ collection: listingsSlug, overrideAccess: true, depth: 0, where: { locale: { equals: locale.code } } }) as const

const filterWhere = (locale: Locale, { kind, topicId, personId, from, to }: StatementFilter): Where => ({
  and: [
    { locale: { equals: locale.code } },
    ...(kind ? [{ kind: { equals: kind } }] : []),
    ...(topicId !== undefined ? [{ topics: { contains: ` ${topicId} ` } }] : []),
    ...(personId !== undefined ? [{ speakers: { contains: ` ${personId} ` } }] : []),
    ...(from ? [{ publishedAt: { greater_than_equal: from.toISOString() } }] : []),
    ...(to ? [{ publishedAt: { less_than_equal: to.toISOString() } }] : []),
  ],
})

export const listSelect = { statement: true, title: true, slug: true, summary: true, kind: true, publishedAt: true } as const

type ListingRow = { statement: string; title: string; slug: string; summary?: string | null; kind: Statement['kind']; publishedAt: string }

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
  const where = filterWhere(locale, filter)
  const [result, totalDocs] = await Promise.all([
    payload.find({ ...listingRead(locale), where, sort: '-publishedAt', limit, page, pagination: false, select: listSelect }),
    countListings(payload, `list:${locale.code}:${JSON.stringify(filter)}`, where),
  ])
  return { docs: (result.docs as ListingRow[]).map(toListItem), totalDocs, totalPages: Math.ceil(totalDocs / limit) }
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
