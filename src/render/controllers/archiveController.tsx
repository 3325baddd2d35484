import type { NextFunction, Request, Response } from 'express'

import { statementKindValues } from '../../../collections/Statements/kinds'
import { tFor } from '../../i18n/i18next'
import { locales } from '../../i18n/locales'
import type { RenderContext } from '../context'
import { findFilterOptions, findPersonBySlug, findTopicBySlug } from '../data/taxonomy'
import { archiveHref, dayBounds, parseArchiveQuery } from '../format/archiveQuery'
import { localePath } from '../format/chrome'
import { renderDocument, sendHtml } from '../html'
import { PublicError } from '../publicError'
import { ArchiveFilters } from '../views/ArchiveFilters'
import { ListingPage } from '../views/ListingPage'
import { listStatements } from './listing'
import { localeParam } from './localeParam'
import { pageChrome } from './pageChrome'

export const archiveController = (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const locale = localeParam(req)
  // CASE: not one of our languages.
  if (!locale) return next()
  const t = tFor(locale)
  const parsed = parseArchiveQuery(req.query as Record<string, unknown>)
  // CASE: a malformed filter or page number, or an end before the start: say which.
  if (!parsed.ok) throw new PublicError(400, parsed.textKey ?? 'errors.badFilter', { name: parsed.problem, ...parsed.params })
  const { query } = parsed
  const [topic, person, options] = await Promise.all([
    query.topic ? findTopicBySlug(context.payload, locale, query.topic) : undefined,
    query.person ? findPersonBySlug(context.payload, locale, query.person) : undefined,
    findFilterOptions(context.payload, locale),
  ])
  // CASE: filtering by a topic or person that does not exist.
  if (topic === null) throw new PublicError(404, 'errors.badFilter', { name: 'topic' })
  if (person === null) throw new PublicError(404, 'errors.badFilter', { name: 'person' })
  const filter = { kind: query.kind, topicId: topic?.id, personId: person?.id, ...dayBounds(query, context.timeZone) }
  const { items, total, totalPages } = await listStatements(context, locale, t, { page: query.page, filter })
  const action = localePath(locale, '/statements')
  const chrome = await pageChrome({
    context,
    locale,
    t,
    title: t('archive.title'),
    paths: Object.fromEntries(locales.map((other) => [other.code, archiveHref(localePath(other, '/statements'), query, query.page)])),
  })
  sendHtml(
    res,
    200,
    renderDocument(
      <ListingPage
        chrome={chrome}
        heading={t('archive.title')}
        items={items}
        total={total}
        emptyText={t('archive.empty')}
        pagination={{ page: query.page, totalPages, hrefFor: (page) => archiveHref(action, query, page) }}
      >
        <ArchiveFilters
          t={t}
          action={action}
          query={query}
          kinds={statementKindValues.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          topics={options.topics.map((o) => ({ value: o.slug, label: o.name }))}
          people={options.people.map((o) => ({ value: o.slug, label: o.name }))}
        />
      </ListingPage>,
    ),
  )
}
