import type { Payload, Where } from 'payload'

import type { listingsSlug } from '../../../collections/Listings'
import type { listingTagsSlug } from '../../../collections/ListingTags'
import { onContentChange } from '../cache/contentEvents'

/** Distinct filters and searches remembered at once; past this, the oldest go first. */
const maxEntries = 2_000

const counts = new Map<string, Promise<number>>()
let subscribed = false

/**
 * How many published versions match a filter. Counting is the one part of a
 * list page that grows with the archive, and the answer only changes when
 * published content does: the count is kept until then (the same event that
 * empties the page cache, in every instance through the Redis relay).
 */
export const countListings = (payload: Payload, collection: typeof listingsSlug | typeof listingTagsSlug, key: string, where: Where): Promise<number> =>
  rememberCount(key, () => payload.count({ collection, overrideAccess: true, where }).then(({ totalDocs }) => totalDocs))

/** A count made some other way (see search.ts), remembered the same way. */
export const rememberCount = (key: string, count: () => Promise<number>): Promise<number> => {
  if (!subscribed) {
    subscribed = true
    onContentChange(() => counts.clear())
  }
  const known = counts.get(key)
  if (known) return known
  const counting = count()
  counts.set(key, counting)
  // A failed count is not remembered: the next request asks the database again.
  counting.catch(() => counts.delete(key))
  if (counts.size > maxEntries) counts.delete(counts.keys().next().value as string)
  return counting
}
