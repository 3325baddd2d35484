import type { Payload, PayloadRequest } from 'payload'

import { type Locale, locales } from '../../src/i18n/locales'
import type { Statement } from '../../src/payload-types'
import { stemIndex } from '../../src/search/stemmers'
import { inTransaction } from '../../src/inTransaction'
import { nextTurnOfTheEventLoop } from '../../src/nextTurnOfTheEventLoop'
import { keepRequestLocale } from '../shared/keepRequestLocale'
import { bodyText } from '../Statements/hooks/indexSearchText'
import { listingTagsSlug } from '../ListingTags'
import { listingsSlug } from '.'
import { publicApiDoc } from './publicApiDoc'

/** Set on the read model's own writes and reads, so no statement hook mistakes them for an editor's. */
export const listingSyncContext = 'listingSync'

type Id = number | string

/** " 3 7 ": ids between spaces, so a `contains: " 3 "` filter matches one id exactly. */
export const idList = (values: Statement['topics'] | Statement['speakers']): string => {
  const ids = (values ?? []).map((value) => (typeof value === 'object' && value !== null ? value.id : value))
  return ids.length === 0 ? '' : ` ${ids.join(' ')} `
}

/** Each language's slug, for the language switcher: `{ "en-GB": "...", "ru-RU": "..." }`. */
export type ListingVersions = Partial<Record<string, string>>

/** The published language versions of one statement, by locale code. */
type PublishedDocs = Map<string, Statement>

const versionsOf = (docs: PublishedDocs): ListingVersions =>
  Object.fromEntries([...docs].map(([code, doc]) => [code, doc.slug as string]))

const listingOf = (doc: Statement, locale: Locale, versions: ListingVersions) => {
  const plainText = bodyText(doc.body)
  return {
    statement: String(doc.id),
    locale: locale.code,
    slug: doc.slug ?? '',
    kind: doc.kind,
    publishedAt: doc.publishedAt,
    changedAt: doc.updatedAt,
    topics: idList(doc.topics),
    speakers: idList(doc.speakers),
    title: doc.title,
    summary: doc.summary ?? null,
    searchStems: stemIndex(locale, [doc.title, doc.summary, plainText].filter(Boolean).join('\n')),
    plainText,
    body: doc.body ?? null,
    versions,
    statementCreatedAt: doc.createdAt,
    apiDoc: publicApiDoc(doc),
  }
}

type ListingData = ReturnType<typeof listingOf>

/** The tag of a topic or a person in the read model's relation index (collections/ListingTags.ts). */
export const tagOf = (kind: 'topic' | 'person', id: Id): string => `${kind}:${id}`

/** One row per topic and per speaker of a listing row, with the columns a list filters on. */
const tagsOf = ({ statement, locale, kind, publishedAt, topics, speakers }: ListingData) =>
  [
    ...topics.split(' ').filter(Boolean).map((id) => tagOf('topic', id)),
    ...speakers.split(' ').filter(Boolean).map((id) => tagOf('person', id)),
  ].map((tag) => ({ statement, locale, tag, kind, publishedAt, topics, speakers }))

/**
 * Tags are plain index rows with no hooks, access or versions of their own:
 * written through the database adapter, in the caller's transaction.
 */
const writeTags = async (payload: Payload, rows: ListingData[], req?: PayloadRequest) => {
  for (const data of rows.flatMap(tagsOf)) await payload.db.create({ collection: listingTagsSlug, data, req, returning: false })
}

/** The live, published version in one language of each of these statements (never a draft). */
const readPublished = async (payload: Payload, locale: Locale, ids: Id[], req?: PayloadRequest): Promise<Statement[]> => {
  const { docs } = await payload.find({
    collection: 'statements',
    locale: locale.code,
    fallbackLocale: false,
    draft: false,
    overrideAccess: true,
    depth: 0,
    limit: ids.length,
    pagination: false,
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    req,
    context: { [listingSyncContext]: true, isRestoringVersion: false },
  })
  return docs as Statement[]
}

/** Only a version with a slug and a date can be shown. */
const isShowable = (doc: Statement | undefined): doc is Statement => Boolean(doc?.slug && doc.publishedAt)

/**
 * Brings the read model of one statement in step with what is published:
 * a row for each language whose status is published (read from the live
 * document, never a draft), none for the others. Runs inside the write's
 * transaction when given its `req`, so the rows change with the statement.
 */
