import { Kind, parse, visit } from 'graphql'

import { graphqlAuthMutations } from '../rateLimits'

const guarded = new Set(graphqlAuthMutations)

/**
 * How many sign-in or password mutations a GraphQL POST body asks for. Every
 * field is counted, aliased or inside a fragment, in every operation of the
 * document: an upper bound on what would run. A body that is not JSON or not
 * GraphQL counts 0, because Payload's handler refuses it before running anything.
 * The bytes are decoded as fetch's `Request.text()` decodes them for Payload's
 * handler (a leading byte-order mark dropped): decoded any other way, a body
 * with a BOM read as not-JSON here and as a sign-in there.
 */
export const countGraphqlAuthOperations = (body: Uint8Array): number => {
  let payload: unknown
  try {
    payload = JSON.parse(new TextDecoder().decode(body))
  } catch {
    return 0
  }
  const requests = Array.isArray(payload) ? payload : [payload]
  let count = 0
  for (const request of requests) {
    const query = (request as { query?: unknown } | null)?.query
    if (typeof query !== 'string') continue
    try {
      visit(parse(query), {
        [Kind.FIELD]: (field) => {
          if (guarded.has(field.name.value)) count++
        },
      })
    } catch {
      // A syntax error: graphql-http answers it without executing anything.
    }
  }
  return count
}
