import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../roles'

const guarded = ['roles', 'languages'] as const

const sameSet = (a: unknown, b: unknown): boolean => {
  const left = Array.isArray(a) ? [...a].sort() : []
  const right = Array.isArray(b) ? [...b].sort() : []
  return left.length === right.length && left.every((value, index) => value === right[index])
}

/**
 * Field access alone would drop a non-administrator's change of roles
 * silently; refuse it instead, with a 403 that says why. The admin form
 * sends the unchanged values back, which is allowed.
 */
export const onlyAdminsGrantRoles: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'update' && operation !== 'create') || !req.user || hasRole(req.user, 'admin')) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const touched = guarded.filter((field) => field in data)
  if (touched.length === 0) return args
  const id = (args as { id?: number | string }).id
  const current =
    operation === 'update' && id !== undefined
      ? await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
      : null
  const changed = touched.filter((field) => !sameSet(data[field], current?.[field]))
  if (changed.length > 0) {
    throw new APIError(`Only an administrator can change ${changed.join(' or ')} of a user.`, 403, null, true)
  }
  return args
}
