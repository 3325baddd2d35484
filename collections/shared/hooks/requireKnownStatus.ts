import { APIError } from 'payload'

const statuses = ['draft', 'published']

/**
 * `_status` may only be `draft` or `published`. Payload does not validate
 * the field it adds for drafts: a PATCH of `{"_status": 5}` was answered 200
 * and stored "5.0", a language version that is neither, which no list, feed
 * or workflow step would ever pick up again. Refused with 400 instead.
 */
// Generic rather than a CollectionBeforeOperationHook: one hook for collections and globals, whose hook types differ.
export const requireKnownStatus = <Args>({ args, operation }: { args?: Args; operation: string }): Args | undefined => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = (args ?? {}) as { data?: { _status?: unknown } }
  if (data && '_status' in data && data._status !== undefined && !statuses.includes(data._status as string)) {
    throw new APIError(`_status must be "draft" or "published", not ${JSON.stringify(data._status)}`, 400, null, true)
  }
  return args
}
