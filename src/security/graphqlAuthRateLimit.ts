import type { IncomingMessage } from 'node:http'

import type { RequestHandler } from 'express'

import { bufferBodyForNext } from './bufferBodyForNext'
import { countGraphqlAuthOperations } from './countGraphqlAuthOperations'
import { isGraphqlPath } from './isGraphqlPath'

/**
 * Counts GraphQL sign-in and password mutations against the same per-address
 * limiter as the REST routes, which would otherwise be a way around it. The
 * body is read (GraphQL bodies are small, and never more than `maxBytes`) and
 * handed on to Next unchanged; ordinary queries pass without being counted.
 * More than one such mutation in a request is refused outright: aliases would
 * otherwise let one counted request try many passwords.
 */
export const graphqlAuthRateLimit =
  ({ limiter, maxBytes }: { limiter: RequestHandler; maxBytes: number }): RequestHandler =>
  (req, res, next) => {
    // CASE: another API route; its body is Next's to read.
    if (!isGraphqlPath(req.path)) return next()
    // A chunked body has already been read by limitBody; its copy is read instead.
    const source = (res.locals.requestForNext as IncomingMessage | undefined) ?? req
    bufferBodyForNext(source, req, res, maxBytes).then(
      (body) => {
        // CASE: over the limit; already answered 413.
        if (body === null) return
        // Kept for the checks after this one (refuseCostlyGraphql), which read the same bytes.
        res.locals.graphqlBody = body
        const attempts = countGraphqlAuthOperations(body)
        if (attempts > 1) {
          res.status(400).json({ errors: [{ message: 'Only one sign-in or password operation is allowed per request.' }] })
          return
        }
        if (attempts === 1) return limiter(req, res, next)
        next()
      },
      (error: unknown) => next(error),
    )
  }
