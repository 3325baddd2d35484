import type { Payload } from 'payload'

import type { ListingVersions } from '../../../collections/Listings/syncListings'
import { type Locale, locales } from '../../i18n/locales'
import type { Statement } from '../../payload-types'
import { type Directory, findDirectory } from './directory'
import { findPageRow } from './pageRows'
import { findStatementBySlug, type PublishedVersion } from './statements'

/** What the statement page shows: the published version, its people and topics resolved. */
export type StatementPageDoc = Pick<Statement, 'title' | 'summary' | 'kind' | 'publishedAt' | 'slug' | 'updatedAt' | 'speakers' | 'topics' | 'body'>

type Body = Statement['body']
type LexicalNode = { type?: string; fields?: Record<string, unknown>; children?: LexicalNode[] }

const ids = (list: string | null | undefined): string[] => (list ?? '').split(' ').filter(Boolean)

/** Uploads, relationship nodes and internal links need their documents read with the reader's access. */
const referencesDocuments = (node: LexicalNode | undefined): boolean =>
  Boolean(node) &&
  (node?.type === 'upload' ||
    node?.type === 'relationship' ||
    (node?.fields?.linkType === 'internal') ||
    (node?.children ?? []).some(referencesDocuments))

/** The body with each answer's speaker (stored as an id) resolved from the directory. */
const withSpeakers = (node: LexicalNode, people: Directory['people']): LexicalNode => {
  const speaker = node.type === 'block' ? node.fields?.speaker : undefined
  const fields = typeof speaker === 'number' || typeof speaker === 'string' ? { ...node.fields, speaker: people.get(String(speaker)) ?? speaker } : node.fields
  return { ...node, ...(fields ? { fields } : {}), ...(node.children ? { children: node.children.map((child) => withSpeakers(child, people)) } : {}) }
}

const resolve = <T>(list: string | null | undefined, known: Map<string, T>): (T | string)[] => ids(list).map((id) => known.get(id) ?? id)

const toVersions = (versions: ListingVersions | null | undefined): PublishedVersion[] =>
  locales.flatMap((locale) => {
    const slug = versions?.[locale.code]
    return slug ? [{ locale, slug }] : []
  })

/**
 * A statement page from the read model: one indexed read of the published
 * language version by (locale, slug), its people and topics from the cached
 * directory. A body that embeds uploads or links to other documents is read
 * the full way, so their access rules hold.
 */
export const findStatementPage = async (
  payload: Payload,
  locale: Locale,
  slug: string,
): Promise<{ doc: StatementPageDoc; versions: PublishedVersion[] } | null> => {
  const row = await findPageRow(payload, locale, slug)
  // CASE: no published version in this language under this slug.
  if (!row) return null
  const versions = toVersions(row.versions)
  if (referencesDocuments(row.body?.root as LexicalNode | undefined)) {
    const doc = await findStatementBySlug(payload, locale, slug)
    return doc ? { doc, versions } : null
  }
  const { people, topics } = await findDirectory(payload, locale)
  const doc: StatementPageDoc = {
    title: row.title,
    summary: row.summary ?? null,
    kind: row.kind,
    publishedAt: row.publishedAt,
    slug: row.slug,
    updatedAt: row.changedAt,
    speakers: resolve(row.speakers, people) as Statement['speakers'],
    topics: resolve(row.topics, topics) as Statement['topics'],
    body: row.body?.root ? ({ ...row.body, root: withSpeakers(row.body.root as LexicalNode, people) } as Body) : (row.body ?? null),
  }
  return { doc, versions }
}
