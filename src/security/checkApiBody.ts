import type { IncomingMessage } from 'node:http'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { bufferBodyForNext } from './bufferBodyForNext'
import { isGraphqlPath } from './isGraphqlPath'
import { jsonBodyProblem } from './jsonBodyProblem'
import { methodOverrideProblem } from './methodOverrideProblem'
import { multipartBodyProblem } from './multipartBodyProblem'

const withBody = new Set(['POST', 'PUT', 'PATCH'])

// Framing headers describe the original stream, not the buffered copy read here.
const framing = new Set(['host', 'connection', 'content-length', 'transfer-encoding'])

const toHeaders = (incoming: IncomingMessage['headers']): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (typeof value === 'string' && !framing.has(name)) headers.set(name, value)
  }
  return headers
}

/**
 * Refuses with 400 and a reason the API bodies that Payload would fail on
 * with a 500 before any of our hooks could see them: invalid JSON where it
 * parses without a guard, JSON nested deep enough to overflow its recursion,
 * multipart bodies it cannot read, and queries sent in the body that it would
 * mangle. Only the bodies Payload reads are read here, up to the body limit,
 * and handed on to Next unchanged; GraphQL reads its own and answers its own
 * errors.
 */
export const checkApiBody =
  ({ payload, maxBytes }: { payload: Payload; maxBytes: number }): RequestHandler =>
  (req, res, next) => {
    const contentType = req.get('content-type') ?? ''
    // The same tests Payload applies to decide how to read a body.
    const type = contentType.split(';', 1)[0] ?? ''
    const override = req.method === 'POST' && (req.get('x-payload-http-method-override') === 'GET' || req.get('x-http-method-override') === 'GET')
    const json = type === 'application/json'
    const multipart = type.includes('multipart/')
    // CASE: no body to read, or one Payload does not read.
    if (!withBody.has(req.method) || isGraphqlPath(req.path) || (!override && !json && !multipart)) return next()
    const source = (res.locals.requestForNext as IncomingMessage | undefined) ?? req
    bufferBodyForNext(source, req, res, maxBytes).then(
      async (body) => {
        // CASE: more than the limit arrived after all; already answered 413.
        if (body === null) return
        // Decoded as fetch's text() decodes it for Payload, byte-order mark and all.
        const text = () => new TextDecoder().decode(body)
        const problem = override
          ? methodOverrideProblem({ contentType, hasQuery: req.originalUrl.includes('?'), text: text() })
          : json
            ? jsonBodyProblem(text())
            : await multipartBodyProblem({ payload, method: req.method, url: req.originalUrl, headers: toHeaders(req.headers), body })
        // CASE: a body Payload would fail on.
        if (problem) return void res.status(400).json({ errors: [{ message: problem }] })
        next()
      },
      (error: unknown) => next(error),
    )
  }
