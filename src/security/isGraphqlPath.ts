import { normalisedPath } from './normalisedPath'

/**
 * Whether a request path reaches Payload's GraphQL route once spelt out: the
 * front door matches paths literally, so `/api//graphql`, `/api/%67raphql` or
 * `/API/graphql/` must not slip past the sign-in check on the chance that the
 * router behind it normalises them.
 */
export const isGraphqlPath = (path: string): boolean => normalisedPath(path) === '/api/graphql'
