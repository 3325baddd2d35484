import { Router } from 'express'

import { pageQuery } from './cache/knownQuery'
import type { PageCache } from './cache/pageCache'
import type { RenderContext } from './context'
import { archiveController } from './controllers/archiveController'
import { feedController } from './controllers/feedController'
import { homeController } from './controllers/homeController'
import { oldUrlController } from './controllers/oldUrlController'
import { peopleIndexController, topicsIndexController } from './controllers/indexControllers'
import { rootRedirectController } from './controllers/rootRedirectController'
import { searchController } from './controllers/searchController'
import { sitemapController, sitemapFileController } from './controllers/sitemapController'
import { statementController } from './controllers/statementController'
import { personController, topicController } from './controllers/taxonomyControllers'

const oneYearSeconds = 365 * 24 * 60 * 60

/** The public site: every route here reads published content only. */
export const publicRoutes = (context: RenderContext, pageCache?: PageCache): Router => {
  const router = Router()
  router.get('/', rootRedirectController)
  router.get(context.stylesheet.href, (_req, res) => {
    res.set('Cache-Control', `public, max-age=${oneYearSeconds}, immutable`).type('css').send(context.stylesheet.body)
  })
  // No favicon yet: answer at once rather than with a rendered 404 page.
  router.get('/favicon.ico', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').status(204).end()
  })
  // Pages are kept only for addresses whose query the route reads (pageQuery).
  if (pageCache) router.use(pageCache.record())
  router.get('/sitemap.xml', sitemapController(context))
  router.get('/sitemaps/:file.xml', sitemapFileController(context))
  router.get('/:lang/', homeController(context))
  router.get('/:lang/statements', pageQuery('kind', 'topic', 'person', 'from', 'to', 'page'), archiveController(context))
  router.get('/:lang/statements/:slug', statementController(context))
  router.get('/:lang/topics', topicsIndexController(context))
  router.get('/:lang/topics/:slug', pageQuery('page'), topicController(context))
  router.get('/:lang/people', peopleIndexController(context))
  router.get('/:lang/people/:slug', pageQuery('page'), personController(context))
  router.get('/:lang/search', pageQuery('q', 'page'), searchController(context))
  router.get('/:lang/feed.xml', feedController(context))
  // Addresses of the site an archive came from, before the 404 page.
  router.get('/{*oldPath}', oldUrlController(context))
  return router
}