export const syncListings = async (payload: Payload, id: Id, req?: PayloadRequest): Promise<void> => {
  const context = { [listingSyncContext]: true, isRestoringVersion: false }
  const run = async () => {
    // One after another, not in parallel: Local API calls given the same `req` each set its locale.
    const existing = await payload.find({ collection: listingsSlug, where: { statement: { equals: String(id) } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { locale: true }, req, context })
    const published: PublishedDocs = new Map()
    for (const locale of locales) {
      const doc = (await readPublished(payload, locale, [id], req))[0]
      if (isShowable(doc)) published.set(locale.code, doc)
    }
    const versions = versionsOf(published)
    const kept: ListingData[] = []
    for (const locale of locales) {
      const doc = published.get(locale.code)
      const row = existing.docs.find((listing) => listing.locale === locale.code)
      if (doc) {
        const data = listingOf(doc, locale, versions)
        kept.push(data)
        if (row) await payload.update({ collection: listingsSlug, id: row.id, data, depth: 0, overrideAccess: true, req, context })
        else await payload.create({ collection: listingsSlug, data, depth: 0, overrideAccess: true, req, context })
      } else if (row) {
        await payload.delete({ collection: listingsSlug, id: row.id, depth: 0, overrideAccess: true, req, context })
      }
    }
    await payload.db.deleteMany({ collection: listingTagsSlug, where: { statement: { equals: String(id) } }, req })
    await writeTags(payload, kept, req)
  }
  await (req ? keepRequestLocale(req, run) : run())
}

/** Removes every row of a statement that is gone. */
export const dropListings = async (payload: Payload, id: Id, req?: PayloadRequest): Promise<void> => {
  const context = { [listingSyncContext]: true, isRestoringVersion: false }
  const run = async () => {
    await payload.delete({ collection: listingsSlug, where: { statement: { equals: String(id) } }, depth: 0, overrideAccess: true, req, context })
    await payload.db.deleteMany({ collection: listingTagsSlug, where: { statement: { equals: String(id) } }, req })
  }
  await (req ? keepRequestLocale(req, run) : run())
}

/**
 * Set by a bulk import that calls `rebuildListings` once at the end instead
 * of keeping the read model one statement at a time.
 */
export const deferListingsContext = 'deferListings'

/**
 * Rebuilds the whole read model from the statements, a batch at a time (one
 * read per language per batch): for migrations and bulk imports. Given a
 * `req`, all of it runs in that request's transaction (a migration's);
 * otherwise each batch commits on its own.
 */
export const rebuildListings = async (payload: Payload, req?: PayloadRequest, { batch = 200 } = {}): Promise<number> => {
  const context = { [listingSyncContext]: true, isRestoringVersion: false }
  const inStep = <T>(work: (req: PayloadRequest) => Promise<T>): Promise<T> =>
    req ? keepRequestLocale(req, () => work(req)) : inTransaction(payload, work)
  await inStep(async (req) => {
    await payload.delete({ collection: listingsSlug, where: { statement: { exists: true } }, depth: 0, overrideAccess: true, req, context })
    await payload.db.deleteMany({ collection: listingTagsSlug, where: { statement: { exists: true } }, req })
  })
  let created = 0
  // By id, each batch starting after the last one's end: an offset would make every batch scan the ones before it.
  for (let after: Id | undefined; ; ) {
    const last = await inStep(async (req) => {
      const { docs } = await payload.find({ collection: 'statements', depth: 0, limit: batch, pagination: false, sort: 'id', where: after === undefined ? {} : { id: { greater_than: after } }, overrideAccess: true, select: { kind: true }, req, context })
      const ids = docs.map((doc) => doc.id)
      const byStatement = new Map<Id, PublishedDocs>()
      for (const locale of locales) {
        if (ids.length === 0) break
        for (const doc of await readPublished(payload, locale, ids, req)) {
          if (!isShowable(doc)) continue
          const perLocale = byStatement.get(doc.id) ?? new Map()
          byStatement.set(doc.id, perLocale.set(locale.code, doc))
        }
      }
      for (const published of byStatement.values()) {
        const versions = versionsOf(published)
        for (const locale of locales) {
          const doc = published.get(locale.code)
          if (!doc) continue
          const data = listingOf(doc, locale, versions)
          // Through the adapter, as the tags are: the rows have no hooks or access of their own, and the
          // Local API's validation and read-back tripled the time of a rebuild.
          await payload.db.create({ collection: listingsSlug, data, req, returning: false })
          await writeTags(payload, [data], req)
          created += 1
        }
      }
      return docs.length < batch ? undefined : ids.at(-1)
    })
    if (last === undefined) return created
    after = last
    await nextTurnOfTheEventLoop()
  }
}
