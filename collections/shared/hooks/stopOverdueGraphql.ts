import { APIError, type CollectionBeforeOperationHook, type CollectionBeforeReadHook, type CollectionConfig, type PayloadRequest } from 'payload'

import { graphqlTimeLimitMs } from '../../../src/security/limitGraphqlTime'

/**
 * When each GraphQL request began, keyed by its `req.context`: the one object
 * every resolver of a request shares (Payload gives each resolver its own
 * copy of `req`, but not of its context).
 */
const startedAt = new WeakMap<object, number>()

/**
 * Past the time limit, a GraphQL request's remaining operations and document
 * reads are refused: the front door has answered 503 by then
 * (src/security/limitGraphqlTime.ts), and the work would be for nobody. The
 * clock starts at the request's first operation.
 */
export const refuseWhenOverdue = (req: Pick<PayloadRequest, 'payloadAPI' | 'context'>, now = Date.now()): void => {
  if (req.payloadAPI !== 'GraphQL' || !req.context) return
  const started = startedAt.get(req.context)
  if (started === undefined) return void startedAt.set(req.context, now)
  if (now - started > graphqlTimeLimitMs) {
    throw new APIError(`This GraphQL request ran for more than ${graphqlTimeLimitMs / 1000} s and was stopped.`, 503)
  }
}

export const stopOverdueGraphqlOperation: CollectionBeforeOperationHook = ({ args, req }) => {
  refuseWhenOverdue(req)
  return args
}

export const stopOverdueGraphqlRead: CollectionBeforeReadHook = ({ doc, req }) => {
  refuseWhenOverdue(req)
  return doc
}

/** Every collection, the time check first: one place, rather than a line in each collection's pipeline. */
export const withGraphqlTimeLimit = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [stopOverdueGraphqlOperation, ...(collection.hooks?.beforeOperation ?? [])],
    beforeRead: [stopOverdueGraphqlRead, ...(collection.hooks?.beforeRead ?? [])],
  },
})
