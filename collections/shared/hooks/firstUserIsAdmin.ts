import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../src/payload-types'

/** The very first account becomes an administrator with every language. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs > 0) return data
  return { ...data, roles: ['admin'] }
}
