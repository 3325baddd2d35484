import type { Payload } from 'payload'

import { listingsSlug } from '../../../collections/Listings'
import type { ListingVersions } from '../../../collections/Listings/syncListings'
import { type Locale, localeFromCode, locales } from '../../i18n/locales'
import { countListings } from './listingCounts'

/** One published language version, with every published language of its statement (itself included). */
export type SitemapUrl = { locale: Locale; slug: string; updatedAt: string; alternates: { locale: Locale; slug: string }[] }

/** The most URLs one sitemap file may hold (sitemaps.org). */
export const sitemapLimit = 50_000

/** How many published language versions there are: one URL each. Kept until published content changes. */
export const countPublishedVersions = (payload: Payload): Promise<number> => countListings(payload, listingsSlug, 'sitemap', {})

/**
 * One sitemap file's worth of published language versions, in the read
 * model's id order (stable, and indexed). Each row carries its statement's
 * languages, so a file never needs another.
 */
export const findPublishedVersions = async (payload: Payload, { page, perFile }: { page: number; perFile: number }): Promise<SitemapUrl[]> => {
  const { docs } = await payload.find({
    collection: listingsSlug,
    overrideAccess: true,
    depth: 0,
    sort: 'id',
    limit: perFile,
    page,
    pagination: true,
    select: { locale: true, slug: true, changedAt: true, versions: true },
  })
  return docs.flatMap((doc) => {
    const locale = localeFromCode(doc.locale)
    if (!locale) return []
    const versions = (doc.versions ?? {}) as ListingVersions
    // The source order of languages, so x-default is always the same one.
    const alternates = locales.flatMap((other) => {
      const slug = versions[other.code]
      return slug ? [{ locale: other, slug }] : []
    })
    return [{ locale, slug: doc.slug, updatedAt: doc.changedAt, alternates }]
  })
}
