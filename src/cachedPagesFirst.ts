import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import type { Express } from 'express'

import type { PageCache } from './render/cache/pageCache'
import { anonymousApiGateOf } from './security/anonymousApiGate'
import { isSharedApiRead } from './render/cache/sharedApiReads'
import { languageCookieFor } from './render/controllers/rememberLanguage'

/**
 * The server's request listener: a cached public page is answered before
 * Express sees the request, because on a hit Express's own routing is most
 * of the cost left (it halved the rate of a bare server sending the same
 * bytes). So is an anonymous API read held by the API cache. Everything else
 * goes to the app, which answers hits the same way when reached directly, as
 * the tests do. Anonymous API reads past their limits are refused here too
 * (src/security/anonymousApiGate.ts), so a flood of them costs little more
 * than the same number of cached pages.
 */
export const cachedPagesFirst = (app: Express, pageCache: PageCache | false, apiCache: PageCache | false = false): RequestListener => {
  const gate = anonymousApiGateOf(app)
  if (!pageCache && !gate) return app
  return (req: IncomingMessage, res: ServerResponse) => {
    const cookie = languageCookieFor(req.method, req.url ?? '', req.headers.cookie)
    if (pageCache && pageCache.answer(req, res, cookie ? { 'Set-Cookie': cookie } : undefined)) return
    // Anonymous API reads held by their own cache, under the same rule as in the app (sharedApiReads).
    if (apiCache && isSharedApiRead(req) && apiCache.answer(req, res)) return
    if (gate && !gate.admit(req, res)) return
    app(req, res)
  }
}
