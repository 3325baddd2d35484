import type { Payload } from 'payload'

import { listingsSlug } from '../../../collections/Listings'
import { type Locale, localeFromCode, locales } from '../../i18n/locales'

export type SitemapEntry = { id: string; versions: { locale: Locale; slug: string; updatedAt: string }[] }

/** The most URLs one sitemap file may hold. */
export const sitemapLimit = 50_000

/**
 * Every published language version of every statement, grouped by statement,
 * newest first: one read of the read model, whatever the number of statements.
 */
export const findAllPublishedVersions = async (payload: Payload): Promise<SitemapEntry[]> => {
  const { docs } = await payload.find({
    collection: listingsSlug,
    overrideAccess: true,
    depth: 0,
    sort: '-publishedAt',
    limit: sitemapLimit,
    pagination: false,
    select: { statement: true, locale: true, slug: true, changedAt: true },
  })
  const byId = new Map<string, SitemapEntry>()
  for (const doc of docs) {
    const locale = localeFromCode(doc.locale)
    if (!locale) continue
    const entry = byId.get(doc.statement) ?? { id: doc.statement, versions: [] }
    entry.versions.push({ locale, slug: doc.slug, updatedAt: doc.changedAt })
    byId.set(doc.statement, entry)
  }
  // The source order of languages, so x-default is always the same one.
  for (const entry of byId.values()) entry.versions.sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale))
  return [...byId.values()]
}
