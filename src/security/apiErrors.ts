import { randomUUID } from 'node:crypto'

import type { ErrorRequestHandler } from 'express'
import type { Payload } from 'payload'

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode
  return typeof status === 'number' ? status : undefined
}

/**
 * Errors on the way to the API answered as the API answers, in JSON, rather
 * than with a public HTML page. The router refuses a path segment that is not
 * valid percent-encoding (`/api/statements/%E0%80%80`) with a 400 before
 * Payload sees it; the reason is said. Anything unexpected is logged with a
 * reference and answered without detail, as Payload does.
 */
export const apiErrors =
  (payload: Payload): ErrorRequestHandler =>
  (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error)
    const status = statusOf(error)
    if (status && status >= 400 && status < 500) {
      const message = error instanceof URIError || /decode/i.test((error as Error).message) ? 'The request path is not valid percent-encoding' : 'Bad request'
      return void res.status(status).json({ errors: [{ message }] })
    }
    const reference = randomUUID()
    payload.logger.error({ err: error, requestId: reference, url: req.originalUrl }, 'API request failed')
    res.status(500).json({ errors: [{ message: `Something went wrong (reference ${reference}).` }] })
  }
