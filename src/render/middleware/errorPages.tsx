import { randomUUID } from 'node:crypto'

import type { NextFunction, Request, Response } from 'express'

import { languageCookie, negotiateLocale, tFor } from '../../i18n/i18next'
import { type Locale, localeFromPrefix } from '../../i18n/locales'
import type { RenderContext } from '../context'
import { findSiteSettings } from '../data/siteSettings'
import { buildChrome } from '../format/chrome'
import { renderDocument, sendHtml } from '../html'
import { PublicError } from '../publicError'
import { ErrorPage } from '../views/ErrorPage'
import { isUnavailable } from './isUnavailable'

/** The visitor's language for an error page: the URL's own prefix first, then what they asked for. */
const errorLocale = (req: Request): Locale => {
  const prefix = req.path.split('/')[1] ?? ''
  return localeFromPrefix(prefix) ?? negotiateLocale(req.cookies?.[languageCookie], req.get('accept-language'))
}

type ErrorKind = { status: number; title: string; text: string }

const kinds = {
  badRequest: { status: 400, title: 'errors.badRequestTitle', text: 'errors.badRequestText' },
  notFound: { status: 404, title: 'errors.notFoundTitle', text: 'errors.notFoundText' },
  serverError: { status: 500, title: 'errors.serverErrorTitle', text: 'errors.serverErrorText' },
  unavailable: { status: 503, title: 'errors.unavailableTitle', text: 'errors.unavailableText' },
} satisfies Record<string, ErrorKind>

const renderErrorPage = async (
  context: RenderContext,
  req: Request,
  res: Response,
  kind: ErrorKind,
  { reference, detail }: { reference?: string; detail?: PublicError } = {},
) => {
  const locale = errorLocale(req)
  const t = tFor(locale)
  // The error page must render even when the database is what failed.
  const settings = kind.status >= 500 ? null : await findSiteSettings(context.payload, locale).catch(() => null)
  const chrome = buildChrome({
    locale,
    t,
    settings,
    title: t(kind.title),
    serverUrl: context.serverUrl,
    stylesheetHref: context.stylesheet.href,
    paths: {},
  })
  res.vary('Accept-Language').set('Cache-Control', 'no-store')
  sendHtml(res, kind.status, renderDocument(<ErrorPage chrome={chrome} heading={t(kind.title)} text={detail ? t(detail.textKey, detail.params) : t(kind.text)} reference={reference} />))
}

export const notFoundPage = (context: RenderContext) => async (req: Request, res: Response) =>
  renderErrorPage(context, req, res, kinds.notFound)

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode
  return typeof status === 'number' ? status : undefined
}

/** Last stop for errors: a 4xx page for bad input, else a plain 500/503 page with a reference, logged. */
export const errorPage =
  (context: RenderContext) => async (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(error)
    if (res.headersSent) return
    if (status && status >= 400 && status < 500) {
      const detail = error instanceof PublicError ? error : undefined
      return renderErrorPage(context, req, res, status === 404 ? kinds.notFound : kinds.badRequest, { detail })
    }
    const reference = randomUUID()
    const unavailable = isUnavailable(error)
    context.payload.logger.error({ err: error, requestId: reference, url: req.originalUrl }, unavailable ? 'database unavailable' : 'request failed')
    if (unavailable) res.set('Retry-After', '5')
    return renderErrorPage(context, req, res, unavailable ? kinds.unavailable : kinds.serverError, { reference })
  }
