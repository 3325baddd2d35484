import type { Request, Response } from 'express'

import type { RenderContext } from '../context'
import { findAllPublishedVersions } from '../data/publishedVersions'
import { localePath } from '../format/chrome'
import { xmlEscape } from '../format/xml'

/** Every published language version, each listing its alternates (hreflang) and an x-default. */
export const sitemapController = (context: RenderContext) => async (_req: Request, res: Response) => {
  const entries = await findAllPublishedVersions(context.payload)
  const url = (path: string) => xmlEscape(context.serverUrl + path)
  const blocks = entries.flatMap((entry) => {
    const alternates = entry.versions.map((v) => ({ hreflang: v.locale.code, href: url(localePath(v.locale, `/statements/${v.slug}`)) }))
    const first = alternates[0]
    const links = [...alternates, ...(first ? [{ hreflang: 'x-default', href: first.href }] : [])]
      .map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${a.href}"/>`)
      .join('')
    return entry.versions.map(
      (v) => `<url><loc>${url(localePath(v.locale, `/statements/${v.slug}`))}</loc><lastmod>${xmlEscape(v.updatedAt)}</lastmod>${links}</url>`,
    )
  })
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...blocks,
    '</urlset>',
  ].join('\n')
  res.type('application/xml; charset=utf-8').send(xml)
}
