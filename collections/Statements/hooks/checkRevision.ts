import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Statement } from '../../../src/payload-types'

/** `"3"`, `W/"3"` or `3`: the revision a client started from, as an If-Match header. */
const fromIfMatch = (header: string | null | undefined): number | undefined => {
  const match = header?.trim().match(/^(?:W\/)?"?(\d+)"?$/)
  return match ? Number(match[1]) : undefined
}

/**
 * Each language has its own revision number, raised by every save of that
 * language. A client that says which revision it started from (`revision`
 * in the body, or `If-Match`) gets a 409 when someone saved the same language
 * since, instead of silently replacing their work. Saves to other languages
 * never conflict: each save writes only its own language.
 */
export const checkRevision: CollectionBeforeChangeHook<Statement> = ({ data, operation, originalDoc, req }) => {
  const current = operation === 'update' ? (originalDoc?.revision ?? 0) : 0
  const header = typeof req.headers?.get === 'function' ? req.headers.get('if-match') : undefined
  // The request body, not `data`: Payload fills `data` with the stored values of fields the client left out.
  const sent = (req.data as { revision?: unknown } | undefined)?.revision
  const expected = typeof sent === 'number' ? sent : fromIfMatch(header)
  if (operation === 'update' && expected !== undefined && expected !== current) {
    throw new APIError(
      `Someone else saved the ${String(req.locale)} version since you opened it (revision ${current}; yours started from ${expected}). Reload to see their changes, then make yours again.`,
      409,
      null,
      true,
    )
  }
  return { ...data, revision: current + 1 }
}
