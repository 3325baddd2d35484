import type { CollectionConfig } from 'payload'

import { nobody } from '../shared/access/nobody'

export const listingsSlug = 'listings'

/**
 * The public read model: one flat row per published language version of a
 * statement, kept by the statements' own hooks (see syncListings.ts) in the
 * same transaction as the publish. Statement pages, lists, feeds, the sitemap,
 * search and the language switcher read these rows instead of the versioned, localized
 * statements tables, so a list is one indexed range scan whatever the
 * archive's size. Nobody reaches it through REST or GraphQL: only the render
 * layer, through the Local API.
 *
 * Column order matters on SQLite: the short columns that are filtered on come
 * first, the long texts last, so scans for a topic or a speaker never read them.
 */
export const Listings: CollectionConfig = {
  slug: listingsSlug,
  labels: { singular: { en: 'Published version', ru: 'Опубликованная версия' }, plural: { en: 'Published versions', ru: 'Опубликованные версии' } },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  defaultSort: '-publishedAt',
  indexes: [
    { fields: ['locale', 'publishedAt'] },
    { fields: ['locale', 'kind', 'publishedAt'] },
    { fields: ['locale', 'slug'] },
    { fields: ['statement', 'locale'], unique: true },
  ],
  fields: [
    { name: 'statement', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'publishedAt', type: 'date', required: true },
    // The statement's last change, for the sitemap's lastmod.
    { name: 'changedAt', type: 'date', required: true },
    // Ids between spaces (" 3 7 "), so `contains: " 3 "` matches one id and never "13".
    { name: 'topics', type: 'text' },
    { name: 'speakers', type: 'text' },
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    // For search: the stems, and the plain text that excerpts are cut from.
    { name: 'searchStems', type: 'textarea' },
    { name: 'plainText', type: 'textarea' },
    // What the statement page needs beyond the columns above, so a page not in the
    // cache is one indexed read: the published body (relations as ids, resolved at
    // render from the cached people and topics) and every language's slug.
    { name: 'body', type: 'json' },
    { name: 'versions', type: 'json' },
    // For the public REST API (src/render/data/publicApi*.ts): the statement as an anonymous
    // reader gets it from Payload at depth 0 in this language, and its creation time, Payload's
    // second sort key after the date.
    { name: 'statementCreatedAt', type: 'date' },
    { name: 'apiDoc', type: 'json' },
  ],
}
