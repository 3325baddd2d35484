import type { CollectionConfig } from 'payload'

import { nobody } from './shared/access/nobody'

export const listingTagsSlug = 'listing-tags'

/**
 * The read model's index of relations: one small row for each topic and each
 * speaker of a published language version ("topic:3", "person:7"), kept with
 * the listing rows (see Listings/syncListings.ts). A topic page, a person page
 * or an archive filtered by either reads a range of the (locale, tag,
 * publishedAt) index and stops after one page, however large the archive and
 * however rare the topic; the page's list fields then come from the listing
 * rows by statement. The other filters are repeated here so a combined
 * filter never leaves the range.
 */
export const ListingTags: CollectionConfig = {
  slug: listingTagsSlug,
  labels: { singular: { en: 'Published version tag', ru: 'Метка опубликованной версии' }, plural: { en: 'Published version tags', ru: 'Метки опубликованных версий' } },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  timestamps: false,
  defaultSort: '-publishedAt',
  indexes: [
    { fields: ['locale', 'tag', 'publishedAt'] },
    { fields: ['locale', 'tag', 'kind', 'publishedAt'] },
  ],
  fields: [
    { name: 'statement', type: 'text', required: true, index: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'tag', type: 'text', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'publishedAt', type: 'date', required: true },
    // As in the listing row: ids between spaces, for a second relation filter within the range.
    { name: 'topics', type: 'text' },
    { name: 'speakers', type: 'text' },
  ],
}
