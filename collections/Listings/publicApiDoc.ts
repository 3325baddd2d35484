import type { Statement } from '../../src/payload-types'

/**
 * The fields an anonymous reader gets from Payload's REST API for a
 * statement at depth 0, in Payload's order. Not `translations` (a join to
 * staff-only records) or `searchStems` (never returned). A test holds the
 * read model's answers to Payload's, so a field added to the collection and
 * not here fails it.
 */
export const publicStatementFields = [
  'id', 'title', 'summary', 'body', 'slug', 'previousSlugs', 'kind', 'publishedAt', 'publishedAt_tz', 'sourceLanguage', 'releaseAt',
  'releaseAt_tz', 'minorEdit', 'revision', 'speakers', 'topics', 'updatedAt', 'createdAt', '_status',
] as const

/** The statement as Payload's REST API answers an anonymous reader at depth 0, from the live published document in one language. */
export const publicApiDoc = (doc: Statement): Record<string, unknown> => {
  const source = doc as unknown as Record<string, unknown>
  const relationIds = (values: unknown) =>
    Array.isArray(values) ? values.map((value) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)) : values
  return Object.fromEntries(
    publicStatementFields
      .filter((field) => field in source)
      .map((field) => [field, field === 'speakers' || field === 'topics' ? relationIds(source[field]) : source[field]]),
  )
}

/** The same document with its keys back in Payload's order (PostgreSQL's jsonb keeps its own). */
export const inPayloadOrder = (doc: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(publicStatementFields.filter((field) => field in doc).map((field) => [field, doc[field]]))
