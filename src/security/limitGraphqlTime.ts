import type { ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'

import { isGraphqlPath } from './isGraphqlPath'

/** How long a GraphQL request may run before it is answered 503 and Payload stops its work (collections/shared/hooks/stopOverdueGraphql.ts). */
export const graphqlTimeLimitMs = 10_000

/** After our answer, whatever Next still sends for this request goes nowhere, instead of failing on headers already sent. */
const silence = (res: ServerResponse): void => {
  const ignore = function (this: ServerResponse) {
    return this
  }
  res.setHeader = ignore as unknown as ServerResponse['setHeader']
  res.appendHeader = ignore as unknown as ServerResponse['appendHeader']
  res.removeHeader = () => {}
  res.writeHead = ignore as unknown as ServerResponse['writeHead']
  res.flushHeaders = () => {}
  res.write = (() => true) as unknown as ServerResponse['write']
  res.end = ignore as unknown as ServerResponse['end']
}

/**
 * Bounds the time a GraphQL request may hold the server: past `timeLimitMs`
 * it is answered 503 with the reason, and Payload, which keeps its own clock
 * for the same request, refuses its remaining reads and operations.
 */
export const limitGraphqlTime =
  ({ timeLimitMs = graphqlTimeLimitMs }: { timeLimitMs?: number } = {}): RequestHandler =>
  (req, res, next) => {
    // CASE: not GraphQL.
    if (!isGraphqlPath(req.path)) return next()
    const timer = setTimeout(() => {
      if (res.headersSent || res.writableEnded) return
      const seconds = Math.round(timeLimitMs / 100) / 10
      res
        .status(503)
        .set('Retry-After', String(Math.ceil(timeLimitMs / 1000)))
        .json({ errors: [{ message: `This GraphQL request ran for more than ${seconds} s and was stopped. Ask for less: fewer aliases, shorter lists.` }] })
      silence(res)
    }, timeLimitMs)
    res.once('close', () => clearTimeout(timer))
    next()
  }
