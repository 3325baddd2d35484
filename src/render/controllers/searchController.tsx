import type { NextFunction, Request, Response } from 'express'

import { tFor } from '../../i18n/i18next'
import { locales } from '../../i18n/locales'
import type { RenderContext } from '../context'
import { searchStatements } from '../data/search'
import { parseArchiveQuery } from '../format/archiveQuery'
import { localePath } from '../format/chrome'
import { excerpt } from '../format/excerpt'
import { toStatementCard } from '../format/statementView'
import { renderDocument, sendHtml } from '../html'
import { PublicError } from '../publicError'
import { SearchPage } from '../views/SearchPage'
import { localeParam } from './localeParam'
import { pageChrome } from './pageChrome'

const maxQueryLength = 200

const searchHref = (base: string, query: string, page: number) => {
  const params = new URLSearchParams()
  if (query) params.set('q', query)
  if (page > 1) params.set('page', String(page))
  const text = params.toString()
  return text ? `${base}?${text}` : base
}

export const searchController = (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const locale = localeParam(req)
  // CASE: not one of our languages.
  if (!locale) return next()
  const raw = req.query.q ?? ''
  // CASE: a repeated, nested or over-long query.
  if (typeof raw !== 'string' || raw.length > maxQueryLength) throw new PublicError(400, 'errors.badSearch')
  const parsed = parseArchiveQuery({ page: req.query.page })
  // CASE: a malformed page number.
  if (!parsed.ok) throw new PublicError(400, 'errors.badFilter', { name: parsed.problem })
  const query = raw.trim()
  const { page } = parsed.query
  const t = tFor(locale)
  const found = await searchStatements(context.payload, locale, query, { page })
  // CASE: a page past the last one.
  if (page > 1 && page > found.totalPages) return next()
  const format = { locale, t, timeZone: context.timeZone, serverUrl: context.serverUrl }
  const results = found.docs.map((doc) => ({
    ...toStatementCard(doc, format),
    excerpt: excerpt([doc.summary, doc.plainText].filter(Boolean).join(' '), found.stems, locale),
  }))
  const action = localePath(locale, '/search')
  const chrome = await pageChrome({
    context,
    locale,
    t,
    title: query ? `${t('search.title')}: ${query}` : t('search.title'),
    paths: Object.fromEntries(locales.map((other) => [other.code, searchHref(localePath(other, '/search'), query, 1)])),
  })
  res.set('X-Robots-Tag', 'noindex')
  sendHtml(
    res,
    200,
    renderDocument(
      <SearchPage
        chrome={chrome}
        action={action}
        query={query}
        results={results}
        total={found.totalDocs}
        pagination={{ page, totalPages: Math.max(1, found.totalPages), hrefFor: (p) => searchHref(action, query, p) }}
      />,
    ),
  )
}
