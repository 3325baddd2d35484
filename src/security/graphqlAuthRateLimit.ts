import type { IncomingMessage } from 'node:http'

import type { RequestHandler } from 'express'

import { countGraphqlAuthOperations } from './countGraphqlAuthOperations'
import { isGraphqlPath } from './isGraphqlPath'
import { readBodyUpTo } from './readBodyUpTo'
import { refuseOversizedBody } from './refuseOversizedBody'
import { replayRequest } from './replayRequest'

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
    readBodyUpTo(source, maxBytes).then(
      (body) => {
        if (body === null) {
          refuseOversizedBody(req, res, maxBytes)
          return
        }
        const replay = replayRequest(req, res)
        replay.push(body)
        replay.push(null)
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
