import type { NextFunction, Request, Response } from 'express'

import { tFor } from '../../i18n/i18next'
import type { RenderContext } from '../context'
import { findSiteSettings } from '../data/siteSettings'
import { findStatements } from '../data/statements'
import { localePath } from '../format/chrome'
import { xmlEscape } from '../format/xml'
import { localeParam } from './localeParam'

export const feedSize = 50

/** RSS 2.0: the latest published statements in one language, with that language declared. */
export const feedController = (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const locale = localeParam(req)
  // CASE: not one of our languages.
  if (!locale) return next()
  const t = tFor(locale)
  const [settings, latest] = await Promise.all([
    findSiteSettings(context.payload, locale),
    findStatements(context.payload, locale, { limit: feedSize }),
  ])
  const site = settings.siteName || context.serverUrl
  const home = context.serverUrl + localePath(locale)
  const self = context.serverUrl + localePath(locale, '/feed.xml')
  const items = latest.docs
    .map((doc) => {
      const link = context.serverUrl + localePath(locale, `/statements/${doc.slug}`)
      return [
        '<item>',
        `<title>${xmlEscape(doc.title)}</title>`,
        `<link>${xmlEscape(link)}</link>`,
        `<guid isPermaLink="true">${xmlEscape(link)}</guid>`,
        doc.publishedAt ? `<pubDate>${new Date(doc.publishedAt).toUTCString()}</pubDate>` : '',
        `<category>${xmlEscape(t(`kinds.${doc.kind}`))}</category>`,
        doc.summary ? `<description>${xmlEscape(doc.summary)}</description>` : '',
        '</item>',
      ].join('')
    })
    .join('\n')
  const newest = latest.docs[0]?.publishedAt
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xmlEscape(t('feed.title', { site }))}</title>`,
    `<link>${xmlEscape(home)}</link>`,
    `<atom:link href="${xmlEscape(self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${xmlEscape(t('feed.description'))}</description>`,
    `<language>${locale.code}</language>`,
    newest ? `<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '',
    items,
    '</channel>',
    '</rss>',
  ].join('\n')
  res.type('application/rss+xml; charset=utf-8').send(xml)
}
