import type { Payload, Where } from 'payload'

import { statementsSlug } from '../../../collections/Statements'
import { type Locale, locales } from '../../i18n/locales'
import type { Statement } from '../../payload-types'

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

export const listSelect = {
  title: true,
  slug: true,
  summary: true,
  kind: true,
  publishedAt: true,
} as const

export type StatementListItem = Pick<Statement, 'id' | 'title' | 'slug' | 'summary' | 'kind' | 'publishedAt'>

export type StatementFilter = {
  kind?: string
  topicId?: number | string
  personId?: number | string
  /** Inclusive bounds, as instants. */
  from?: Date
  to?: Date
}

const filterWhere = ({ kind, topicId, personId, from, to }: StatementFilter): Where => ({
  and: [
    published,
    ...(kind ? [{ kind: { equals: kind } }] : []),
    ...(topicId !== undefined ? [{ topics: { in: [topicId] } }] : []),
    ...(personId !== undefined ? [{ speakers: { in: [personId] } }] : []),
    ...(from ? [{ publishedAt: { greater_than_equal: from.toISOString() } }] : []),
    ...(to ? [{ publishedAt: { less_than_equal: to.toISOString() } }] : []),
  ],
})

/** Published statements in one language, newest first, filtered and paginated. */
export const findStatements = async (
  payload: Payload,
  locale: Locale,
  { limit = 20, page = 1, filter = {} }: { limit?: number; page?: number; filter?: StatementFilter } = {},
) => {
  const result = await payload.find({
    ...publicRead(locale),
    where: filterWhere(filter),
    sort: '-publishedAt',
    depth: 0,
    limit,
    page,
    select: listSelect,
  })
  return { ...result, docs: result.docs as StatementListItem[] }
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

/** The languages in which this statement is published, each at its own slug; `known` is the version already in hand. */
export const findPublishedVersions = async (payload: Payload, id: Statement['id'], known: PublishedVersion): Promise<PublishedVersion[]> => {
  const versions = await Promise.all(
    locales.map(async (locale) => {
      if (locale.code === known.locale.code) return known
      const { docs } = await payload.find({
        ...publicRead(locale),
        where: { and: [published, { id: { equals: id } }] },
        depth: 0,
        limit: 1,
        pagination: false,
        select: { slug: true },
      })
      const slug = docs[0]?.slug
      return slug ? { locale, slug } : null
    }),
  )
  return versions.filter((version): version is PublishedVersion => version !== null)
}
