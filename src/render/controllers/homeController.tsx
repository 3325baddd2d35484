import type { NextFunction, Request, Response } from 'express'

import { tFor } from '../../i18n/i18next'
import { locales } from '../../i18n/locales'
import type { RenderContext } from '../context'
import { findStatements } from '../data/statements'
import { localePath } from '../format/chrome'
import { toStatementCard } from '../format/statementView'
import { renderDocument, sendHtml } from '../html'
import { HomePage } from '../views/HomePage'
import { localeParam } from './localeParam'
import { pageChrome } from './pageChrome'

export const homeController = (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const locale = localeParam(req)
  // CASE: not one of our languages; the 404 handler answers.
  if (!locale) return next()
  const t = tFor(locale)
  const [latest, chrome] = await Promise.all([
    findStatements(context.payload, locale, { limit: 20 }),
    pageChrome({
      context,
      locale,
      t,
      title: t('home.title'),
      paths: Object.fromEntries(locales.map((other) => [other.code, localePath(other)])),
    }),
  ])
  const items = latest.docs.map((doc) => toStatementCard(doc, { locale, t, timeZone: context.timeZone, serverUrl: context.serverUrl }))
  sendHtml(res, 200, renderDocument(<HomePage chrome={chrome} items={items} total={latest.totalDocs} />))
}
