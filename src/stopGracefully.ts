import type { Server, ServerResponse } from 'node:http'
import net from 'node:net'

/** Something to close once the last request has been answered, in the order given. */
export type Closer = { name: string; close: () => Promise<unknown> }

export type StopOptions = {
  closers: Closer[]
  log: { info: (message: string) => void; warn: (message: string) => void }
  /** Longest wait for requests in flight; past it their connections are cut and the exit code is 1. */
  ceilingMs?: number
  /** Longest wait for each closer, so a stuck one cannot keep the process up. */
  closerCeilingMs?: number
  signals?: NodeJS.Signals[]
  exit?: (code: number) => void
}

/**
 * Stops the server without dropping a request it has begun to read: on
 * SIGTERM or SIGINT the listener closes (new connections are refused, which a
 * load balancer retries elsewhere), idle keep-alive connections are closed,
 * every answer from then on says `Connection: close` so clients reconnect
 * elsewhere rather than send more on a socket about to go, and requests in
 * flight are answered. Then Next, Redis and the database close and the process
 * exits 0, or 1 when the ceiling cut requests short.
 */
export const stopGracefully = (
  server: Server,
  { closers, log, ceilingMs = 10_000, closerCeilingMs = 5_000, signals = ['SIGTERM', 'SIGINT'], exit = (code) => process.exit(code) }: StopOptions,
) => {
  const open = new Set<ServerResponse>()
  let received = 0
  let answered = 0
  let answeredInDrain = 0
  let draining = false

  // First in line, so the header is set before any route can send a response.
  server.prependListener('request', (_req, res: ServerResponse) => {
    received += 1
    open.add(res)
    if (draining) res.setHeader('Connection', 'close')
    res.once('finish', () => {
      answered += 1
      if (draining) answeredInDrain += 1
    })
    res.once('close', () => {
      open.delete(res)
      // An answer already under way when the drain began could not say Connection: close; its socket is idle now.
      if (draining) setImmediate(() => server.closeIdleConnections())
    })
  })

  let stopping: Promise<void> | undefined
  const stop = (reason: string): Promise<void> =>
    (stopping ??= (async () => {
      draining = true
      // Stop listening at once, so new connections are refused rather than queued and reset. http.Server's
      // own close() would also drop idle keep-alive connections now, resetting requests that were already
      // sent on them but not yet read while the event loop was busy; net.Server's close leaves them open.
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()))
      for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close')
      // Two turns of the event loop read what is waiting in those sockets; what is still idle after them goes.
      await nextTurn()
      await nextTurn()
      server.closeIdleConnections()
      log.info(`${reason}: refusing new connections; finishing ${open.size} requests in flight (at most ${ceilingMs / 1000} s), then stopping`)
      const drained = await within(closed, ceilingMs)
      if (!drained) {
        log.warn(`${open.size} requests still open after ${ceilingMs / 1000} s; closing their connections`)
        server.closeAllConnections()
      }
      for (const closer of closers) {
        const done = await within(closer.close().catch((error: unknown) => log.warn(`closing ${closer.name} failed: ${(error as Error)?.message ?? error}`)), closerCeilingMs)
        if (!done) log.warn(`closing ${closer.name} took longer than ${closerCeilingMs / 1000} s; going on`)
      }
      log.info(`stopped: answered ${answered} of ${received} requests received, ${answeredInDrain} of them while draining`)
      exit(drained ? 0 : 1)
    })())

  for (const signal of signals) {
    process.on(signal, () => {
      if (stopping) log.info(`${signal}: already stopping`)
      void stop(signal)
    })
  }
  return { stop }
}

/** Resolves after the event loop has polled for I/O once more. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Whether the promise settled within the time; it is not cancelled either way. */
const within = (promise: Promise<unknown>, ms: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}
