import type { RequestHandler } from 'express'

import { defaultLocale } from '../i18n/locales'

/** The admin's "Create new" pages: `/admin/collections/<slug>/create`. */
export const createPagePath = '/admin/collections/:slug/create'

/**
 * Payload opens a page without `?locale=` in the content language the person
 * last chose anywhere (a stored preference): after editing a person in
 * Russian, "Create topic" opened in Russian and saved a topic with no
 * English name. A new document starts in the default language instead; a
 * `locale` the URL names (the language picker on the create page) is kept.
 * The redirect also serves Next's in-app navigations, which follow it.
 */
export const newDocumentsInDefaultLocale: RequestHandler = (req, res, next) => {
  if (typeof req.query.locale === 'string' && req.query.locale !== '') return next()
  const url = new URL(req.originalUrl, 'http://admin.invalid')
  url.searchParams.set('locale', defaultLocale.code)
  res.redirect(302, url.pathname + url.search)
}
