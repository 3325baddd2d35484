import { IncomingMessage } from 'node:http'

import type { Response } from 'express'

/**
 * A stand-in for a request whose body the front door has started to read:
 * same method, URL and headers, with the body pushed in by the caller. Next
 * reads a body by listening on the request, so once we have drawn from the
 * original stream it can no longer be handed on; this one is, through
 * `res.locals.requestForNext`.
 */
export const replayRequest = (req: IncomingMessage, res: Response): IncomingMessage => {
  const replay = new IncomingMessage(req.socket)
  replay.method = req.method
  replay.url = req.url
  replay.httpVersion = req.httpVersion
  replay.httpVersionMajor = req.httpVersionMajor
  replay.httpVersionMinor = req.httpVersionMinor
  replay.headers = req.headers
  replay.rawHeaders = req.rawHeaders
  // Whoever reads the stand-in reads the original at its pace: no more is pulled than is wanted.
  replay._read = () => {
    req.resume()
  }
  replay.on('end', () => {
    replay.complete = true
  })
  res.locals.requestForNext = replay
  return replay
}
