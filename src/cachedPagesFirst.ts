import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import type { Express } from 'express'

import type { PageCache } from './render/cache/pageCache'
import { languageCookieFor } from './render/controllers/rememberLanguage'

/**
 * The server's request listener: a cached public page is answered before
 * Express sees the request, because on a hit Express's own routing is most
 * of the cost left (it halved the rate of a bare server sending the same
 * bytes). Everything else goes to the app, which answers hits the same way
 * when reached directly, as the tests do.
 */
export const cachedPagesFirst = (app: Express, pageCache: PageCache | false): RequestListener => {
  if (!pageCache) return app
  return (req: IncomingMessage, res: ServerResponse) => {
    const cookie = languageCookieFor(req.method, req.url ?? '', req.headers.cookie)
    if (!pageCache.answer(req, res, cookie ? { 'Set-Cookie': cookie } : undefined)) app(req, res)
  }
}
