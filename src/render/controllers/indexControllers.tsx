import type { NextFunction, Request, Response } from 'express'

import { tFor } from '../../i18n/i18next'
import { locales } from '../../i18n/locales'
import type { RenderContext } from '../context'
import { findFilterOptions } from '../data/taxonomy'
import { localePath } from '../format/chrome'
import { renderDocument, sendHtml } from '../html'
import { IndexPage } from '../views/IndexPage'
import { localeParam } from './localeParam'
import { pageChrome } from './pageChrome'

type Kind = 'topics' | 'people'

/** Every topic, or every person (with their position), with a name in this language, linking to their pages. */
const indexController = (kind: Kind) => (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const locale = localeParam(req)
  // CASE: not one of our languages.
  if (!locale) return next()
  const t = tFor(locale)
  const options = await findFilterOptions(context.payload, locale)
  const heading = t(kind === 'topics' ? 'index.topics' : 'index.people')
  // A person's position in this language beside the name, as a press office lists its speakers.
  const items = options[kind].map((entry) => ({ name: entry.name, href: localePath(locale, `/${kind}/${entry.slug}`), note: entry.note }))
  const chrome = await pageChrome({
    context,
    locale,
    t,
    title: heading,
    paths: Object.fromEntries(locales.map((other) => [other.code, localePath(other, `/${kind}`)])),
  })
  sendHtml(res, 200, renderDocument(<IndexPage chrome={chrome} heading={heading} items={items} emptyText={t('index.empty')} />))
}

export const topicsIndexController = indexController('topics')
export const peopleIndexController = indexController('people')
