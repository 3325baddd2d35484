import type { IncomingMessage } from 'node:http'

import type { Response } from 'express'

/**
 * Answers 413 while the client may still be sending, and stops reading. The
 * connection is closed once the answer is out, so the rest of the body is
 * never read or held.
 */
export const refuseOversizedBody = (req: IncomingMessage, res: Response, maxBytes: number): void => {
  req.pause()
  if (res.headersSent) {
    req.socket.destroy()
    return
  }
  res.set('Connection', 'close')
  res.status(413).json({ errors: [{ message: `Request body too large: the limit is ${maxBytes} bytes` }] })
}
