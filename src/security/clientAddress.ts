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
