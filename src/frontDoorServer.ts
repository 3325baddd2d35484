import { createServer, type RequestListener, type Server } from 'node:http'

import { explainClientErrors } from './security/explainClientErrors'

export type ServerTimeouts = { headersMs: number; requestMs: number; keepAliveMs: number; checkEveryMs: number }

/**
 * How long a connection may take, chosen rather than left to Node's defaults
 * (60 s for headers, 300 s for a request, checked every 30 s):
 * - headers within 10 s: a real client sends them at once; a slow trickle of
 *   partial headers (slowloris) would otherwise hold a connection for a minute;
 * - the whole request within 60 s: enough for the largest upload (12 MB) at
 *   about 2 Mbit/s;
 * - an idle kept-alive connection closed after 65 s: longer than the 60 s
 *   idle timeout usual in load balancers, so the server never closes a
 *   connection the proxy is about to reuse (which would be a 502);
 * - checked every second, so a limit acts within a second of passing.
 */
export const serverTimeouts: ServerTimeouts = { headersMs: 10_000, requestMs: 60_000, keepAliveMs: 65_000, checkEveryMs: 1_000 }

/** The front door's HTTP server: its time limits, and malformed or late requests answered with a reason. */
export const createFrontDoorServer = (listener: RequestListener, timeouts: ServerTimeouts = serverTimeouts): Server => {
  const server = createServer(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, keepAliveTimeout: timeouts.keepAliveMs, connectionsCheckingInterval: timeouts.checkEveryMs },
    listener,
  )
  explainClientErrors(server)
  return server
}
