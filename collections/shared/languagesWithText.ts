import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { localeCodes } from '../../src/i18n/locales'

/** Rich text counts when it holds some text or an embedded node, not an empty paragraph. */
const hasContent = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return /"text":"[^"]|"type":"(upload|block|relationship|inlineBlock)"/.test(JSON.stringify(value))
  return true
}

/** What an editor writes in a language: localized fields, without hidden bookkeeping (revision, search stems). */
const contentFields = (fields: FlattenedField[]): string[] =>
  fields
    .filter((field) => 'localized' in field && field.localized && field.name !== '_status' && !field.admin?.hidden)
    .map((field) => field.name)

/**
 * The languages a document has any content in, live or in its newest
 * version (a draft not yet published counts: deleting it loses the work).
 */
export const languagesWithText = async (req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string): Promise<string[]> => {
  const live = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, locale: 'all', req })) as Record<string, unknown> | null
  const newest = collection.versions
    ? (await req.payload.db.findVersions({ collection: collection.slug, where: { parent: { equals: id } }, locale: 'all', sort: '-updatedAt', limit: 1, pagination: false, req })).docs[0]?.version
    : undefined
  const names = contentFields(collection.flattenedFields)
  return localeCodes.filter((code) =>
    [live, newest as Record<string, unknown> | undefined].some((doc) =>
      names.some((name) => {
        const value = doc?.[name]
        return value !== null && typeof value === 'object' && hasContent((value as Record<string, unknown>)[code])
      }),
    ),
  )
}
