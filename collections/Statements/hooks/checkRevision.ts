import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import type { Statement } from '../../../src/payload-types'

/** The revisions a save says it started from (any one of them may be current), noted for checkRevision. */
const sentRevisionContext = 'sentRevisions'

const malformed = (message: string): never => {
  throw new APIError(message, 400, null, true)
}

const described = (value: unknown) => (typeof value === 'string' ? `the text "${value.slice(0, 40)}"` : (JSON.stringify(value)?.slice(0, 40) ?? String(value)))

/** `revision` in the body: a whole number, or nothing. */
const fromBody = (sent: unknown): number[] | undefined => {
  if (sent === undefined || sent === null) return undefined
  if (typeof sent === 'number' && Number.isSafeInteger(sent) && sent >= 0) return [sent]
  return malformed(`revision must be the whole number of the revision your edit started from, such as 3; got ${described(sent)}.`)
}

/**
 * `If-Match`: `*` (any revision) or a list of entity tags, `"3"`, `W/"3"` or
 * a bare `3`, each naming a revision; the save goes ahead when one of them
 * is the current one, as HTTP has it.
 */
const fromIfMatch = (header: string | null | undefined): number[] | undefined => {
  if (header === null || header === undefined) return undefined
  if (header.trim() === '*') return undefined
  const revisions = header.split(',').map((tag) => /^\s*(?:W\/)?(?:"(\d{1,15})"|(\d{1,15}))\s*$/.exec(tag))
  if (revisions.length === 0 || revisions.some((match) => !match)) {
    return malformed(`If-Match must list the revisions your edit started from, such as "3" or W/"3", separated by commas; got ${header.slice(0, 80)}`)
  }
  return revisions.map((match) => Number(match?.[1] ?? match?.[2]))
}

/**
 * Reads, on every write path (REST, GraphQL, the Local API), which revision
 * the client started from: `revision` in the data it sent, which GraphQL
 * hands over as an argument and not as a request body, and `If-Match`. A
 * revision that is not a whole number is a 400 saying so, not a save that
 * skips the check. A restore carries the restored version's own number,
 * which is not one the client sent: it is not checked.
 */
export const noteSentRevision: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') req.context[sentRevisionContext] = undefined
  if (operation !== 'update' && operation !== 'create') return args
  const header = typeof req.headers?.get === 'function' ? req.headers.get('if-match') : undefined
  const body = fromBody((args as { data?: { revision?: unknown } }).data?.revision)
  const ifMatch = fromIfMatch(header)
  req.context[sentRevisionContext] = body || ifMatch ? { body, ifMatch } : undefined
  return args
}

/**
 * Each language has its own revision number, raised by every save of that
 * language. A client that says which revision it started from (`revision`
 * in the data, or `If-Match`) gets a 409 when someone saved the same
 * language since, instead of silently replacing their work. Saves to other
 * languages never conflict: each save writes only its own language.
 */
export const checkRevision: CollectionBeforeChangeHook<Statement> = ({ data, operation, originalDoc, req }) => {
  const current = operation === 'update' ? (originalDoc?.revision ?? 0) : 0
  const sent = req.context[sentRevisionContext] as { body?: number[]; ifMatch?: number[] } | undefined
  if (operation === 'update' && sent) {
    const stale = [sent.body, sent.ifMatch].find((revisions) => revisions && !revisions.includes(current))
    if (stale) {
      throw new APIError(
        `Someone else saved the ${String(req.locale)} version since you opened it (revision ${current}; yours started from ${stale.join(' or ')}). Reload to see their changes, then make yours again.`,
        409,
        null,
        true,
      )
    }
  }
  return { ...data, revision: current + 1 }
}
