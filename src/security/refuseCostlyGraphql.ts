import { configToSchema } from '@payloadcms/graphql'
import { GraphQL } from '@payloadcms/graphql/types'
import type { GraphQLSchema } from 'graphql'
import type { RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import { graphqlCost } from './graphqlCost'
import { isGraphqlPath } from './isGraphqlPath'

/**
 * The most a GraphQL request may cost (src/security/graphqlCost.ts): about
 * 5,000 documents read. A list of 20 statements costs 101; 100 statements with
 * their speakers and topics and 50 people 3,352; one list of 1,000, 1,001;
 * 240 aliased lists of 1,000, 240,240.
 */
export const graphqlCostLimit = 5_000

// The same schema Next's handler builds from the same configuration, built here once, when first asked.
const schemas = new WeakMap<SanitizedConfig, GraphQLSchema>()
const schemaOf = (payload: Payload): GraphQLSchema => {
  let schema = schemas.get(payload.config)
  if (!schema) schemas.set(payload.config, (schema = configToSchema(payload.config).schema))
  return schema
}

/** The cost of a GraphQL POST body, or a reason it cannot be costed; null when graphql-http will refuse it unread. */
const costOf = (schema: GraphQLSchema, body: Uint8Array): number | string | null => {
  let payload: unknown
  try {
    // Decoded as Payload's handler decodes it (fetch's text(): a byte-order mark dropped).
    payload = JSON.parse(new TextDecoder().decode(body))
  } catch {
    return null
  }
  let cost = 0
  for (const request of Array.isArray(payload) ? payload : [payload]) {
    const { query, variables } = (request ?? {}) as { query?: unknown; variables?: unknown }
    if (typeof query !== 'string') continue
    let document
    try {
      document = GraphQL.parse(query)
    } catch {
      // A syntax error: graphql-http answers it without executing anything.
      continue
    }
    try {
      cost += graphqlCost(schema, document, variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {})
    } catch (error) {
      return `The query's variables do not fit it: ${(error as Error).message}`
    }
  }
  return cost
}

/**
 * Refuses, before anything runs, a GraphQL request that would cost more than
 * `maxCost`: each list costs the documents it asks for times what is asked of
 * each, and every alias counts on its own. Payload's own complexity cap counts
 * a list of 1,000 as about 3, so 240 aliases of one ran for a minute.
 * Reads the body graphqlAuthRateLimit kept.
 */
export const refuseCostlyGraphql =
  ({ payload, maxCost = graphqlCostLimit }: { payload: Payload; maxCost?: number }): RequestHandler =>
  (req, res, next) => {
    const body = res.locals.graphqlBody as Buffer | undefined
    // CASE: not a GraphQL POST; Payload's GraphQL route answers nothing else.
    if (!isGraphqlPath(req.path) || !body) return next()
    const cost = costOf(schemaOf(payload), body)
    // CASE: variables that do not fit the query.
    if (typeof cost === 'string') return void res.status(400).json({ errors: [{ message: cost }] })
    // CASE: too costly.
    if (cost !== null && cost > maxCost) {
      const message =
        `This query would cost ${cost}; a request may cost at most ${maxCost}. ` +
        'A list costs the documents it asks for (its limit, 10 when none is given) times what is asked of each, and every alias counts. Ask for fewer or shorter lists.'
      return void res.status(400).json({ errors: [{ message }] })
    }
    next()
  }
