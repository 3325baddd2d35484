import { isSlug } from '../../../collections/shared/fields/slugField'
import type { NextFunction, Request, Response } from 'express'

import { tFor } from '../../i18n/i18next'
import { locales } from '../../i18n/locales'
import type { RenderContext } from '../context'
import { findPersonBySlug, findTopicBySlug } from '../data/taxonomy'
import { archiveHref, parseArchiveQuery } from '../format/archiveQuery'
import { localePath } from '../format/chrome'
import { renderDocument, sendHtml } from '../html'
import { PublicError } from '../publicError'
import { ListingPage } from '../views/ListingPage'
import { listStatements } from './listing'
import { localeParam } from './localeParam'
import { pageChrome } from './pageChrome'


type Kind = 'topics' | 'people'

/** Topic and person pages: the entity's name in this language, then its published statements, newest first. */
const taxonomyController = (kind: Kind) => (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const locale = localeParam(req)
  const slug = String(req.params.slug ?? '')
  // CASE: unknown language or a slug nothing can have.
  if (!locale || !isSlug(slug)) return next()
  const parsed = parseArchiveQuery({ page: req.query.page })
  // CASE: a malformed page number.
  if (!parsed.ok) throw new PublicError(400, 'errors.badFilter', { name: parsed.problem })
  const { page } = parsed.query
  const find = kind === 'topics' ? findTopicBySlug : findPersonBySlug
  // The same topic or person in every language: the switcher links only where it has a name.
  const inEach = await Promise.all(locales.map(async (other) => ({ other, found: await find(context.payload, other, slug) })))
  const entity = inEach.find(({ other }) => other.code === locale.code)?.found
  // CASE: no such topic or person, or it has no name in this language yet.
  if (!entity || !entity.name) return next()
  const t = tFor(locale)
  const filter = kind === 'topics' ? { topicId: entity.id } : { personId: entity.id }
  const { items, total, totalPages } = await listStatements(context, locale, t, { page, filter })
  const base = localePath(locale, `/${kind}/${slug}`)
  const lead = 'type' in entity ? t(`topic.${entity.type}`) : entity.position
  const intro = lead ? <p className="lead">{lead}</p> : null
  const chrome = await pageChrome({
    context,
    locale,
    t,
    title: entity.name,
    paths: Object.fromEntries(
      inEach.filter(({ found }) => found?.name).map(({ other }) => [other.code, archiveHref(localePath(other, `/${kind}/${slug}`), parsed.query, 1)]),
    ),
  })
  sendHtml(
    res,
    200,
    renderDocument(
      <ListingPage
        chrome={chrome}
        heading={entity.name}
        intro={intro}
        items={items}
        total={total}
        emptyText={t(kind === 'topics' ? 'topic.empty' : 'person.empty')}
        pagination={{ page, totalPages, hrefFor: (p) => archiveHref(base, parsed.query, p) }}
      />,
    ),
  )
}

export const topicController = taxonomyController('topics')
export const personController = taxonomyController('people')
