import type { NextFunction, Request, Response } from 'express'

import type { RenderContext } from '../context'
import { countPublishedVersions, findPublishedVersions, type SitemapUrl } from '../data/publishedVersions'
import { localePath } from '../format/chrome'
import { xmlEscape } from '../format/xml'

const sendXml = (res: Response, lines: string[]) => {
  res.type('application/xml; charset=utf-8').send(['<?xml version="1.0" encoding="UTF-8"?>', ...lines].join('\n'))
}

const urlSet = (context: RenderContext, urls: SitemapUrl[]): string[] => {
  const href = (url: { locale: SitemapUrl['locale']; slug: string }) => xmlEscape(context.serverUrl + localePath(url.locale, `/statements/${url.slug}`))
  const blocks = urls.map((url) => {
    const first = url.alternates[0]
    const links = [...url.alternates.map((a) => ({ hreflang: a.locale.code, href: href(a) })), ...(first ? [{ hreflang: 'x-default', href: href(first) }] : [])]
      .map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${a.href}"/>`)
      .join('')
    return `<url><loc>${href(url)}</loc><lastmod>${xmlEscape(url.updatedAt)}</lastmod>${links}</url>`
  })
  return ['<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">', ...blocks, '</urlset>']
}

/**
 * `/sitemap.xml`: every published language version, each listing its
 * alternates (hreflang) and an x-default. Past `perFile` URLs (50,000, the
 * protocol's limit) it becomes a sitemap index of `/sitemaps/{n}.xml`.
 */
export const sitemapController = (context: RenderContext) => async (_req: Request, res: Response) => {
  const total = await countPublishedVersions(context.payload)
  const perFile = context.sitemapUrlsPerFile
  if (total <= perFile) return sendXml(res, urlSet(context, await findPublishedVersions(context.payload, { page: 1, perFile })))
  const files = Math.ceil(total / perFile)
  sendXml(res, [
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...Array.from({ length: files }, (_, i) => `<sitemap><loc>${xmlEscape(`${context.serverUrl}/sitemaps/${i + 1}.xml`)}</loc></sitemap>`),
    '</sitemapindex>',
  ])
}

/** `/sitemaps/{n}.xml`: one file of the index. */
export const sitemapFileController = (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const page = /^[1-9]\d{0,5}$/.test(String(req.params.file)) ? Number(req.params.file) : NaN
  const total = await countPublishedVersions(context.payload)
  // CASE: not a file number, or past the last file (or there is no index at all): 404.
  if (!Number.isInteger(page) || total <= context.sitemapUrlsPerFile || page > Math.ceil(total / context.sitemapUrlsPerFile)) return next()
  sendXml(res, urlSet(context, await findPublishedVersions(context.payload, { page, perFile: context.sitemapUrlsPerFile })))
}
