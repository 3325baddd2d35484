import type { RequestHandler } from 'express'

import { bufferBodyForNext } from './bufferBodyForNext'
import { refuseOversizedBody } from './refuseOversizedBody'

/**
 * Refuses a body over `maxBytes` with 413 and a reason, whether or not it
 * says how long it is. A declared Content-Length is checked up front (Node
 * never delivers more than it declares). A chunked body is counted as it
 * arrives: it is read up to the limit and handed on whole, so the refusal can
 * still be answered before Next starts; past the limit reading stops and the
 * connection is closed. Holding up to the limit adds nothing to what Payload
 * already holds when it parses a body of declared length.
 */
export const limitBody =
  (maxBytes: number): RequestHandler =>
  (req, res, next) => {
    // CASE: a check before this one already read the body, within the limit.
    if (res.locals.requestForNext) return next()
    const declared = req.get('content-length')
    if (declared !== undefined) {
      if (Number(declared) > maxBytes) refuseOversizedBody(req, res, maxBytes)
      else next()
      return
    }
    // CASE: no Content-Length and no Transfer-Encoding: there is no body.
    if (req.get('transfer-encoding') === undefined) return next()
    bufferBodyForNext(req, req, res, maxBytes).then(
      (body) => {
        // CASE: over the limit; already answered 413.
        if (body !== null) next()
      },
      (error: unknown) => next(error),
    )
  }
