import type { Payload } from 'payload'

import { type Locale, locales } from '../../i18n/locales'
import { publicRead } from './statements'

export type SitemapEntry = { id: number | string; versions: { locale: Locale; slug: string; updatedAt: string }[] }

/** The most URLs one sitemap file may hold. */
export const sitemapLimit = 50_000

/**
 * Every published language version of every statement, grouped by statement:
 * one query per language, whatever the number of statements.
 */
export const findAllPublishedVersions = async (payload: Payload): Promise<SitemapEntry[]> => {
  const byId = new Map<number | string, SitemapEntry>()
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const { docs } = await payload.find({
        ...publicRead(locale),
        depth: 0,
        where: { _status: { equals: 'published' } },
        sort: '-publishedAt',
        limit: sitemapLimit,
        pagination: false,
        select: { slug: true, updatedAt: true },
      })
      return { locale, docs }
    }),
  )
  for (const { locale, docs } of perLocale) {
    for (const doc of docs) {
      if (!doc.slug) continue
      const entry = byId.get(doc.id) ?? { id: doc.id, versions: [] }
      entry.versions.push({ locale, slug: doc.slug, updatedAt: doc.updatedAt })
      byId.set(doc.id, entry)
    }
  }
  return [...byId.values()]
}
