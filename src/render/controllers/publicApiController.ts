import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { answerPublicApiQuery } from '../data/publicApiStatements'
import { publicApiQueryOf } from '../data/publicApiQuery'

/**
 * Is this request one the public read model answers (src/render/data/publicApiQuery.ts)?
 * Only on the SQL databases, where the read model's answers are held to
 * Payload's by test; on MongoDB every API read is Payload's.
 */
export const readModelAnswers = (payload: Payload) => {
  const enabled = payload.db.defaultIDType === 'number'
  return (req: Parameters<typeof publicApiQueryOf>[0]) => enabled && publicApiQueryOf(req) !== undefined
}

/**
 * Anonymous REST reads of published statements answered from the read model,
 * ahead of Payload (and of the limits on anonymous reads that reach it): the
 * same JSON Payload sends, at the cost of a public page. A statement the read
 * model does not hold in that language is a 404, as Payload answers an
 * anonymous reader for a draft, an unpublished language or no statement.
 */
export const publicApiController = (payload: Payload): RequestHandler => {
  const answers = readModelAnswers(payload)
  return async (req, res, next) => {
    // CASE: not a read the read model answers; Payload's.
    if (!answers(req)) return next()
    const query = publicApiQueryOf(req)
    if (!query) return next()
    try {
      const body = await answerPublicApiQuery(payload, query)
      res.set('Content-Type', 'application/json')
      // CASE: not published in that language, or no such statement.
      if (body === undefined) return void res.status(404).send(JSON.stringify({ errors: [{ message: 'Not Found' }] }))
      res.status(200).send(body)
    } catch (error) {
      next(error)
    }
  }
}
