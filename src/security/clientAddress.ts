import type { IncomingMessage } from 'node:http'

import type { RequestHandler } from 'express'

/**
 * The header in which the front door tells Payload (behind Next's handler)
 * the client's address, as Express works it out with TRUST_PROXY. Whatever a
 * client sends under this name is replaced, so it cannot pose as another.
 */
export const clientAddressHeader = 'x-statements-client-address'

export const passClientAddress: RequestHandler = (req, _res, next) => {
  req.headers[clientAddressHeader] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  next()
}

/** Express's compiled `trust proxy` setting (`app.get('trust proxy fn')`): is the hop at `index` a proxy we trust? */
export type TrustProxy = (address: string, index: number) => boolean

/**
 * The client's address as Express's `req.ip` gives it, for a request Express
 * has not seen yet: the socket's peer, then X-Forwarded-For from right to
 * left for as long as each hop is a trusted proxy (TRUST_PROXY). Without a
 * trusted proxy a client cannot choose its own address.
 */
export const clientAddress = (req: IncomingMessage, trust: TrustProxy): string => {
  const peer = req.socket.remoteAddress ?? ''
  const header = req.headers['x-forwarded-for']
  if (!header) return peer
  const hops = [peer, ...String(header).split(',').map((hop) => hop.trim()).reverse()]
  for (let i = 0; i < hops.length - 1; i++) {
    if (!trust(hops[i] as string, i)) return hops[i] as string
  }
  return hops[hops.length - 1] as string
}
