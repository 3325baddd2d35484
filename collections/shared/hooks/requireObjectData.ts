import { APIError } from 'payload'

/**
 * Create and update need the document (or the changes) as an object. Payload
 * hands a JSON body of `null`, `"text"` or `1` on as the data, and leaves the
 * data unset for a body it does not read (empty, text/plain, a form without
 * `_payload`); field hooks then fail on it and the answer was a 500. No data
 * is taken as `{}`, as Payload itself takes an empty JSON object, so required
 * fields are reported as usual; data of any other shape is refused with 400.
 * Shared by every collection and global; listed first so no other hook sees
 * such data.
 */
// Generic rather than a CollectionBeforeOperationHook: one hook for collections and globals, whose hook types differ.
export const requireObjectData = <Args>({ args, operation }: { args?: Args; operation: string }): Args | undefined => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = (args ?? {}) as { data?: unknown }
  if (data === undefined) return { ...args, data: {} } as Args
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new APIError('The request body must be a JSON object: the document, or the fields to change', 400, null, true)
  }
  return args
}
