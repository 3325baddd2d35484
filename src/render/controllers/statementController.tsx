import { isSlug } from '../../../collections/shared/fields/slugField'
import type { NextFunction, Request, Response } from 'express'

import { tFor } from '../../i18n/i18next'
import type { RenderContext } from '../context'
import { findStatementPage } from '../data/statementPage'
import { findCurrentSlug } from '../data/statements'
import { localePath } from '../format/chrome'
import { toStatementView } from '../format/statementView'
import { renderDocument, sendHtml } from '../html'
import { StatementPage } from '../views/StatementPage'
import { localeParam } from './localeParam'
import { pageChrome } from './pageChrome'

export const statementController = (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const locale = localeParam(req)
  const slug = String(req.params.slug ?? '')
  // CASE: unknown language, or a slug no statement can have: 404 without asking the database.
  if (!locale || !isSlug(slug)) return next()
  const page = await findStatementPage(context.payload, locale, slug)
  if (!page) {
    const current = await findCurrentSlug(context.payload, locale, slug)
    // CASE: the slug was changed after publication: send the reader to the current one.
    if (current) return res.redirect(301, localePath(locale, `/statements/${current}`))
    // CASE: no published version in this language (a draft or a missing translation is not shown).
    return next()
  }
  const { doc, versions } = page
  const t = tFor(locale)
  const paths = Object.fromEntries(versions.map((version) => [version.locale.code, localePath(version.locale, `/statements/${version.slug}`)]))
  const statement = toStatementView(doc, { locale, t, timeZone: context.timeZone, serverUrl: context.serverUrl })
  const chrome = await pageChrome({ context, locale, t, title: statement.title, description: statement.summary ?? undefined, paths })
  sendHtml(res, 200, renderDocument(<StatementPage chrome={chrome} statement={statement} />))
}
