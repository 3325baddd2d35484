import type { IncomingMessage, ServerResponse } from 'node:http'

import { clientAddress, type TrustProxy } from './clientAddress'
import { isGraphqlPath } from './isGraphqlPath'

export type AnonymousApiGateOptions = {
  /** Anonymous reads that may be with Payload at once. */
  concurrency: number
  /** Share of the server's time they may take, in percent, measured over the last second or so. */
  busyPercent: number
  /** Reads one client address may make a minute; 0 for no per-client limit. */
  perMinute: number
  /** Does the request carry a real session? Those are staff's and never held back here. */
  isStaff: (req: IncomingMessage) => boolean
  /** Express's compiled TRUST_PROXY, so the per-client limit sees the client and not the load balancer. */
  trust: TrustProxy
  /** Reads answered without Payload at a page's cost (the public read model), which the gate lets by. */
  exempt?: (req: IncomingMessage) => boolean
  now?: () => number
}

/** Addresses counted at once; past this the counts start again, so a spray of addresses cannot fill memory. */
const maxClients = 100_000
const admittedKey = Symbol.for('statements-cms.anonymousApiGate.admitted')

/**
 * The reads the gate holds back: GETs (and HEADs) of Payload's REST API and
 * GraphQL requests, by anyone without a session. Not `/api/users/…`, where
 * the admin's sign-in page asks who is signed in (`me`) before anyone is:
 * sign-in attempts have a limit of their own (src/rateLimits.ts).
 */
export const isAnonymousApiRead = (req: IncomingMessage, isStaff: (req: IncomingMessage) => boolean): boolean => {
  const url = req.url ?? ''
  if (!url.startsWith('/api/') || url.startsWith('/api/users/') || url.startsWith('/api/users?')) return false
  const path = url.split('?', 1)[0] as string
  const read = req.method === 'GET' || req.method === 'HEAD' || (req.method === 'POST' && isGraphqlPath(path))
  return read && !isStaff(req)
}

const refuse = (res: ServerResponse, status: 429 | 503, retryAfterSeconds: number, message: string, head: boolean) => {
  const body = Buffer.from(JSON.stringify({ errors: [{ message }] }))
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Retry-After': String(retryAfterSeconds),
    'Cache-Control': 'no-store',
  })
  res.end(head ? undefined : body)
}

/**
 * Bounds the work anonymous API clients can give Payload, so that one of
 * them cannot stall the public pages served by the same event loop: on
 * SQLite, Payload's queries run synchronously on it (libsql), and a list
 * of 20 keeps it busy for tens of milliseconds. Three limits, each answered at
 * once and never queued:
 * - at most `concurrency` reads in flight (503, `Retry-After: 1`);
 * - at most `busyPercent` of the time, summed over the reads' durations in a
 *   leaky bucket of one second (503, `Retry-After` when the bucket has room);
 * - at most `perMinute` reads per client address (429, `Retry-After` at the
 *   end of the minute).
 * Requests with a valid session (staff) pass untouched. Answers held by the
 * API cache and the read model's answers never get here.
 */
export const anonymousApiGate = ({ concurrency, busyPercent, perMinute, isStaff, trust, exempt = () => false, now = () => performance.now() }: AnonymousApiGateOptions) => {
  const share = Math.min(busyPercent, 100) / 100
  const allowanceMs = 1000 * share
  let inFlight = 0
  let shed = 0
  let debtMs = 0
  let refilledAt = now()
  let counts = new Map<string, number>()
  let windowStartedAt = now()

  const drain = (at: number) => {
    debtMs = Math.max(0, debtMs - (at - refilledAt) * share)
    refilledAt = at
  }

  const overClientLimit = (req: IncomingMessage, at: number): number | undefined => {
    if (perMinute === 0) return undefined
    if (at - windowStartedAt >= 60_000 || counts.size >= maxClients) {
      counts = new Map()
      windowStartedAt = at
    }
    const address = clientAddress(req, trust)
    const count = (counts.get(address) ?? 0) + 1
    counts.set(address, count)
    return count > perMinute ? Math.max(1, Math.ceil((windowStartedAt + 60_000 - at) / 1000)) : undefined
  }

  /** True when the request may go on to Payload; otherwise it has been answered. */
  const admit = (req: IncomingMessage, res: ServerResponse): boolean => {
    const marked = req as IncomingMessage & { [admittedKey]?: true }
    if (marked[admittedKey] || !isAnonymousApiRead(req, isStaff) || exempt(req)) return true
    const head = req.method === 'HEAD'
    const at = now()
    const clientWait = overClientLimit(req, at)
    if (clientWait !== undefined) {
      shed += 1
      refuse(res, 429, clientWait, `Too many API requests from this address: at most ${perMinute} a minute that are not answered from the cache. Try again in ${clientWait} s.`, head)
      return false
    }
    drain(at)
    if (inFlight >= concurrency || debtMs > allowanceMs) {
      shed += 1
      const wait = inFlight >= concurrency ? 1 : Math.max(1, Math.ceil((debtMs - allowanceMs) / share / 1000))
      refuse(res, 503, wait, `The API is busy with other requests from readers without an account. Try again in ${wait} s.`, head)
      return false
    }
    marked[admittedKey] = true
    inFlight += 1
    res.once('close', () => {
      inFlight -= 1
      const done = now()
      drain(done)
      debtMs += done - at
    })
    return true
  }

  return { admit, stats: () => ({ inFlight, shed, debtMs }) }
}

export type AnonymousApiGate = ReturnType<typeof anonymousApiGate>

/**
 * The gate an app was made with, for the server's request listener
 * (src/cachedPagesFirst.ts), which sheds before Express sees the request: a
 * refusal there costs what a cached page costs, not a pass through Express.
 */
export const anonymousApiGateOf = (app: { locals?: Record<string, unknown> }): AnonymousApiGate | undefined =>
  app.locals?.anonymousApiGate as AnonymousApiGate | undefined
